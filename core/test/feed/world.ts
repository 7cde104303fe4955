import { FixedClock } from '../../src';
import {
  FakeFeedPeople,
  FakeModerators,
  InMemoryComments,
  InMemoryFollows,
  InMemoryLikes,
  InMemoryModerationLog,
  InMemoryPosts,
  InMemoryReports,
  RecordingNotifications,
  ReportingOnlySanitiser,
} from './fakes';

export const ana = { userId: 'ana' };
export const bram = { userId: 'bram' };
export const mod = { userId: 'mod' };

/** Every port of the feed's use cases, in memory: ana and bram post, mod moderates. */
export function feedWorld() {
  const likes = new InMemoryLikes();
  const reports = new InMemoryReports();
  const comments = new InMemoryComments({ likes, reports });
  const posts = new InMemoryPosts({ comments, likes, reports });
  return {
    posts,
    comments,
    likes,
    follows: new InMemoryFollows(),
    reports,
    log: new InMemoryModerationLog(),
    moderators: new FakeModerators(['mod']),
    people: new FakeFeedPeople(['ana', 'bram', 'mod', 'cas']),
    notifications: new RecordingNotifications(),
    sanitiser: new ReportingOnlySanitiser(),
    clock: new FixedClock('2026-12-07T09:00:00Z'),
  };
}

export type FeedWorld = ReturnType<typeof feedWorld>;

/** The error a promise rejects with, or undefined when it does not. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
