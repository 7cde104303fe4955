import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, renderFeed } from './render-feed';
import { findArticle } from './helpers';

function likeButton(post: HTMLElement): HTMLElement {
  return within(post).getByRole('button', { name: /^Like/ });
}

describe('Likes', () => {
  const given = (s: import('./fake-feed-service').FakeFeedService) => {
    s.givenFollowing({ person: anna.id });
    s.givenPost({ author: anna, bodyHtml: '<p>Taart!</p>', likeCount: 2 });
  };

  it('shows a like at once and keeps it when the service agrees; unliking takes it back', async () => {
    const { user, service } = renderFeed({ given });
    const post = await findArticle('Post by Anna de Vries');
    expect(likeButton(post)).toHaveAttribute('aria-pressed', 'false');

    await user.click(likeButton(post));

    expect(likeButton(post)).toHaveAttribute('aria-pressed', 'true');
    expect(within(post).getByText(/3 likes/)).toBeInTheDocument();
    await waitFor(() => expect(service.callsOf('likePost')).toHaveLength(1));

    await user.click(likeButton(post));
    expect(likeButton(post)).toHaveAttribute('aria-pressed', 'false');
    expect(within(post).getByText(/2 likes/)).toBeInTheDocument();
    await waitFor(() => expect(service.callsOf('unlikePost')).toHaveLength(1));
  });

  it('rolls back and says why when the service refuses', async () => {
    const { user, service } = renderFeed({ given });
    const post = await findArticle('Post by Anna de Vries');
    service.failNext('likePost', 'feed.post.not-found');

    await user.click(likeButton(post));

    expect(await screen.findByText('This post is no longer there.')).toBeInTheDocument();
    expect(likeButton(post)).toHaveAttribute('aria-pressed', 'false');
    expect(within(post).getByText(/2 likes/)).toBeInTheDocument();
  });

  it('takes "already liked" (409) as liked, without an error', async () => {
    const { user, service } = renderFeed({ given });
    const post = await findArticle('Post by Anna de Vries');
    service.failNext('likePost', 'feed.like.duplicate');

    await user.click(likeButton(post));

    await waitFor(() => expect(service.callsOf('likePost')).toHaveLength(1));
    await waitFor(() => expect(likeButton(post)).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByText('You already like this.')).not.toBeInTheDocument();
  });
});
