import { useState } from 'react';
import type { LikeState } from '../feed-service';
import { FeedProblem, isFeedServiceError } from '../feed-service-error';

export interface LikeCalls {
  like(): Promise<LikeState>;
  unlike(): Promise<void>;
}

/**
 * A like that shows at once and rolls back when the service refuses. A 409 "already liked" or a 404 "had not
 * liked" means the service already holds what the reader wanted (another tab, a double click): no error.
 */
export function useLike(
  initial: LikeState,
  calls: LikeCalls,
  onError: (error: unknown) => void,
): [LikeState, () => Promise<void>] {
  const [state, setState] = useState<LikeState>(initial);
  const [busy, setBusy] = useState(false);

  const toggle = async (): Promise<void> => {
    if (busy) return;
    const before = state;
    const wanted = !before.likedByMe;
    setState({ likedByMe: wanted, likeCount: Math.max(0, before.likeCount + (wanted ? 1 : -1)) });
    setBusy(true);
    try {
      if (wanted) setState(await calls.like());
      else await calls.unlike();
    } catch (error) {
      if (wanted && isFeedServiceError(error, FeedProblem.likeDuplicate))
        setState({ likedByMe: true, likeCount: before.likeCount });
      else if (!wanted && isFeedServiceError(error, FeedProblem.likeNotFound))
        setState({ likedByMe: false, likeCount: before.likeCount });
      else {
        setState(before);
        onError(error);
      }
    } finally {
      setBusy(false);
    }
  };
  return [state, toggle];
}
