// The NoticeStore contract (style.md 9): one suite, run against the in-memory fake (core/test/notices) and the
// SharePoint list adapter on the dev tenant (graph/test/notices). What the poller relies on: one notice per
// watcher and person, values kept exactly, and claims and deletes that only the current version wins.
import { randomUUID } from 'node:crypto';
import type { Notice, NoticeStore, StoredNotice } from '@samen/core';

const notice = (overrides: Partial<Notice> = {}): Notice => ({
  watcherId: randomUUID(),
  person: {
    userId: randomUUID(),
    displayName: 'Anna de Vries',
    userPrincipalName: 'anna.de.vries@samendev.onmicrosoft.com',
  },
  topic: 'glasvezel “OTDR”',
  conversation: {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: 'a:1Xy-é', conversationType: 'personal', tenantId: randomUUID() },
    bot: { id: '28:samen', name: 'Samen' },
    user: { id: '29:watcher', aadObjectId: randomUUID() },
  },
  locale: 'nl-NL',
  createdAt: new Date('2026-12-07T09:00:00Z'),
  expiresAt: new Date('2026-12-07T17:00:00Z'),
  ...overrides,
});

async function onlyNoticeOf(store: NoticeStore, watcherId: string): Promise<StoredNotice> {
  const { notices } = await store.ofWatcher(watcherId);
  expect(notices).toHaveLength(1);
  return notices[0]!;
}

export function noticeStoreContract(newStore: () => NoticeStore): void {
  let store: NoticeStore;
  beforeEach(() => (store = newStore()));

  test('a created notice reads back exactly: person, topic, conversation, locale and times', async () => {
    const n = notice();
    expect(await store.create(n)).toBe('created');
    const stored = await onlyNoticeOf(store, n.watcherId);
    expect(stored).toMatchObject({ ...n, id: expect.any(String), version: expect.any(String) });
    expect(stored.claim).toBeUndefined();
    const pending = (await store.pending()).notices.filter((p) => p.watcherId === n.watcherId);
    expect(pending).toEqual([stored]);
  });

  test('one notice per watcher and person, whatever the case of the ids', async () => {
    const n = notice();
    await store.create(n);
    const again = { ...n, watcherId: n.watcherId.toUpperCase(), topic: 'iets anders' };
    expect(await store.create(again)).toBe('duplicate');
    expect(await store.create({ ...n, person: { ...n.person, userId: randomUUID() } })).toBe('created');
    expect((await store.ofWatcher(n.watcherId)).notices).toHaveLength(2);
  });

  test('of five simultaneous creates of the same notice exactly one gets in', async () => {
    const n = notice();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.create(n)));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect((await store.ofWatcher(n.watcherId)).notices).toHaveLength(1);
  });

  test("a watcher's notices are theirs only", async () => {
    const mine = notice();
    await store.create(mine);
    await store.create(notice({ person: mine.person }));
    expect((await store.ofWatcher(mine.watcherId)).notices.map((n) => n.watcherId)).toEqual([mine.watcherId]);
  });

  test('a claim of the version read wins once; a second claim of that version loses', async () => {
    const n = notice();
    await store.create(n);
    const read = await onlyNoticeOf(store, n.watcherId);
    const claim = { by: 'instance-a', until: new Date('2026-12-07T10:02:00Z') };
    const claimed = await store.claim(read, claim);
    expect(claimed).not.toBe('lost');
    expect((claimed as StoredNotice).version).not.toBe(read.version);
    expect(await store.claim(read, { ...claim, by: 'instance-b' })).toBe('lost');
    expect((await onlyNoticeOf(store, n.watcherId)).claim).toEqual(claim);
  });

  test('of two instances claiming the same version at once, exactly one wins', async () => {
    const n = notice();
    await store.create(n);
    const read = await onlyNoticeOf(store, n.watcherId);
    const until = new Date('2026-12-07T10:02:00Z');
    const outcomes = await Promise.all(['a', 'b'].map((by) => store.claim(read, { by, until })));
    expect(outcomes.filter((o) => o === 'lost')).toHaveLength(1);
  });

  test('a claimed notice can be claimed again with its new version (the same instance, next round)', async () => {
    const n = notice();
    await store.create(n);
    const first = await store.claim(await onlyNoticeOf(store, n.watcherId), {
      by: 'a',
      until: new Date('2026-12-07T10:02:00Z'),
    });
    const later = { by: 'a', until: new Date('2026-12-07T10:04:00Z') };
    const second = await store.claim(first as StoredNotice, later);
    expect((second as StoredNotice).claim).toEqual(later);
  });

  test('remove deletes the current version only, and once', async () => {
    const n = notice();
    await store.create(n);
    const read = await onlyNoticeOf(store, n.watcherId);
    const claimed = (await store.claim(read, { by: 'a', until: new Date() })) as StoredNotice;
    expect(await store.remove(read)).toBe('lost');
    expect(await store.remove(claimed)).toBe('removed');
    expect(await store.remove(claimed)).toBe('lost');
    expect((await store.ofWatcher(n.watcherId)).notices).toEqual([]);
    expect(await store.create(n)).toBe('created');
  });
}
