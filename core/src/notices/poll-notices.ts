import { isAvailableNow } from '../contract/presence';
import { PRESENCE_BATCH_LIMIT } from '../talent/find-experts';
import type { PresenceSource } from '../talent/ports';
import { CLAIM_LEASE_MS, GIVE_UP_AFTER_MS, type StoredNotice } from './notice';
import type { NoticeKind, NoticeSender, NoticeStore } from './ports';

export interface PollDependencies {
  readonly store: NoticeStore;
  readonly presence: PresenceSource;
  readonly sender: NoticeSender;
  /** This service instance, as it signs its claims: its own claims it may take up again next round. */
  readonly claimant: string;
  readonly log: (message: string, error?: unknown) => void;
}

/** What one round did, for logs and tests. */
export interface PollReport {
  /** Notices in the store, malformed rows not counted. */
  readonly pending: number;
  /** Distinct people whose presence was asked for. */
  readonly watched: number;
  readonly presenceRequests: number;
  /** Delivered and deleted: the person became available. */
  readonly delivered: number;
  /** The watch ended: the watcher was told, the notice deleted. */
  readonly ended: number;
  /** Not delivered this round (logged with the notice id); tried again next round. */
  readonly failed: number;
  /** Dropped, logged, after failing for `GIVE_UP_AFTER_MS` past its end. */
  readonly givenUp: number;
  readonly malformed: number;
}

type Outcome = 'sent' | 'failed' | 'lost';

/**
 * One round of watching: every pending notice read, the presence of everyone watched asked for in one
 * getPresencesByUserId per 650 people (none when nobody is watched), then each notice whose person is
 * available — and each whose watch ended — claimed (ETag), sent, and deleted. A notice another instance
 * claimed is left to it until its lease runs out. Never throws for one notice; a failed read of the store
 * rejects (the caller logs the round).
 */
export async function pollNotices(deps: PollDependencies, now: Date): Promise<PollReport> {
  const { notices, malformed } = await deps.store.pending();
  for (const row of malformed)
    deps.log(`notice item ${row.itemId} of '${row.list}' is malformed: ${row.issues.join('; ')}`);
  const mine = notices.filter((n) => claimable(n, deps.claimant, now));
  const ended = mine.filter((n) => n.expiresAt.getTime() <= now.getTime());
  const live = mine.filter((n) => n.expiresAt.getTime() > now.getTime());
  const people = [...new Set(live.map((n) => n.person.userId))];
  const available = await availableAmong(deps, people);
  const due = live.filter((n) => available.people.has(n.person.userId));
  const delivered = await deliverAll(deps, due, 'available', now);
  const { given, outcomes } = await endAll(deps, ended, now);
  return {
    pending: notices.length,
    watched: people.length,
    presenceRequests: available.requests,
    delivered: count(delivered, 'sent'),
    ended: count(outcomes, 'sent'),
    failed: count(delivered, 'failed') + count(outcomes, 'failed'),
    givenUp: given,
    malformed: malformed.length,
  };
}

function claimable(notice: StoredNotice, claimant: string, now: Date): boolean {
  const { claim } = notice;
  return !claim || claim.by === claimant || claim.until.getTime() <= now.getTime();
}

const count = (outcomes: readonly Outcome[], outcome: Outcome) =>
  outcomes.filter((o) => o === outcome).length;

/**
 * Who among `people` is available now: one request per 650 (Graph's limit per call). A request Graph refuses
 * (throttled, unavailable) is logged and its people count as not available this round: their notices wait.
 */
async function availableAmong(
  deps: PollDependencies,
  people: readonly string[],
): Promise<{ people: Set<string>; requests: number }> {
  const found = new Set<string>();
  let requests = 0;
  for (let start = 0; start < people.length; start += PRESENCE_BATCH_LIMIT) {
    const batch = people.slice(start, start + PRESENCE_BATCH_LIMIT);
    requests += 1;
    try {
      const presences = await deps.presence.presenceOf(batch);
      for (const [userId, presence] of presences)
        if (isAvailableNow(presence.availability)) found.add(userId);
    } catch (error) {
      deps.log(`presence of ${batch.length} watched people not read; their notices wait a round`, error);
    }
  }
  return { people: found, requests };
}

// One after the other: a round delivers the few people who just became available, and each delivery is three
// requests (claim, send, delete) that should not come as a burst.
async function deliverAll(
  deps: PollDependencies,
  notices: readonly StoredNotice[],
  kind: NoticeKind,
  now: Date,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const notice of notices) outcomes.push(await deliver(deps, notice, kind, now));
  return outcomes;
}

async function endAll(deps: PollDependencies, ended: readonly StoredNotice[], now: Date) {
  const overdue = (n: StoredNotice) => now.getTime() - n.expiresAt.getTime() > GIVE_UP_AFTER_MS;
  let given = 0;
  for (const notice of ended.filter(overdue)) {
    const removed = await guarded(deps, notice, () => deps.store.remove(notice));
    if (removed !== 'removed') continue;
    given += 1;
    deps.log(`notice ${notice.id} dropped: its end could not be told to the watcher for an hour`);
  }
  const outcomes = await deliverAll(
    deps,
    ended.filter((n) => !overdue(n)),
    'expired',
    now,
  );
  return { given, outcomes };
}

/** Claim, send, delete. A failed send keeps the claim (this instance's), so the next round tries again. */
async function deliver(
  deps: PollDependencies,
  notice: StoredNotice,
  kind: NoticeKind,
  now: Date,
): Promise<Outcome> {
  const until = new Date(now.getTime() + CLAIM_LEASE_MS);
  const claimed = await guarded(deps, notice, () => deps.store.claim(notice, { by: deps.claimant, until }));
  if (claimed === 'lost' || claimed === 'failed') return claimed;
  try {
    await deps.sender.send(claimed, kind);
  } catch (error) {
    deps.log(`notice ${notice.id} (${kind}) not delivered; trying again next round`, error);
    return 'failed';
  }
  // Sent: a failed delete is logged; the claim's lease then runs out and the notice could be sent twice.
  await guarded(deps, claimed, () => deps.store.remove(claimed));
  return 'sent';
}

async function guarded<T>(
  deps: PollDependencies,
  notice: StoredNotice,
  write: () => Promise<T>,
): Promise<T | 'failed'> {
  try {
    return await write();
  } catch (error) {
    deps.log(`notice ${notice.id}: the store refused a write; trying again next round`, error);
    return 'failed';
  }
}
