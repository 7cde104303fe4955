import { createContext, useContext } from 'react';
import type { Locale } from '@samen/core/contract';
import type { FeedService, FollowTarget } from './feed-service';
import type { FeedHost } from './host';
import type { FeedStrings } from './strings';

/** Who or what the reader follows, and how to change it; shared by every follow button on the page. */
export interface FollowState {
  isFollowing(target: FollowTarget): boolean;
  toggle(target: FollowTarget): Promise<void>;
}

export interface FeedContextValue {
  readonly service: FeedService;
  readonly host: FeedHost;
  readonly locale: Locale;
  readonly strings: FeedStrings;
  readonly follows: FollowState;
  /** Whether to offer hiding and restoring (the host's word, or the service's `me`). */
  readonly isModerator: boolean;
  /** Shows one person's posts (an author's name, a mention). */
  openPerson(id: string, displayName: string): void;
  /** Shows one topic's posts. */
  openTopic(key: string, label: string): void;
  /** Says something to screen readers through the app's live region. */
  announce(message: string): void;
}

export const FeedContext = createContext<FeedContextValue | undefined>(undefined);

/** The service, host, words and navigation of the surrounding FeedApp. */
export function useFeed(): FeedContextValue {
  const value = useContext(FeedContext);
  if (!value) throw new Error('useFeed must be used inside FeedApp');
  return value;
}
