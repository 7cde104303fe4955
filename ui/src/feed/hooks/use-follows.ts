import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeedService, Following, FollowTarget } from '../feed-service';
import { FeedProblem, isAbort, isFeedServiceError } from '../feed-service-error';
import type { FollowState } from '../feed-context';
import type { Locale } from '@samen/core/contract';

const NOBODY: Following = { people: [], topics: [] };

function keyOf(target: FollowTarget): string {
  return 'person' in target ? `p:${target.person}` : `t:${target.topic.toLowerCase()}`;
}

function setOf(following: Following): Set<string> {
  return new Set([
    ...following.people.map((person) => keyOf({ person })),
    ...following.topics.map((topic) => keyOf({ topic })),
  ]);
}

/**
 * Who and what the reader follows (GET /api/feed/follows), changed optimistically. "Already following" (409) and
 * "was not following" (404) mean the other tab was there first: the button shows what is true, not an error.
 */
export function useFollows(
  service: FeedService,
  locale: Locale,
  onError: (error: unknown) => void,
): FollowState {
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const controller = new AbortController();
    service.following({ locale, signal: controller.signal }).then(
      (following) => setFollowed(setOf(following)),
      (error: unknown) => {
        if (!isAbort(error)) setFollowed(setOf(NOBODY));
      },
    );
    return () => controller.abort();
  }, [service, locale]);

  const mark = (key: string, on: boolean) =>
    setFollowed((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const toggle = useCallback(
    async (target: FollowTarget) => {
      const key = keyOf(target);
      const wasFollowing = followed.has(key);
      mark(key, !wasFollowing);
      try {
        if (wasFollowing) await service.unfollow(target, { locale });
        else setFollowed(setOf(await service.follow(target, { locale })));
      } catch (error) {
        if (isFeedServiceError(error, FeedProblem.followDuplicate)) return mark(key, true);
        if (isFeedServiceError(error, FeedProblem.followNotFound)) return mark(key, false);
        mark(key, wasFollowing);
        onError(error);
      }
    },
    [followed, service, locale, onError],
  );

  return useMemo(
    () => ({ isFollowing: (target) => followed.has(keyOf(target)), toggle }),
    [followed, toggle],
  );
}
