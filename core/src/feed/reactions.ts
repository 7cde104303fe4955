import type { Actor } from '../actor';
import type { Clock } from '../clock';
import { MAX_REASON_LENGTH } from '../contract/limits';
import { cleanText } from '../talent/text/normalise';
import { DuplicateLikeError, DuplicateReportError, InvalidFeedInputError, LikeNotFoundError } from './errors';
import type { FeedTarget, Like, Report } from './model';
import type { Likes, Reports } from './ports';
import { notFound, openTarget, readTarget, type TargetStores } from './targets';

export interface LikeDeps extends TargetStores {
  readonly likes: Likes;
  readonly clock: Clock;
}

/** The actor likes a post or comment, once: the store's unique key refuses a second like, even in a race. */
export async function like(deps: LikeDeps, actor: Actor, target: FeedTarget): Promise<Like> {
  await openTarget(deps, target);
  const stored: Like = { target, userId: actor.userId, at: deps.clock.now() };
  if ((await deps.likes.add(stored)) === 'duplicate') throw new DuplicateLikeError(target.id);
  return stored;
}

/** The actor takes their like back; also from something hidden or gone since (nothing left to take back there). */
export async function unlike(deps: LikeDeps, actor: Actor, target: FeedTarget): Promise<void> {
  if (!(await readTarget(deps, target))) throw notFound(target);
  if ((await deps.likes.remove(target, actor.userId)) === 'not-found') throw new LikeNotFoundError(target.id);
}

/** A reason a person gives (a report, a moderation action): required, one line of plain text. */
export function readReason(reason: unknown): string {
  const clean = typeof reason === 'string' ? cleanText(reason) : '';
  if (clean === '') throw new InvalidFeedInputError('reason', 'required');
  if (clean.length > MAX_REASON_LENGTH)
    throw new InvalidFeedInputError('reason', 'too-long', MAX_REASON_LENGTH);
  return clean;
}

export interface ReportDeps extends TargetStores {
  readonly reports: Reports;
  readonly clock: Clock;
}

/** Anyone reports a post or comment to the moderators, once each, with a reason. */
export async function report(
  deps: ReportDeps,
  actor: Actor,
  target: FeedTarget,
  reason: unknown,
): Promise<Report> {
  const clean = readReason(reason);
  await openTarget(deps, target);
  const stored: Report = { target, reporterId: actor.userId, reason: clean, at: deps.clock.now() };
  if ((await deps.reports.add(stored)) === 'duplicate') throw new DuplicateReportError(target.id);
  return stored;
}
