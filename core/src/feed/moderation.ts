import type { Actor } from '../actor';
import type { Clock } from '../clock';
import { NoModerationChangeError, NotModeratorError } from './errors';
import type { FeedTarget, ModerationRecord } from './model';
import type { ModerationLog, Moderators } from './ports';
import { readReason } from './reactions';
import { notFound, readTarget, type TargetStores } from './targets';
import { only, withFreshVersion } from './versions';

export interface ModerationDeps extends TargetStores {
  readonly moderators: Moderators;
  readonly log: ModerationLog;
  readonly clock: Clock;
}

export type ModerationAction = ModerationRecord['action'];

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
): Promise<ModerationRecord> {
  if (!(await deps.moderators.isModerator(actor.userId))) throw new NotModeratorError();
  const clean = readReason(reason);
  const read = async () => {
    const current = await readTarget(deps, target);
    if (!current) throw notFound(target);
    return current;
  };
  if (isInState((await read()).value, action)) throw new NoModerationChangeError(target.id, action);
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
  await withFreshVersion(
    read,
    // Another moderator may have done the same meanwhile: then there is nothing left to write.
    async (current) =>
      isInState(current.value, action)
        ? { outcome: 'written', result: undefined }
        : only(store.update(target.id, { hidden }, current.etag)),
    () => notFound(target),
  );
  return record;
}

const isInState = (item: { readonly hidden?: unknown }, action: ModerationAction) =>
  Boolean(item.hidden) === (action === 'hide');
