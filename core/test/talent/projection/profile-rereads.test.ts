import { ProfileRereads } from '../../../src';

const t0 = new Date('2026-11-26T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('ProfileRereads', () => {
  it('makes a new miss due at once', () => {
    const rereads = new ProfileRereads();
    rereads.missed(['ana'], t0);
    expect(rereads.due(t0)).toEqual(['ana']);
  });

  // Failed re-reads so far → the wait before the next attempt: 30 s, doubling, at most 15 minutes.
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [6, 900_000],
    [12, 900_000],
  ])('after %i failed re-reads waits %i ms', (failures, waitMs) => {
    const rereads = new ProfileRereads();
    for (let i = 0; i < failures; i += 1) rereads.failed(['ana'], t0);
    expect(rereads.due(at(waitMs - 1))).toEqual([]);
    expect(rereads.due(at(waitMs))).toEqual(['ana']);
  });

  it('does not reset the wait when a delta round misses someone already waiting', () => {
    const rereads = new ProfileRereads();
    rereads.failed(['ana'], t0);
    rereads.missed(['ana'], t0);
    expect(rereads.due(t0)).toEqual([]);
  });

  it('hands out the longest waiting first, at most `maxPerRound`', () => {
    const rereads = new ProfileRereads({ maxPerRound: 2, firstBackoffMs: 1000, maxBackoffMs: 1000 });
    rereads.missed(['late'], at(2));
    rereads.missed(['early'], at(0));
    rereads.missed(['middle'], at(1));
    expect(rereads.due(at(5))).toEqual(['early', 'middle']);
    expect(rereads.size).toBe(3);
  });

  it('forgets people once settled', () => {
    const rereads = new ProfileRereads();
    rereads.missed(['ana', 'bram'], t0);
    rereads.settled(['ana']);
    expect(rereads.due(t0)).toEqual(['bram']);
    expect(rereads.has('ana')).toBe(false);
  });

  it('names when the next one is due, and nothing when no one waits', () => {
    const rereads = new ProfileRereads();
    expect(rereads.nextDue()).toBeUndefined();
    rereads.failed(['ana'], t0);
    rereads.missed(['bram'], at(5000));
    expect(rereads.nextDue()).toEqual(at(5000));
  });
});
