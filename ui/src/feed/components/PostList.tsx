import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack } from '@fluentui/react';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { userMessageOf } from '../error-message';
import type { FeedPost } from '../feed-service';
import { useFeed } from '../feed-context';
import type { FeedPages, FeedPagesActions } from '../hooks/use-feed-pages';
import { EmptyFeed, FeedError, FeedShimmer } from './FeedStates';
import { PostCard } from './PostCard';

export interface PostListProps {
  readonly pages: FeedPages;
  readonly actions: FeedPagesActions;
  readonly emptyText: string;
  readonly onWrite?: () => void;
  readonly onShowLatest?: () => void;
  /** A post to move focus to once it is rendered (after posting, "Show more" or "N new posts"). */
  readonly focusPostId?: string;
  onFocusPost(postId: string | undefined): void;
  onError(error: unknown): void;
}

/** The posts as ARIA's feed pattern: a list of articles, busy while a page loads; "Show more" at the end. */
export function PostList(props: PostListProps): JSX.Element {
  const { strings, announce } = useFeed();
  const { pages, actions } = props;
  const articles = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (!props.focusPostId) return;
    const article = articles.current.get(props.focusPostId);
    if (article) {
      article.focus();
      props.onFocusPost(undefined);
    }
  });

  const showMore = async (): Promise<void> => {
    const added = await actions.showMore();
    if (added[0]) {
      props.onFocusPost(added[0].id);
      announce(strings.moreLoaded(added.length));
    }
  };

  const showWaiting = (): void => {
    const shown: readonly FeedPost[] = actions.showWaiting();
    if (shown[0]) props.onFocusPost(shown[0].id);
  };

  if (pages.status === 'error') return <FeedError error={pages.error} onRetry={actions.retry} />;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {/* Polite: the button's appearance is announced, and the list stays where the reader is. */}
      <div aria-live="polite">
        {pages.waiting.length > 0 && (
          <Stack horizontal horizontalAlign="center">
            <PrimaryButton text={strings.newPosts(pages.waiting.length)} onClick={showWaiting} />
          </Stack>
        )}
      </div>
      {pages.status === 'loading' && <FeedShimmer />}
      <div
        role="feed"
        aria-busy={pages.status === 'loading' || pages.loadingMore}
        aria-label={strings.feedLabel}
        onKeyDown={(event) => moveBetweenArticles(event, pages.items, articles.current)}
      >
        {pages.items.map((post, index) => (
          <PostCard
            key={post.id}
            ref={(element) => {
              if (element) articles.current.set(post.id, element);
              else articles.current.delete(post.id);
            }}
            post={post}
            position={index + 1}
            setSize={pages.hasMore ? -1 : pages.items.length}
            onChanged={actions.replace}
            onDeleted={actions.remove}
            onError={props.onError}
          />
        ))}
      </div>
      {pages.status === 'ready' && pages.items.length === 0 && (
        <EmptyFeed text={props.emptyText} onWrite={props.onWrite} onShowLatest={props.onShowLatest} />
      )}
      {pages.moreError !== undefined && (
        <MessageBar messageBarType={MessageBarType.error}>
          {userMessageOf(pages.moreError, strings)}
        </MessageBar>
      )}
      {pages.loadingMore && <Spinner label={strings.loadingMore} />}
      {pages.hasMore && !pages.loadingMore && (
        <Stack horizontal horizontalAlign="center">
          <DefaultButton text={strings.showMore} onClick={() => void showMore()} />
        </Stack>
      )}
    </Stack>
  );
}

/** ARIA's feed pattern: Page Down and Page Up move from the article that has the focus to the next or previous one. */
function moveBetweenArticles(
  event: KeyboardEvent<HTMLElement>,
  items: readonly FeedPost[],
  elements: ReadonlyMap<string, HTMLElement>,
): void {
  if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
  const ordered = items.map((post) => elements.get(post.id)).filter((e): e is HTMLElement => e !== undefined);
  const current = ordered.findIndex((article) => article.contains(document.activeElement));
  if (current < 0) return;
  const next = ordered[current + (event.key === 'PageDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
