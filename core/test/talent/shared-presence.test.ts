import { SharedPresenceSource, type Presence, type PresenceSource } from '../../src';

/** A presence source whose calls the test answers: each call is held until `answer()`. */
class HeldSource implements PresenceSource {
  readonly calls: Array<{ ids: string[]; answer: () => void; fail: (e: unknown) => void }> = [];

  presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>> {
    return new Promise((resolve, reject) => {
      const ids = [...userIds];
      if (ids.some((id) => id.startsWith('bad'))) return reject(new RangeError(`bad id`));
      this.calls.push({
        ids,
        answer: () => resolve(new Map(ids.map((id) => [id, { availability: 'Available', activity: id }]))),
        fail: reject,
      });
    });
  }

  async answerAll(): Promise<void> {
    while (this.calls.some((c) => c.answer)) {
      const pending = this.calls.splice(0);
      pending.forEach((c) => c.answer());
      await new Promise((r) => setImmediate(r));
      if (this.calls.length === 0) return;
    }
  }
}

const flush = () => new Promise((r) => setImmediate(r));

describe('SharedPresenceSource', () => {
  it('asks once per request when requests come one at a time', async () => {
    const held = new HeldSource();
    const shared = new SharedPresenceSource(held);
    for (const id of ['a', 'b']) {
      const answer = shared.presenceOf([id]);
      await flush();
      held.calls.at(-1)?.answer();
      expect([...(await answer).keys()]).toEqual([id]);
    }
  });

  it('merges what twenty answers ask while calls are out into one call, each answered with its own people', async () => {
    const held = new HeldSource();
    const shared = new SharedPresenceSource(held, 2);
    const asked = Array.from({ length: 20 }, (_, i) => shared.presenceOf([`p${i}`, 'common']));
    await flush();
    expect(held.calls.map((c) => c.ids)).toEqual([
      ['p0', 'common'],
      ['p1', 'common'],
    ]);
    const firstTwo = held.calls.splice(0);
    firstTwo.forEach((c) => c.answer());
    await flush();
    // The 18 who asked while those two were out go together, in a call sent after they asked.
    expect(held.calls).toHaveLength(1);
    expect(held.calls[0]?.ids).toHaveLength(19);
    held.calls[0]?.answer();
    const answers = await Promise.all(asked);
    answers.forEach((answer, i) => expect([...answer.keys()].sort()).toEqual(['common', `p${i}`].sort()));
    expect(answers[7]?.get('p7')).toEqual({ availability: 'Available', activity: 'p7' });
  });

  it('keeps a merged call within 650 distinct people', async () => {
    const held = new HeldSource();
    const shared = new SharedPresenceSource(held, 1);
    const first = shared.presenceOf(['x']);
    const big = (n: number) => Array.from({ length: 400 }, (_, i) => `b${n}-${i}`);
    const asked = [shared.presenceOf(big(1)), shared.presenceOf(big(2))];
    await flush();
    held.calls.splice(0).forEach((c) => c.answer());
    await first;
    await flush();
    expect(held.calls.map((c) => c.ids.length)).toEqual([400]);
    await held.answerAll();
    await Promise.all(asked);
  });

  it("does not let one request's bad id fail the others merged with it", async () => {
    const held = new HeldSource();
    const shared = new SharedPresenceSource(held, 1);
    const first = shared.presenceOf(['x']);
    const good = shared.presenceOf(['good']);
    const bad = shared.presenceOf(['bad-id']).then(
      () => 'answered',
      (error: unknown) => error,
    );
    await flush();
    held.calls.splice(0).forEach((c) => c.answer());
    await first;
    await flush();
    await held.answerAll();
    expect([...(await good).keys()]).toEqual(['good']);
    expect(await bad).toBeInstanceOf(RangeError);
  });

  it('fails every request of a call Graph refused, and carries on with the next', async () => {
    const held = new HeldSource();
    const shared = new SharedPresenceSource(held, 1);
    const first = shared.presenceOf(['a']);
    await flush();
    held.calls.splice(0)[0]?.fail(new Error('throttled'));
    await expect(first).rejects.toThrow('throttled');
    const next = shared.presenceOf(['b']);
    await flush();
    held.calls[0]?.answer();
    expect([...(await next).keys()]).toEqual(['b']);
  });
});
