import {
  FixedClock,
  isNoticeError,
  NoticeError,
  type NoticeErrorCode,
  MAX_PENDING_PER_WATCHER,
  requestNotice,
  type NoticeRequest,
} from '../../src';
import { MemoryNoticeStore } from '../../../test-support/memory-notice-store';
import { ChangingPresence } from './fakes';

const WATCHER = { userId: 'a0000000-0000-4000-8000-000000000001' };
const person = (n: number) => ({
  userId: `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  displayName: `Person ${n}`,
  userPrincipalName: `person${n}@samendev.onmicrosoft.com`,
});
const request = (n: number): NoticeRequest => ({
  person: person(n),
  topic: 'Kubernetes',
  conversation: { serviceUrl: 'https://smba.example/', conversation: { id: 'a:1' } },
  locale: 'en-US',
});

function world() {
  const store = new MemoryNoticeStore();
  const presence = new ChangingPresence();
  const clock = new FixedClock('2026-12-07T09:00:00Z');
  return { store, presence, clock, deps: { store, presence, clock } };
}

test('watches a busy person for eight hours from now, as the actor', async () => {
  const { deps, presence, store } = world();
  presence.set(person(1).userId, 'Busy');
  const outcome = await requestNotice(deps, WATCHER, request(1));
  expect(outcome).toEqual({ kind: 'watching', expiresAt: new Date('2026-12-07T17:00:00Z') });
  // One presence request, one read of the watcher's notices, one create.
  expect(store.calls).toEqual(['ofWatcher', 'create']);
  const [stored] = (await store.ofWatcher(WATCHER.userId)).notices;
  expect(stored).toMatchObject({ watcherId: WATCHER.userId, person: person(1), topic: 'Kubernetes' });
  expect(presence.calls).toEqual([[person(1).userId]]);
});

test.each(['Available', 'AvailableIdle'])('someone %s now is said to be so, and not watched', async (a) => {
  const { deps, presence, store } = world();
  presence.set(person(1).userId, a);
  expect(await requestNotice(deps, WATCHER, request(1))).toMatchObject({ kind: 'availableNow' });
  expect(store.calls).toEqual([]);
});

test('someone Graph has no presence for (unknown) is watched', async () => {
  const { deps } = world();
  expect(await requestNotice(deps, WATCHER, request(1))).toMatchObject({ kind: 'watching' });
});

test('asking twice keeps one notice and says when the first one ends', async () => {
  const { deps, clock, store } = world();
  await requestNotice(deps, WATCHER, request(1));
  clock.advance(60 * 60 * 1000);
  expect(await requestNotice(deps, WATCHER, request(1))).toEqual({
    kind: 'alreadyWatching',
    expiresAt: new Date('2026-12-07T17:00:00Z'),
  });
  expect((await store.pending()).notices).toHaveLength(1);
});

test('two clicks at the same moment make one notice; both are told they are watching', async () => {
  const { deps, store } = world();
  const outcomes = await Promise.all([
    requestNotice(deps, WATCHER, request(1)),
    requestNotice(deps, WATCHER, request(1)),
  ]);
  expect(outcomes.map((o) => o.kind).sort()).toEqual(['alreadyWatching', 'watching']);
  expect((await store.pending()).notices).toHaveLength(1);
});

test(`at most ${MAX_PENDING_PER_WATCHER} pending notices per watcher; others are not limited by them`, async () => {
  const { deps } = world();
  for (let n = 1; n <= MAX_PENDING_PER_WATCHER; n += 1) await requestNotice(deps, WATCHER, request(n));
  const over = requestNotice(deps, WATCHER, request(99));
  await expect(over).rejects.toBeInstanceOf(NoticeError);
  await expect(over).rejects.toMatchObject({ code: 'notices.limit' });
  // Asking again for someone already watched is not "more": it is answered.
  expect(await requestNotice(deps, WATCHER, request(1))).toMatchObject({ kind: 'alreadyWatching' });
  const other = { userId: 'a0000000-0000-4000-8000-000000000002' };
  expect(await requestNotice(deps, other, request(99))).toMatchObject({ kind: 'watching' });
});

test.each([
  [
    'notices.self',
    WATCHER,
    { ...request(1), person: { ...person(1), userId: WATCHER.userId.toUpperCase() } },
  ],
  ['notices.anonymous', { userId: '' }, request(1)],
  ['notices.invalid-request', WATCHER, { ...request(1), topic: 'x'.repeat(201) }],
  ['notices.invalid-request', WATCHER, { ...request(1), conversation: { big: 'x'.repeat(5000) } }],
])('refuses with %s before asking Graph or the store anything', async (code, actor, req) => {
  const { deps, presence, store } = world();
  const refused = await requestNotice(deps, actor, req).catch((e: unknown) => e);
  expect(isNoticeError(refused, code as NoticeErrorCode)).toBe(true);
  expect(presence.calls).toEqual([]);
  expect(store.calls).toEqual([]);
});
