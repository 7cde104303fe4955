import { combine, fmix32, hashSeed } from './hash';

/** Stream tags keep the random draws for separate concerns independent of each other. */
export const Stream = {
  hierarchy: 1,
  identity: 2,
  employment: 3,
  contact: 4,
  expertise: 5,
  profile: 6,
  workPattern: 7,
  guid: 8,
  groups: 9,
} as const;

/**
 * Seeded pseudo-random generator (sfc32: small, fast, passes PractRand well beyond what a seed needs).
 * Each person gets their own generator per stream, so adding a field to one stream does not reshuffle the rest.
 */
export class Rng {
  // State in a typed array: plain number fields holding values above 2^30 get boxed by V8, which made
  // every draw allocate and slowed the 100k-person seed several times over.
  private readonly state = new Uint32Array(4);

  constructor(a: number, b: number, c: number, d: number) {
    this.state[0] = a;
    this.state[1] = b;
    this.state[2] = c;
    this.state[3] = d;
    // The first outputs of sfc32 correlate with the seed words; discarding a few is the usual remedy.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A generator for (seed, stream, index); fmix32 is a bijection, so distinct indexes get distinct states. */
  static derive(seed: number, stream: number, index: number): Rng {
    const base = combine(hashSeed(seed), stream);
    const a = fmix32((index + base) >>> 0);
    return new Rng(a, combine(a, 1), combine(base, index), 1);
  }

  uint32(): number {
    const s = this.state;
    const a = s[0] ?? 0;
    const b = s[1] ?? 0;
    const c = s[2] ?? 0;
    const d = s[3] ?? 0;
    const t = (a + b + d) >>> 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floorPositive(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, floorPositive(this.next() * items.length));
  }

  /** Standard normal via Box-Muller; only used for shapes (start times, tenure), never for ids. */
  normal(mean: number, deviation: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Fisher-Yates on a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = floorPositive(this.next() * (i + 1));
      const tmp = itemAt(copy, i);
      copy[i] = itemAt(copy, j);
      copy[j] = tmp;
    }
    return copy;
  }
}

/** Math.floor for 0 <= x < 2^31 without a Math call (why: see mul32 in hash.ts). */
export function floorPositive(x: number): number {
  return x | 0;
}

/** Index access that fails loudly instead of yielding undefined (noUncheckedIndexedAccess). */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range 0..${items.length - 1}`);
  return item;
}

/** Weighted choice by binary search over cumulative weights: O(log n) per draw, built once per table. */
export class WeightedTable<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('a weighted table needs one positive weight per item');
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += Math.max(0, weight);
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError('a weighted table needs a positive total weight');
    this.total = sum;
  }

  /** Builds a table whose weights fall off like Zipf's law with the item's position: 1 / (rank + 1)^exponent. */
  static zipf<T>(items: readonly T[], exponent: number): WeightedTable<T> {
    return new WeightedTable(
      items,
      items.map((_, rank) => 1 / Math.pow(rank + 1, exponent)),
    );
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return itemAt(this.items, low);
  }
}
