import { CLAIM_LEASE_MS, GIVE_UP_AFTER_MS, pollNotices, type Notice, type NoticeStore } from '../../src';
import { MemoryNoticeStore } from '../../../test-support/memory-notice-store';
import { ChangingPresence, RecordingSender } from './fakes';

const START = new Date('2026-12-07T09:00:00Z');
const HOUR = 60 * 60 * 1000;
const at = (ms: number) => new Date(START.getTime() + ms);
const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const watcher = (n: number) => id('a', n);
const person = (n: number) => id('b', n);

const notice = (w: number, p: number, expiresAt = at(8 * HOUR)): Notice => ({
  watcherId: watcher(w),
  person: { userId: person(p), displayName: `Person ${p}`, userPrincipalName: `p${p}@x.example` },
  topic: 'Kubernetes',
  conversation: { conversation: { id: `conversation of ${w}` } },
  locale: 'nl-NL',
  createdAt: START,
  expiresAt,
});

function world(claimant = 'instance-a') {
  const store = new MemoryNoticeStore();
  const presence = new ChangingPresence();
  const sender = new RecordingSender();
  const logged: string[] = [];
  const deps = { store, presence, sender, claimant, log: (m: string) => void logged.push(m) };
  return { store, presence, sender, logged, deps };
}

const sentTo = (sender: RecordingSender) =>
  sender.sent.map(
    ({ kind, notice: n }) =>
      `${kind} ${n.watcherId.slice(0, 2)}→${n.person.userId.slice(0, 1)}${n.person.userId.slice(-1)}`,
  );
const pendingOf = async (store: NoticeStore) => (await store.pending()).notices.length;

test('nobody watched: no presence request at all', async () => {
  const { deps, presence } = world();
  expect(await pollNotices(deps, START)).toMatchObject({ pending: 0, watched: 0, presenceRequests: 0 });
  expect(presence.calls).toEqual([]);
});

test('one presence request for everyone watched; who is available is told, once, and the notice goes', async () => {
  const { deps, store, presence, sender } = world();
  await store.create(notice(1, 1));
  await store.create(notice(2, 1)); // two people wait for the same colleague
  await store.create(notice(1, 2));
  presence.set(person(1), 'Available').set(person(2), 'Busy');

  const report = await pollNotices(deps, at(HOUR));

  expect(presence.calls).toEqual([[person(1), person(2)]]);
  expect(report).toMatchObject({ pending: 3, watched: 2, presenceRequests: 1, delivered: 2, failed: 0 });
  expect(sentTo(sender).sort()).toEqual(['available a0→b1', 'available a0→b1']);
  expect(sender.sent.map((s) => s.notice.watcherId).sort()).toEqual([watcher(1), watcher(2)]);
  expect(await pendingOf(store)).toBe(1);
  await pollNotices(deps, at(HOUR + 1));
  expect(sender.sent).toHaveLength(2);
});

test('someone who becomes available later is told about in the round after', async () => {
  const { deps, store, presence, sender } = world();
  await store.create(notice(1, 1));
  presence.set(person(1), 'Away');
  await pollNotices(deps, at(HOUR));
  expect(sender.sent).toEqual([]);
  presence.set(person(1), 'AvailableIdle');
  await pollNotices(deps, at(2 * HOUR));
  expect(sentTo(sender)).toEqual(['available a0→b1']);
});

test.each([
  [1, 1],
  [650, 1],
  [651, 2],
  [1300, 2],
  [1301, 3],
])('%i people watched cost %i presence request(s), none over 650 ids', async (people, requests) => {
  const { deps, store, presence } = world();
  for (let p = 1; p <= people; p += 1) await store.create(notice(1, p));
  const report = await pollNotices(deps, at(HOUR));
  expect(report.presenceRequests).toBe(requests);
  expect(presence.calls).toHaveLength(requests);
  expect(presence.calls.flat().sort()).toEqual(
    Array.from({ length: people }, (_, i) => person(i + 1)).sort(),
  );
});

test('a watch that ended tells the watcher and goes, without asking for presence', async () => {
  const { deps, store, presence, sender } = world();
  await store.create(notice(1, 1));
  presence.set(person(1), 'Busy');
  const report = await pollNotices(deps, at(8 * HOUR));
  expect(presence.calls).toEqual([]);
  expect(report).toMatchObject({ ended: 1, delivered: 0 });
  expect(sentTo(sender)).toEqual(['expired a0→b1']);
  expect(await pendingOf(store)).toBe(0);
});

