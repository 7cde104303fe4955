import { screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, bram, me, renderFeed } from './render-feed';
import { announcements, article, articles, findArticle } from './helpers';
import type { FakeFeedService } from './fake-feed-service';

function manyPosts(service: FakeFeedService, count: number): void {
  for (let i = 1; i <= count; i++)
    service.givenPost({ author: anna, bodyHtml: `<p>Bericht ${i}</p>`, minutesAgo: i });
}

describe('Feed views', () => {
  it('shows For you as a feed of articles, each named by its heading, with the author’s presence in words', async () => {
    renderFeed({
      given: (service) => {
        service.givenFollowing({ person: anna.id });
        service.givenPost({ author: anna, bodyHtml: '<p>Glasvezel in <strong>Zwolle</strong> is live</p>' });
        service.givenPost({ author: bram, bodyHtml: '<p>Not followed</p>' });
      },
    });

    const post = await findArticle('Post by Anna de Vries');
    expect(within(post).getByText('Zwolle')).toBeInTheDocument();
    expect(within(post).getByText('(Available)')).toBeInTheDocument();
    expect(within(post).getByText(/From someone you follow/)).toBeInTheDocument();
    expect(articles()).toHaveLength(1);
    expect(screen.getByRole('feed')).toHaveAttribute('aria-busy', 'false');
  });

  it('switches to Latest and shows everyone’s posts', async () => {
    const { user, service } = renderFeed({
      given: (s) => s.givenPost({ author: bram, bodyHtml: '<p>Storing in Utrecht</p>' }),
    });
    expect(await screen.findByText(/Nothing here yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Latest' }));

    expect(await findArticle('Post by Bram Bakker')).toBeInTheDocument();
    expect(service.callsOf('feed').at(-1)?.args[0]).toMatchObject({ view: 'latest' });
  });

  it('offers the latest posts and the composer when For you is empty', async () => {
    const { user } = renderFeed({ given: (s) => s.givenPost({ author: bram, bodyHtml: '<p>Hallo</p>' }) });

    expect(
      await screen.findByText('Nothing here yet — follow colleagues or topics, or write the first post.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write a post' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show the latest posts' }));
    expect(await findArticle('Post by Bram Bakker')).toBeInTheDocument();
  });

  it('pages with the cursor on "Show more", moves focus to the first new post and announces it', async () => {
    const { user, service } = renderFeed({
      defaults: { pageSize: 2 },
      given: (s) => {
        s.givenFollowing({ person: anna.id });
        manyPosts(s, 3);
      },
    });
    await waitFor(() => expect(articles()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(articles()).toHaveLength(3));
    expect(service.callsOf('feed').at(-1)?.args[0]).toMatchObject({ view: 'foryou', top: 2, cursor: 'o2' });
    expect(articles()[2]).toHaveFocus();
    expect(within(articles()[2]!).getByText('Bericht 3')).toBeInTheDocument();
    await waitFor(() => expect(announcements()).toContain('1 more post shown.'));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('moves between posts with Page Down and Page Up, as ARIA’s feed pattern asks', async () => {
    const { user } = renderFeed({
      given: (s) => {
        s.givenFollowing({ person: anna.id });
        manyPosts(s, 3);
      },
    });
    await waitFor(() => expect(articles()).toHaveLength(3));
    await user.click(within(articles()[0]!).getByRole('button', { name: /^Like/ }));

    await user.keyboard('{PageDown}');
    expect(articles()[1]).toHaveFocus();
    await user.keyboard('{PageDown}{PageUp}');
    expect(articles()[1]).toHaveFocus();
  });

  it('opens a topic’s feed from a post’s topic, and follows the topic with a toggle button', async () => {
    const { user, service } = renderFeed({
      defaults: { scope: { kind: 'everyone' } },
      given: (s) => {
        s.givenPost({
          author: me,
          bodyHtml: '<p>Uitrol</p>',
          topics: [{ key: 'glasvezel', label: 'Glasvezel' }],
        });
        s.givenPost({ author: bram, bodyHtml: '<p>Ander onderwerp</p>' });
      },
    });
    const post = await findArticle('Post by Mees Jansen');

    await user.click(within(post).getByRole('button', { name: '#Glasvezel' }));

    expect(await screen.findByRole('heading', { name: 'Posts about #Glasvezel' })).toBeInTheDocument();
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(service.callsOf('feed').at(-1)?.args[0]).toMatchObject({ view: 'topic', topic: 'glasvezel' });
    const follow = screen.getByRole('button', { name: 'Follow #Glasvezel' });
    expect(follow).toHaveAttribute('aria-pressed', 'false');

    await user.click(follow);

    await waitFor(() => expect(service.callsOf('follow')).toHaveLength(1));
    expect(service.callsOf('follow')[0]?.args[0]).toEqual({ topic: 'glasvezel' });
    expect(screen.getByRole('button', { name: 'Follow #Glasvezel' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Back to the feed' }));
    expect(await screen.findByRole('tab', { name: 'For you' })).toBeInTheDocument();
  });

  it('opens a person’s feed from the author’s name, and shows authors already followed as followed', async () => {
    const { user } = renderFeed({
      defaults: { scope: { kind: 'everyone' } },
      given: (s) => {
        s.givenFollowing({ person: anna.id });
        s.givenPost({ author: anna, bodyHtml: '<p>Een</p>' });
      },
    });
    const post = await findArticle('Post by Anna de Vries');
    await waitFor(() =>
      expect(within(post).getByRole('button', { name: 'Follow Anna de Vries' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );

    await user.click(within(post).getByRole('button', { name: 'Anna de Vries' }));

    expect(await screen.findByRole('heading', { name: 'Posts by Anna de Vries' })).toBeInTheDocument();
    await waitFor(() => expect(articles()).toHaveLength(1));
  });

  it('starts on the topic the web part was set to', async () => {
    const { service } = renderFeed({
      defaults: { scope: { kind: 'topic', topic: 'storing', label: 'Storing' } },
    });
    expect(await screen.findByRole('heading', { name: 'Posts about #Storing' })).toBeInTheDocument();
    expect(await screen.findByText('No posts about this topic yet.')).toBeInTheDocument();
    expect(service.callsOf('feed')[0]?.args[0]).toMatchObject({ view: 'topic', topic: 'storing' });
    expect(screen.queryByRole('button', { name: 'Back to the feed' })).not.toBeInTheDocument();
  });

  it('opens the post a shared link names, and goes on to the feed from there', async () => {
    let shared = '';
    const { user, service } = renderFeed({
      defaults: { openPostId: 'p1' },
      given: (s) => {
        shared = s.givenPost({ author: bram, bodyHtml: '<p>Gedeeld</p>' }).id;
      },
    });
    expect(shared).toBe('p1');

    expect(await screen.findByRole('heading', { name: 'Shared post' })).toBeInTheDocument();
    expect(await findArticle('Post by Bram Bakker')).toBeInTheDocument();
    expect(service.callsOf('getPost')[0]?.args[0]).toBe('p1');
    expect(service.callsOf('feed')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Back to the feed' }));
    expect(await screen.findByRole('tab', { name: 'For you' })).toBeInTheDocument();
  });

  it('says so when a shared post is gone', async () => {
    renderFeed({ defaults: { openPostId: 'p404' } });
    expect(await screen.findByText(/This post is no longer there\./)).toBeInTheDocument();
  });

  it('hides the composer when the web part says so', async () => {
    renderFeed({ defaults: { showComposer: false } });
    await screen.findByText(/Nothing here yet/);
    expect(screen.queryByRole('textbox', { name: 'Message' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write a post' })).not.toBeInTheDocument();
  });

  it('says what went wrong as the service words it, and tries again', async () => {
    const { user } = renderFeed({
      given: (s) => {
        s.failNext('feed', 'unavailable');
        s.givenPost({ author: me, bodyHtml: '<p>Terug</p>' });
      },
    });

    expect(
      await screen.findByText(/Samen is busy right now\. Please try again in a moment\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await findArticle('Post by Mees Jansen')).toBeInTheDocument();
    expect(article('Post by Mees Jansen')).toBeInTheDocument();
  });
});
