// The service's poller around core's pollNotices: rounds never overlap, a failed round is logged, stopping waits
// for the running round. Driven by calling round() with a store that answers when the test says (no timers).
import { FixedClock, type NoticeRows } from '@samen/core';
import { NoticePoller } from '../src/notices/notice-poller';
import { MemoryNoticeStore } from '../../test-support/memory-notice-store';

/** A store whose reads wait until the test lets them through. */
class HeldStore extends MemoryNoticeStore {
  private releases: Array<() => void> = [];
  fail = false;

  override async pending(): Promise<NoticeRows> {
    await new Promise<void>((resolve) => this.releases.push(resolve));
    if (this.fail) throw new Error('SharePoint answered 503');
    return super.pending();
  }

  release(): void {
    this.releases.splice(0).forEach((go) => go());
  }

  get waiting(): number {
    return this.releases.length;
  }
}

function poller() {
  const store = new HeldStore();
  const logged: string[] = [];
  const notices = new NoticePoller({
    store,
    presence: { presenceOf: () => Promise.reject(new Error('nobody is watched')) },
    sender: { send: () => Promise.reject(new Error('nothing to send')) },
    claimant: 'test',
    clock: new FixedClock('2026-12-07T09:00:00Z'),
    intervalMs: 30_000,
    log: (message) => void logged.push(message),
  });
  return { store, logged, notices };
}

test('a round asked for while one runs is skipped, not queued', async () => {
  const { store, notices } = poller();
  const first = notices.round();
  const second = notices.round();
  expect(await second).toBeUndefined();
  expect(store.waiting).toBe(1);
  store.release();
  expect(await first).toMatchObject({ pending: 0, presenceRequests: 0 });
  const third = notices.round();
  expect(store.waiting).toBe(1);
  store.release();
  expect(await third).toMatchObject({ pending: 0 });
});

test('a failed round is logged and the next one runs', async () => {
  const { store, logged, notices } = poller();
  store.fail = true;
  const failed = notices.round();
  store.release();
  expect(await failed).toBeUndefined();
  expect(logged).toEqual(['notice round failed; trying again next round']);
  store.fail = false;
  const next = notices.round();
  store.release();
  expect(await next).toMatchObject({ pending: 0 });
});

test('stop waits for the running round', async () => {
  const { store, notices } = poller();
  notices.start();
  const running = notices.round();
  let stopped = false;
  const stopping = notices.stop().then(() => (stopped = true));
  // Every pending promise callback runs before setImmediate's: had stop not waited, it would be done here.
  await new Promise((resolve) => setImmediate(resolve));
  expect(stopped).toBe(false);
  store.release();
  await running;
  await stopping;
  expect(stopped).toBe(true);
});
