import { DefaultButton, Stack } from '@fluentui/react';
import { useEffect, useState } from 'react';
import type { FeedPost } from '../feed-service';
import { isAbort } from '../feed-service-error';
import { useFeed } from '../feed-context';
import { FeedError, FeedShimmer } from './FeedStates';
import { PostCard } from './PostCard';

export interface SharedPostProps {
  readonly postId: string;
  readonly headingClass: string;
  onBack(): void;
  onError(error: unknown): void;
}

/** The one post a shared link names (GET /api/feed/posts/{id}), and the way to the rest of the feed. */
export function SharedPost(props: SharedPostProps): JSX.Element {
  const { service, locale, strings } = useFeed();
  const [post, setPost] = useState<FeedPost>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    service.getPost(props.postId, { locale, signal: controller.signal }).then(setPost, (failure: unknown) => {
      if (!isAbort(failure)) setError(failure);
    });
    return () => controller.abort();
  }, [service, locale, props.postId, attempt]);

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <DefaultButton iconProps={{ iconName: 'Back' }} text={strings.backToFeed} onClick={props.onBack} />
        <h2 className={props.headingClass}>{strings.sharedPost}</h2>
      </Stack>
      {error !== undefined && <FeedError error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {post === undefined && error === undefined && <FeedShimmer />}
      {post && (
        <div role="feed" aria-busy="false" aria-label={strings.feedLabel}>
          <PostCard
            post={post}
            position={1}
            setSize={1}
            onChanged={setPost}
            onDeleted={props.onBack}
            onError={props.onError}
          />
        </div>
      )}
    </Stack>
  );
}
