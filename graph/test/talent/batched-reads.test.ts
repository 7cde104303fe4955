import { Slots } from '../../src/talent/batched-reads';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Slots', () => {
  it('runs at most `limit` tasks at a time, starting the others in order as slots free up', async () => {
    const slots = new Slots(2);
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const tasks = [0, 1, 2, 3].map((i) =>
      slots.run(async () => {
        started.push(i);
        await new Promise<void>((resolve) => finish.push(resolve));
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);

    finish[1]!();
    await tick();
    expect(started).toEqual([0, 1, 2]);

    finish[0]!();
    await tick();
    finish[2]!();
    finish[3]!();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3]);
  });

  it('frees the slot of a task that failed', async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it.each([0, 1.5, Number.NaN])('refuses a limit of %s', (limit) => {
    expect(() => new Slots(limit)).toThrow(RangeError);
  });
});
