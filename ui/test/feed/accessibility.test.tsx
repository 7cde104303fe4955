import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, bram, me, renderFeed } from './render-feed';
import { findArticle } from './helpers';

// axe in jsdom: what it can judge without layout (names, roles, ARIA states, structure). Colour contrast needs a
// browser (the e2e suite runs axe there); "region" is the host page's business.
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

describe('Feed accessibility (axe)', () => {
  beforeAll(() => {
    // axe probes canvas for icon ligatures; jsdom has none.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('has no violations with posts, a thread, the mention picker open, and the moderation dialog', async () => {
    const { user } = renderFeed({
      moderator: true,
      given: (s) => {
        s.givenFollowing({ person: anna.id });
        const post = s.givenPost({
          author: anna,
          bodyHtml: `<p>Zie <a href="https://example.org" data-external="true">dit</a>, <span data-mention="${bram.id}">@Bram Bakker</span></p>`,
          topics: [{ key: 'glasvezel', label: 'Glasvezel' }],
        });
        s.givenPost({
          author: me,
          kind: 'blog',
          title: 'Ons jaar',
          bodyHtml: '<p>Mijn blog</p>',
          hidden: { reason: 'Te vroeg', at: new Date().toISOString() },
        });
        s.givenComment(post.id, bram, '<p>Mooi</p>');
      },
    });
    const post = await findArticle('Post by Anna de Vries');
    await user.click(within(post).getByRole('button', { name: '1 comment' }));
    await within(post).findByText('Mooi');
    await user.click(screen.getByRole('textbox', { name: 'Message' }));
    await user.keyboard('@Ann');
    await screen.findByRole('listbox');

    expect(await violations()).toEqual([]);

    await user.keyboard('{Escape}');
    await user.click(within(post).getAllByRole('button', { name: 'More actions' })[0]!);
    await user.click(await screen.findByRole('menuitem', { name: 'Hide' }));
    await screen.findByRole('dialog', { name: 'Hide this post' });

    expect(await violations()).toEqual([]);
  });
});
