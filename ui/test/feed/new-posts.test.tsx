import { act, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { anna, me, renderFeed } from './render-feed';
import { articles, findArticle } from './helpers';

describe('New posts while reading', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function advance(ms: number): Promise<void> {
    await act(async () => {
      jest.advanceTimersByTime(ms);
      await Promise.resolve();
    });
  }

  it('looks for new posts every 30 seconds and shows them only when the reader asks', async () => {
    const { user, service } = renderFeed({
      advanceTimers: (ms) => jest.advanceTimersByTime(ms),
      defaults: { scope: { kind: 'everyone' } },
      given: (s) => s.givenPost({ author: me, bodyHtml: '<p>Eerste</p>' }),
    });
    await findArticle('Post by Mees Jansen');
    service.givenFollowing({ person: anna.id });
    service.givenPost({ author: anna, bodyHtml: '<p>Vers</p>', minutesAgo: 0 });
    service.givenPost({ author: anna, bodyHtml: '<p>Nog verser</p>', minutesAgo: 0 });

    await advance(29_000);
    expect(service.callsOf('feed')).toHaveLength(1);
    await advance(1_000);
    await advance(10);

    const banner = await screen.findByRole('button', { name: 'Show 2 new posts' });
    // The list the reader is in did not move.
    expect(articles()).toHaveLength(1);

    await user.click(banner);

    await waitFor(() => expect(articles()).toHaveLength(3));
    expect(within(articles()[0]!).getByText(/Vers|Nog verser/)).toBeInTheDocument();
    expect(articles()[0]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /new posts?$/ })).not.toBeInTheDocument();
  });

  it('does not look while the page is hidden', async () => {
    const { service } = renderFeed({ given: (s) => s.givenPost({ author: me, bodyHtml: '<p>Een</p>' }) });
    await advance(10);
    await waitFor(() => expect(articles()).toHaveLength(1));
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');

    await advance(90_000);

    expect(service.callsOf('feed')).toHaveLength(1);
    visibility.mockRestore();
  });
});
