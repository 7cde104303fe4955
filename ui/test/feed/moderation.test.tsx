import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { bram, renderFeed } from './render-feed';
import { announcements, findArticle, clickWhenReady } from './helpers';
import type { FakeFeedService } from './fake-feed-service';

function given(s: FakeFeedService): void {
  s.givenFollowing({ person: bram.id });
  s.givenPost({ author: bram, bodyHtml: '<p>Koop nu!</p>' });
}

describe('Moderation', () => {
  it('lets a moderator hide a post, with a reason that is required', async () => {
    const { user, service } = renderFeed({ moderator: true, given });
    const post = await findArticle('Post by Bram Bakker');

    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide this post' });
    await clickWhenReady(user, within(dialog).getByRole('button', { name: 'Hide' }));
    expect(within(dialog).getByText('Give a reason.')).toBeInTheDocument();
    expect(service.callsOf('moderatePost')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Reclame');
    await clickWhenReady(user, within(dialog).getByRole('button', { name: 'Hide' }));

    expect(await within(post).findByText('Hidden by a moderator: Reclame')).toBeInTheDocument();
    expect(service.callsOf('moderatePost')[0]?.args).toEqual([expect.any(String), 'hide', 'Reclame']);
    await waitFor(() => expect(announcements()).toContain('The post is hidden.'));

    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    expect(await screen.findByRole('menuitem', { name: 'Restore' })).toBeInTheDocument();
  });

  it('shows the service’s refusal when the host thought the reader moderates and the service does not', async () => {
    const { user, service } = renderFeed({ moderator: true, given });
    const post = await findArticle('Post by Bram Bakker');
    service.failNext('moderatePost', 'feed.not-moderator');

    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Spam');
    await clickWhenReady(user, within(dialog).getByRole('button', { name: 'Hide' }));

    expect(await within(dialog).findByText('Only moderators can hide or restore posts.')).toBeInTheDocument();
  });

  it('lets a moderator hide a comment, and the comment says so', async () => {
    const { user, service } = renderFeed({
      moderator: true,
      given: (s) => {
        s.givenFollowing({ person: bram.id });
        const post = s.givenPost({ author: bram, bodyHtml: '<p>Actie</p>' });
        s.givenComment(post.id, bram, '<p>Klik hier</p>');
      },
    });
    const post = await findArticle('Post by Bram Bakker');
    await user.click(within(post).getByRole('button', { name: /comments?$/ }));
    const section = await within(post).findByRole('region');
    await within(section).findByText('Klik hier');

    await user.click(within(section).getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Hide' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide this comment' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Phishing');
    await clickWhenReady(user, within(dialog).getByRole('button', { name: 'Hide' }));

    expect(await within(section).findByText('Hidden by a moderator: Phishing')).toBeInTheDocument();
    expect(service.callsOf('moderateComment')[0]?.args).toEqual([expect.any(String), 'hide', 'Phishing']);
    await waitFor(() => expect(announcements()).toContain('The comment is hidden.'));
  });

  it('offers no moderation to readers who do not moderate', async () => {
    const { user } = renderFeed({ given });
    const post = await findArticle('Post by Bram Bakker');
    await user.click(within(post).getByRole('button', { name: 'More actions' }));
    expect(await screen.findByRole('menuitem', { name: 'Report' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Hide' })).not.toBeInTheDocument();
  });
});
