import { seededGuid } from '../../src/seed/guid';
import { hashString, mul32 } from '../../src/seed/hash';
import { Rng, WeightedTable } from '../../src/seed/random';

describe('seed primitives', () => {
  it('multiplies like Math.imul', () => {
    const rng = Rng.derive(1, 99, 0);
    for (let i = 0; i < 1000; i++) {
      const a = rng.uint32();
      const b = rng.uint32();
      expect(mul32(a, b)).toBe(Math.imul(a, b));
    }
    expect(mul32(0xffffffff, 0xffffffff)).toBe(Math.imul(0xffffffff, 0xffffffff));
  });

  it('hashes strings stably', () => {
    expect(hashString('samen')).toBe(hashString('samen'));
    expect(hashString('samen')).not.toBe(hashString('Samen'));
  });

  it('derives independent, reproducible random streams', () => {
    const draws = (stream: number, index: number) =>
      Array.from(
        { length: 5 },
        (() => {
          const rng = Rng.derive(7, stream, index);
          return () => rng.uint32();
        })(),
      );
    expect(draws(1, 0)).toEqual(draws(1, 0));
    expect(draws(1, 0)).not.toEqual(draws(1, 1));
    expect(draws(1, 0)).not.toEqual(draws(2, 0));
  });

  it('draws uniformly enough in [0, 1)', () => {
    const rng = Rng.derive(3, 1, 0);
    const values = Array.from({ length: 20000 }, () => rng.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('picks by weight', () => {
    const table = new WeightedTable(['rare', 'common'], [1, 9]);
    const rng = Rng.derive(5, 1, 0);
    const common = Array.from({ length: 10000 }, () => table.pick(rng)).filter((x) => x === 'common').length;
    expect(common / 10000).toBeCloseTo(0.9, 1);
  });

  it('never repeats a GUID within a seed', () => {
    const ids = Array.from({ length: 50000 }, (_, i) => seededGuid(11, i));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