test('a failed send is logged with the notice id, kept, and sent the next round', async () => {
  const { deps, store, presence, sender, logged } = world();
  await store.create(notice(1, 1));
  presence.set(person(1), 'Available');
  sender.failing.add(person(1));
  expect(await pollNotices(deps, at(HOUR))).toMatchObject({ delivered: 0, failed: 1 });
  const [kept] = (await store.pending()).notices;
  expect(logged).toEqual([`notice ${kept!.id} (available) not delivered; trying again next round`]);
  sender.failing.clear();
  expect(await pollNotices(deps, at(HOUR + 30_000))).toMatchObject({ delivered: 1, failed: 0 });
  expect(await pendingOf(store)).toBe(0);
});

test('an instance leaves a notice another claimed alone until the claim runs out', async () => {
  const a = world('instance-a');
  await a.store.create(notice(1, 1));
  a.presence.set(person(1), 'Available');
  a.sender.failing.add(person(1));
  await pollNotices(a.deps, at(HOUR)); // a claimed it, then could not send
  const b = { ...a.deps, claimant: 'instance-b', sender: new RecordingSender() };
  await pollNotices(b, at(HOUR + CLAIM_LEASE_MS - 1));
  expect(b.sender.sent).toEqual([]);
  await pollNotices(b, at(HOUR + CLAIM_LEASE_MS));
  expect(b.sender.sent).toHaveLength(1);
});

test('two instances polling at the same moment send each notice once', async () => {
  const { store, presence } = world();
  for (let w = 1; w <= 5; w += 1) await store.create(notice(w, w));
  for (let p = 1; p <= 5; p += 1) presence.set(person(p), 'Available');
  const senders = [new RecordingSender(), new RecordingSender()];
  const instances = senders.map((sender, i) => ({
    store,
    presence,
    sender,
    claimant: `instance-${i}`,
    log: () => undefined,
  }));
  await Promise.all(instances.map((deps) => pollNotices(deps, at(HOUR))));
  const sent = senders.flatMap((s) => s.sent.map((x) => x.notice.watcherId));
  expect(sent.sort()).toEqual([1, 2, 3, 4, 5].map(watcher));
  expect(await pendingOf(store)).toBe(0);
});

test('malformed rows are logged with their item id; the good ones are still served', async () => {
  const { deps, store, presence, sender, logged } = world();
  store.malformed.push({ list: 'Samen Presence Notices', itemId: '42', issues: ['ExpiresAt: Invalid date'] });
  await store.create(notice(1, 1));
  presence.set(person(1), 'Available');
  expect(await pollNotices(deps, at(HOUR))).toMatchObject({ malformed: 1, delivered: 1 });
  expect(logged).toEqual([
    "notice item 42 of 'Samen Presence Notices' is malformed: ExpiresAt: Invalid date",
  ]);
  expect(sender.sent).toHaveLength(1);
});

test('presence Graph will not give is logged; the notices wait, ended watches still end', async () => {
  const { deps, store, presence, sender, logged } = world();
  await store.create(notice(1, 1));
  await store.create(notice(1, 2, at(HOUR)));
  presence.failWith = new Error('429');
  const report = await pollNotices(deps, at(HOUR));
  expect(report).toMatchObject({ presenceRequests: 1, delivered: 0, ended: 1 });
  expect(logged).toEqual(['presence of 1 watched people not read; their notices wait a round']);
  expect(sentTo(sender)).toEqual(['expired a0→b2']);
  expect(await pendingOf(store)).toBe(1);
});

test('an ended watch whose message keeps failing is dropped, logged, an hour after it ended', async () => {
  const { deps, store, sender, logged } = world();
  await store.create(notice(1, 1, at(HOUR)));
  sender.failing.add(person(1));
  await pollNotices(deps, at(HOUR + GIVE_UP_AFTER_MS));
  expect(await pendingOf(store)).toBe(1);
  const [kept] = (await store.pending()).notices;
  const report = await pollNotices(deps, at(HOUR + GIVE_UP_AFTER_MS + 1));
  expect(report).toMatchObject({ givenUp: 1 });
  expect(logged.at(-1)).toBe(
    `notice ${kept!.id} dropped: its end could not be told to the watcher for an hour`,
  );
  expect(await pendingOf(store)).toBe(0);
});
