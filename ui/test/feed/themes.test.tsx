import { createTheme } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import '@testing-library/jest-dom';
import { renderFeed, me } from './render-feed';
import { findArticle } from './helpers';

// Shaped like the themes the hosts pass (distinct colours to find in the CSS).
const teamsDark = createTheme({
  isInverted: true,
  palette: { neutralPrimary: '#fafafa', white: '#1f1f1f', themePrimary: '#7f85f5' },
  semanticColors: {
    bodyBackground: '#1f1f1f',
    bodyText: '#fafafa',
    bodyDivider: '#3d3d3d',
    bodySubtext: '#adadad',
  },
});
const teamsContrast = createTheme({
  isInverted: true,
  palette: { neutralPrimary: '#ffffff', white: '#000000', themePrimary: '#ffff01' },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodyDivider: '#fffffe',
    bodySubtext: '#fffffd',
  },
});

/** The rules Fluent's merge-styles put into the page (by insertRule, so not in any <style> text). */
function css(): string[] {
  return Array.from(document.styleSheets).flatMap((sheet) =>
    Array.from(sheet.cssRules).map((rule) => rule.cssText.toLowerCase()),
  );
}

describe('Feed in the host’s theme', () => {
  it.each<[string, ITheme]>([
    ['Teams dark', teamsDark],
    ['Teams high contrast', teamsContrast],
  ])('draws posts in %s colours, with a border in forced-colours mode', async (_name, theme) => {
    renderFeed({ theme, given: (s) => s.givenPost({ author: me, bodyHtml: '<p>Donker</p>' }) });
    const post = await findArticle('Post by Mees Jansen');

    const cardClass = post.className.split(' ')[0]!;
    const rules = css().filter((rule) => rule.includes(`.${cardClass}`));
    expect(rules.find((rule) => rule.startsWith(`.${cardClass} `))).toContain(
      `background: ${theme.semanticColors.bodyBackground}`,
    );
    expect(rules.join('\n')).toContain(`border: 1px solid ${theme.semanticColors.bodyDivider}`);
    expect(rules.some((rule) => rule.includes('forced-colors') && rule.includes('windowtext'))).toBe(true);
  });
});
