import { createTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderTalentfinder } from './render-talentfinder';
import { anna } from './people';

// Shaped like the themes the hosts pass: Teams dark and Teams high contrast (distinct colours to find in the CSS).
const teamsDark = createTheme({
  isInverted: true,
  palette: {
    neutralPrimary: '#fafafa',
    neutralLighter: '#2e2e2e',
    white: '#1f1f1f',
    themePrimary: '#7f85f5',
  },
  semanticColors: {
    bodyBackground: '#1f1f1f',
    bodyText: '#fafafa',
    bodyDivider: '#3d3d3d',
    bodySubtext: '#adadad',
  },
});

const teamsContrast = createTheme({
  isInverted: true,
  palette: {
    neutralPrimary: '#ffffff',
    neutralLighter: '#000001',
    white: '#000000',
    themePrimary: '#ffff01',
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodyDivider: '#fffffe',
    bodySubtext: '#fffffd',
  },
});

/** The rules Fluent's merge-styles put into the page (by insertRule, so not in any <style> text). */
function css(): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
    .join('\n')
    .toLowerCase();
}

describe('Talentfinder in the host’s theme', () => {
  it.each<[string, ITheme]>([
    ['Teams dark', teamsDark],
    ['Teams high contrast', teamsContrast],
  ])('draws result cards in %s colours', async (_name, theme) => {
    const { user } = renderTalentfinder({ theme });
    await user.type(screen.getByRole('combobox', { name: 'Who knows about…' }), 'glasvezel{Enter}');
    const card = (await screen.findByRole('heading', { name: anna.displayName })).closest('li')!;

    expect(within(card).getByRole('link', { name: /Chat in Teams/ })).toBeInTheDocument();
    const rules = css();
    const cardRule = rules.split('\n').find((rule) => rule.startsWith(`.${card.className.split(' ')[0]} `));
    expect(cardRule).toContain(`background: ${theme.semanticColors.bodyBackground}`);
    expect(cardRule).toContain(`border: 1px solid ${theme.semanticColors.bodyDivider}`);
  });
});
