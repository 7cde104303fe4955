import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeedPost, FeedQuery } from '../feed-service';
import { isAbort } from '../feed-service-error';
import { useFeed } from '../feed-context';

export type PagesStatus = 'loading' | 'ready' | 'error';

export interface FeedPages {
  readonly status: PagesStatus;
  readonly items: readonly FeedPost[];
  readonly error?: unknown;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError?: unknown;
  /** Posts the poll found that are not shown yet: the reader chooses when to see them. */
  readonly waiting: readonly FeedPost[];
}

export interface FeedPagesActions {
  retry(): void;
  /** Resolves with the posts added, for focus and announcements. */
  showMore(): Promise<readonly FeedPost[]>;
  showWaiting(): readonly FeedPost[];
  prepend(post: FeedPost): void;
  replace(post: FeedPost): void;
  remove(postId: string): void;
}

type Where = Omit<FeedQuery, 'cursor' | 'top'>;

const INITIAL: FeedPages = { status: 'loading', items: [], hasMore: false, loadingMore: false, waiting: [] };

/**
 * One view's posts: the first page, "Show more" by cursor (the service's cursors never shift), and a poll of the
 * first page every `pollMs` while the page is visible, whose new posts wait until the reader asks for them.
 */
export function useFeedPages(where: Where, top: number, pollMs: number): [FeedPages, FeedPagesActions] {
  const { service, locale } = useFeed();
  const [state, setState] = useState<FeedPages>(INITIAL);
  const cursor = useRef<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const shown = useRef(state.items);
  shown.current = state.items;
  const { view, topic, person } = where;
  const query = useCallback(
    (c?: string): FeedQuery => ({
      view,
      top,
      ...(topic ? { topic } : {}),
      ...(person ? { person } : {}),
      ...(c ? { cursor: c } : {}),
    }),
    [view, topic, person, top],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState(INITIAL);
    service.feed(query(), { locale, signal: controller.signal }).then(
      (page) => {
        cursor.current = page.nextCursor;
        setState({ ...INITIAL, status: 'ready', items: page.items, hasMore: page.nextCursor !== undefined });
      },
      (error: unknown) => {
        if (!isAbort(error)) setState({ ...INITIAL, status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [service, locale, query, attempt]);

  usePoll(state.status === 'ready', pollMs, query, setState);

  const showMore = useCallback(async (): Promise<readonly FeedPost[]> => {
    if (!cursor.current) return [];
    setState((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    try {
      const page = await service.feed(query(cursor.current), { locale });
      cursor.current = page.nextCursor;
      const known = new Set(shown.current.map((p) => p.id));
      const added = page.items.filter((p) => !known.has(p.id));
      setState((s) => ({
        ...s,
        items: [...s.items, ...added],
        hasMore: page.nextCursor !== undefined,
        loadingMore: false,
      }));
      return added;
    } catch (error) {
      setState((s) => ({ ...s, loadingMore: false, moreError: error }));
      return [];
    }
  }, [service, locale, query]);

  const actions: FeedPagesActions = {
    retry: () => setAttempt((n) => n + 1),
    showMore,
    showWaiting: () => {
      const shown = state.waiting;
      setState((s) => ({ ...s, items: [...s.waiting, ...s.items], waiting: [] }));
      return shown;
    },
    prepend: (post) => setState((s) => ({ ...s, items: [post, ...s.items.filter((p) => p.id !== post.id)] })),
    replace: (post) => setState((s) => ({ ...s, items: s.items.map((p) => (p.id === post.id ? post : p)) })),
    remove: (postId) => setState((s) => ({ ...s, items: s.items.filter((p) => p.id !== postId) })),
  };
  return [state, actions];
}

/** Every `pollMs`, while the document is visible, the first page's posts that are not on screen yet. */
function usePoll(
  active: boolean,
  pollMs: number,
  query: (cursor?: string) => FeedQuery,
  setState: (update: (s: FeedPages) => FeedPages) => void,
): void {
  const { service, locale } = useFeed();
  useEffect(() => {
    if (!active || pollMs <= 0) return undefined;
    const controller = new AbortController();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      service.feed(query(), { locale, signal: controller.signal }).then(
        (page) =>
          setState((s) => {
            const known = new Set([...s.items, ...s.waiting].map((p) => p.id));
            const fresh = page.items.filter((p) => !known.has(p.id));
            return fresh.length ? { ...s, waiting: [...fresh, ...s.waiting] } : s;
          }),
        // A failed poll is not worth an error on screen: the next one tries again.
        () => undefined,
      );
    }, pollMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [active, pollMs, query, service, locale, setState]);
}
