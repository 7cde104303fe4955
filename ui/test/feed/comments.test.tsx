import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, bram, me, renderFeed } from './render-feed';
import { announcements, findArticle, clickWhenReady } from './helpers';
import type { FakeFeedService } from './fake-feed-service';

// A comment's text as posted, not still in the box it is typed in (a textarea's text is its value).
const BODY = { selector: 'p' };

function given(s: FakeFeedService): void {
  const post = s.givenPost({ author: me, bodyHtml: '<p>Wie gaat er mee?</p>' });
  s.givenComment(post.id, anna, '<p>Ik!</p>');
}

describe('Comments', () => {
  it('shows a post’s comments as threads, adds a comment and a reply, and keeps the count', async () => {
    const { user, service } = renderFeed({ given });
    const post = await findArticle('Post by Mees Jansen');
    const toggle = within(post).getByRole('button', { name: '1 comment' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    const section = await within(post).findByRole('region', { name: 'Comments on Post by Mees Jansen' });
    expect(await within(section).findByText('Ik!')).toBeInTheDocument();

    await user.type(within(section).getByRole('textbox', { name: 'Write a comment' }), 'Ik ook');
    await user.click(within(section).getByRole('button', { name: 'Send' }));
    expect(await within(section).findByText('Ik ook', BODY)).toBeInTheDocument();
    expect(within(post).getByRole('button', { name: '2 comments' })).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(announcements()).toContain('Your comment was added.'));

    await user.click(within(section).getAllByRole('button', { name: 'Reply' })[0]!);
    const replyBox = within(section).getByRole('textbox', { name: 'Reply to Anna de Vries' });
    expect(replyBox).toHaveFocus();
    await user.type(replyBox, 'Top, tot dan');
    // Ctrl+Enter sends, as in Teams.
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(service.callsOf('addComment')).toHaveLength(2));
    const [postId, html, parentId] = service.callsOf('addComment')[1]!.args;
    expect(postId).toBeDefined();
    expect(html).toBe('<p>Top, tot dan</p>');
    expect(parentId).toBeDefined();
    const reply = await within(section).findByText('Top, tot dan', BODY);
    // A reply sits in its thread's nested list, one level deep.
    expect(reply.closest('ul ul')).not.toBeNull();
    expect(within(post).getByRole('button', { name: '3 comments' })).toBeInTheDocument();
  });

  it('lets you edit and delete your own comment, and report someone else’s', async () => {
    const { user, service } = renderFeed({
      given: (s) => {
        const post = s.givenPost({ author: bram, bodyHtml: '<p>Lunch?</p>' });
        s.givenFollowing({ person: bram.id });
        s.givenComment(post.id, me, '<p>Graag</p>');
        s.givenComment(post.id, anna, '<p>Spam spam</p>');
      },
    });
    const post = await findArticle('Post by Bram Bakker');
    await user.click(within(post).getByRole('button', { name: '2 comments' }));
    const section = await within(post).findByRole('region');
    await within(section).findByText('Graag');

    const [mine, annas] = within(section).getAllByRole('button', { name: 'More actions' });
    await user.click(mine!);
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const edit = within(section).getByRole('textbox', { name: 'Edit' });
    expect(edit).toHaveValue('Graag');
    await user.clear(edit);
    await user.type(edit, 'Graag, om 12 uur');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Graag, om 12 uur', BODY)).toBeInTheDocument();

    await user.click(annas!);
    await user.click(await screen.findByRole('menuitem', { name: 'Report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report to the moderators' });
    await user.type(within(dialog).getByRole('textbox', { name: /What is wrong with it\?/ }), 'Reclame');
    await clickWhenReady(user, within(dialog).getByRole('button', { name: 'Report' }));
    await waitFor(() => expect(service.callsOf('reportComment')).toHaveLength(1));
    await waitFor(() => expect(announcements()).toContain('Thank you. The moderators will look at it.'));

    await user.click(within(section).getAllByRole('button', { name: 'More actions' })[0]!);
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    await clickWhenReady(
      user,
      within(await screen.findByRole('dialog', { name: 'Delete this comment?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() =>
      expect(within(section).queryByText('Graag, om 12 uur', BODY)).not.toBeInTheDocument(),
    );
    expect(within(post).getByRole('button', { name: '1 comment' })).toBeInTheDocument();
  });
});
