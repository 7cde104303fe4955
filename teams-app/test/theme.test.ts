import { getContrastRatio, getColorFromString } from '@fluentui/react';
import { teamsTheme } from '../src/theme';

function contrast(a: string, b: string): number {
  return getContrastRatio(getColorFromString(a)!, getColorFromString(b)!);
}

describe('teamsTheme (Teams theme name → Fluent theme)', () => {
  it('default is a light theme in Teams purple', () => {
    const theme = teamsTheme('default');
    expect(theme.isInverted).toBe(false);
    expect(theme.palette.white).toBe('#ffffff');
    expect(theme.palette.themePrimary).toBe('#5b5fc7');
  });

  it('dark is inverted: a near-black canvas with light text', () => {
    const theme = teamsTheme('dark');
    expect(theme.isInverted).toBe(true);
    expect(theme.palette.white).toBe('#1f1f1f');
    expect(theme.semanticColors.bodyBackground).toBe('#1f1f1f');
    expect(theme.semanticColors.bodyText).toBe('#ffffff');
  });

  it('contrast is black and white with yellow for actions and cyan links', () => {
    const theme = teamsTheme('contrast');
    expect(theme.isInverted).toBe(true);
    expect(theme.semanticColors.bodyBackground).toBe('#000000');
    expect(theme.semanticColors.bodyText).toBe('#ffffff');
    expect(theme.palette.themePrimary).toBe('#ffff01');
    expect(theme.semanticColors.link).toBe('#1aebff');
  });

  it.each(['default', 'dark', 'contrast'])(
    '%s: body text on the body background reaches WCAG AA (4.5:1)',
    (name) => {
      const { semanticColors } = teamsTheme(name);
      expect(contrast(semanticColors.bodyText, semanticColors.bodyBackground)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['dark', 'contrast'])('%s: the primary button is readable on the body background', (name) => {
    const { palette, semanticColors } = teamsTheme(name);
    expect(contrast(palette.themePrimary, semanticColors.bodyBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([undefined, '', 'sepia'])('an unknown theme (%p) falls back to the light theme', (name) => {
    expect(teamsTheme(name)).toBe(teamsTheme('default'));
  });
});
