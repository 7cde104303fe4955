import type { Actor } from '../actor';
import type { Clock } from '../clock';
import { NoModerationChangeError, NotModeratorError } from './errors';
import type { Comment, FeedTarget, Hidden, ModerationRecord, Post } from './model';
import type { ModerationLog, Moderators, Versioned } from './ports';
import { readReason } from './reactions';
import { notFound, readTarget, type TargetStores } from './targets';
import { withFreshVersion } from './versions';

export interface ModerationDeps extends TargetStores {
  readonly moderators: Moderators;
  readonly log: ModerationLog;
  readonly clock: Clock;
}

export type ModerationAction = ModerationRecord['action'];

/** What a moderation did: the record kept, and the post or comment as it is now. */
export interface ModerationOutcome {
  readonly record: ModerationRecord;
  readonly item: Post | Comment;
}

/**
 * A moderator hides a post or comment from everyone but its author and the moderators, or restores it, always
 * with a reason. The action is recorded (once) before the change is written, so none goes unrecorded.
 */
export async function moderate(
  deps: ModerationDeps,
  actor: Actor,
  target: FeedTarget,
  action: ModerationAction,
  reason: unknown,
): Promise<ModerationOutcome> {
  if (!(await deps.moderators.isModerator(actor.userId))) throw new NotModeratorError();
  const clean = readReason(reason);
  const read = async () => {
    const current = await readTarget(deps, target);
    if (!current) throw notFound(target);
    return current;
  };
  // The first attempt writes on what was read to check the state; only a stale write reads again.
  let first: Versioned<Post | Comment> | undefined = await read();
  if (isInState(first.value, action)) throw new NoModerationChangeError(target.id, action);
  const record: ModerationRecord = {
    target,
    action,
    moderatorId: actor.userId,
    reason: clean,
    at: deps.clock.now(),
  };
  await deps.log.append(record);
  const hidden = action === 'hide' ? { by: actor.userId, reason: clean, at: record.at } : null;
  const store = target.kind === 'post' ? deps.posts : deps.comments;
  const item = await withFreshVersion(
    async () => {
      const current = first ?? (await read());
      first = undefined;
      return current;
    },
    // Another moderator may have done the same meanwhile: then there is nothing left to write.
    async (current) => {
      const now = withHidden(current.value, hidden);
      if (isInState(current.value, action)) return { outcome: 'written' as const, result: current.value };
      return { outcome: await store.update(target.id, { hidden }, current.etag), result: now };
    },
    () => notFound(target),
  );
  return { record, item };
}

function withHidden<T extends Post | Comment>(item: T, hidden: Hidden | null): T {
  if (hidden) return { ...item, hidden };
  const { hidden: _gone, ...visible } = item;
  return visible as T;
}

const isInState = (item: { readonly hidden?: unknown }, action: ModerationAction) =>
  Boolean(item.hidden) === (action === 'hide');
