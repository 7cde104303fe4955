import { FixedClock, systemClock } from '../src';

describe('FixedClock', () => {
  it('stands still until advanced', () => {
    const clock = new FixedClock('2026-11-26T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('moves by exactly the time it is advanced', () => {
    const clock = new FixedClock(new Date('2026-11-26T09:00:00Z'));
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-26T09:01:30.000Z');
  });

  it('hands out copies, so callers cannot move it by mutating a date', () => {
    const clock = new FixedClock('2026-11-26T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });
});

describe('systemClock', () => {
  it('follows the wall clock', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
