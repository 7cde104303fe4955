// An impact-ordered posting list: everyone who has one concept (a skill or a free word), strongest first.
// Impacts are query-independent (ranking.ts), quantised upwards to integers so they are exact upper bounds and
// cheap to compare. A posting is valid while its generation equals the person's current generation: an upsert
// bumps the generation instead of searching every list for the old postings, and lists drop stale postings
// when they pile up. Typed arrays keep a posting at 10 bytes.

import { grow } from './concept-store';

/** Impacts are stored as ceil(impact × 2^13) in 16 bits: impacts stay below 8 (ranking.ts caps every part). */
export const IMPACT_SCALE = 8192;
const MAX_QUANTISED = 0xffff;

const STALE_SHARE_BEFORE_PURGE = 4;

export function quantise(impact: number): number {
  const scaled = impact * IMPACT_SCALE;
  const whole = scaled | 0;
  const up = whole < scaled ? whole + 1 : whole;
  return up > MAX_QUANTISED ? MAX_QUANTISED : up;
}

export class PostingList {
  docs = new Int32Array(4);
  generations = new Int32Array(4);
  impacts = new Uint16Array(4);
  length = 0;
  /** Postings known to be stale (their person changed or left). */
  stale = 0;
  /** Appended to during a bulk change and not yet re-sorted. */
  touched = false;

  /**
   * Appends without keeping order, for bulk changes followed by `rebuild`. True the first time a list is
   * appended to since its last rebuild, so the caller can collect the lists to rebuild.
   */
  append(doc: number, generation: number, impact: number): boolean {
    if (this.length === this.docs.length) this.resize(grow(this.length + 1, this.length));
    this.docs[this.length] = doc;
    this.generations[this.length] = generation;
    this.impacts[this.length] = impact;
    this.length++;
    if (this.touched) return false;
    this.touched = true;
    return true;
  }

  /** Inserts in order: strongest first, then by doc number. */
  insert(doc: number, generation: number, impact: number): void {
    const at = this.positionFor(doc, impact);
    if (this.length === this.docs.length) this.resize(grow(this.length + 1, this.length));
    this.docs.copyWithin(at + 1, at, this.length);
    this.generations.copyWithin(at + 1, at, this.length);
    this.impacts.copyWithin(at + 1, at, this.length);
    this.docs[at] = doc;
    this.generations[at] = generation;
    this.impacts[at] = impact;
    this.length++;
  }

  /**
   * Drops stale postings and restores the order after appends: strongest first, then by doc number. Leaves the
   * arrays exactly as long as needed. `generation` holds every person's current generation, by doc number.
   */
  rebuild(generation: Int32Array): void {
    // One numeric key per posting sorts natively, without a comparator: impact descending, doc ascending.
    const keys = new Float64Array(this.length);
    let count = 0;
    for (let i = 0; i < this.length; i++) {
      const doc = this.docs[i] as number;
      if (this.generations[i] !== generation[doc]) continue;
      keys[count++] = (MAX_QUANTISED - (this.impacts[i] as number)) * DOC_SPACE + doc;
    }
    const sorted = keys.subarray(0, count).sort();
    this.docs = new Int32Array(count);
    this.generations = new Int32Array(count);
    this.impacts = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const key = sorted[i] as number;
      const high = (key / DOC_SPACE) | 0;
      const doc = key - high * DOC_SPACE;
      this.docs[i] = doc;
      this.impacts[i] = MAX_QUANTISED - high;
      this.generations[i] = generation[doc] as number;
    }
    this.length = count;
    this.stale = 0;
    this.touched = false;
  }

  /** Drops stale postings when they make up a quarter of the list. */
  purgeIfStale(isCurrent: (doc: number, generation: number) => boolean): void {
    if (this.stale < 16 || this.stale * STALE_SHARE_BEFORE_PURGE < this.length) return;
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const doc = this.docs[i] as number;
      const generation = this.generations[i] as number;
      if (!isCurrent(doc, generation)) continue;
      this.docs[kept] = doc;
      this.generations[kept] = generation;
      this.impacts[kept] = this.impacts[i] as number;
      kept++;
    }
    this.length = kept;
    this.stale = 0;
  }

  private resize(size: number): void {
    const docs = new Int32Array(size);
    const generations = new Int32Array(size);
    const impacts = new Uint16Array(size);
    docs.set(this.docs.subarray(0, this.length));
    generations.set(this.generations.subarray(0, this.length));
    impacts.set(this.impacts.subarray(0, this.length));
    this.docs = docs;
    this.generations = generations;
    this.impacts = impacts;
  }

  private positionFor(doc: number, impact: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.impacts[middle] as number;
      if (other > impact || (other === impact && (this.docs[middle] as number) < doc)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

// Composite sort keys: 16-bit impacts and doc numbers below 2^24 fit a double exactly.
const DOC_SPACE = 1 << 24;
