// Per person, the concepts (skills and free words) they have, sorted by concept number, with the quantised
// strength and the where-found mask of each. One set of flat typed arrays for everyone (an arena) rather than small arrays
// per person: at 100,000 people that saves tens of megabytes of array headers. A person's segment is replaced
// on upsert; the old one becomes garbage until the next compaction.

const INITIAL_CAPACITY = 1 << 12;

export class ConceptStore {
  private concepts = new Int32Array(INITIAL_CAPACITY);
  private impacts = new Uint16Array(INITIAL_CAPACITY);
  private masks = new Uint16Array(INITIAL_CAPACITY);
  private used = 0;
  private garbage = 0;
  private starts = new Int32Array(INITIAL_CAPACITY);
  private lengths = new Int32Array(INITIAL_CAPACITY);

  /** Replaces the segment of `doc` with the first `count` entries. Entries must be sorted by concept, ascending. */
  write(doc: number, count: number, concepts: Int32Array, impacts: Uint16Array, masks: Uint16Array): void {
    this.ensureDocs(doc + 1);
    this.release(doc);
    this.reserve(count);
    const start = this.used;
    this.concepts.set(concepts.subarray(0, count), start);
    this.impacts.set(impacts.subarray(0, count), start);
    this.masks.set(masks.subarray(0, count), start);
    this.starts[doc] = start;
    this.lengths[doc] = count;
    this.used += count;
  }

  /** Gives back spare capacity, after a bulk load. */
  trim(): void {
    this.compact();
  }

  /** Forgets the segment of `doc`. */
  release(doc: number): void {
    if (doc >= this.lengths.length) return;
    this.garbage += this.lengths[doc] as number;
    this.lengths[doc] = 0;
    if (this.garbage > 1 << 16 && this.garbage > this.used - this.garbage) this.compact();
  }

  /** Position of `concept` in the segment of `doc`, or -1. */
  find(doc: number, concept: number): number {
    let low = this.starts[doc] as number;
    let high = low + (this.lengths[doc] as number) - 1;
    const concepts = this.concepts;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = concepts[middle] as number;
      if (value < concept) low = middle + 1;
      else if (value > concept) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** The quantised impact (posting-list.ts), without decaying evidence. */
  impactAt(position: number): number {
    return this.impacts[position] as number;
  }

  maskAt(position: number): number {
    return this.masks[position] as number;
  }

  /** The concepts of `doc` below `limit` (skills are numbered first), for explanations. */
  conceptsBelow(doc: number, limit: number): number[] {
    const start = this.starts[doc] as number;
    const end = start + (this.lengths[doc] as number);
    const result: number[] = [];
    for (let i = start; i < end && (this.concepts[i] as number) < limit; i++)
      result.push(this.concepts[i] as number);
    return result;
  }

  /** Concepts of `doc`, all of them. */
  conceptsOf(doc: number): Int32Array {
    const start = this.starts[doc] as number;
    return this.concepts.subarray(start, start + (this.lengths[doc] as number));
  }

  /** Bytes held, for the bench's memory figures. */
  get bytes(): number {
    return (
      this.concepts.byteLength + this.impacts.byteLength + this.masks.byteLength + this.starts.byteLength * 2
    );
  }

  private compact(): void {
    const live = this.used - this.garbage;
    const concepts = new Int32Array(live > INITIAL_CAPACITY ? live : INITIAL_CAPACITY);
    const impacts = new Uint16Array(concepts.length);
    const masks = new Uint16Array(concepts.length);
    let used = 0;
    for (let doc = 0; doc < this.lengths.length; doc++) {
      const length = this.lengths[doc] as number;
      if (length === 0) continue;
      const start = this.starts[doc] as number;
      concepts.set(this.concepts.subarray(start, start + length), used);
      impacts.set(this.impacts.subarray(start, start + length), used);
      masks.set(this.masks.subarray(start, start + length), used);
      this.starts[doc] = used;
      used += length;
    }
    this.concepts = concepts;
    this.impacts = impacts;
    this.masks = masks;
    this.used = used;
    this.garbage = 0;
  }

  private reserve(count: number): void {
    if (this.used + count <= this.concepts.length) return;
    if (this.garbage > this.used >>> 2) this.compact();
    if (this.used + count <= this.concepts.length) return;
    const size = grow(this.used + count, this.concepts.length);
    this.concepts = resized(this.concepts, size, Int32Array);
    this.impacts = resized(this.impacts, size, Uint16Array);
    this.masks = resized(this.masks, size, Uint16Array);
  }

  private ensureDocs(needed: number): void {
    if (needed <= this.starts.length) return;
    const size = grow(needed, this.starts.length);
    this.starts = resized(this.starts, size, Int32Array);
    this.lengths = resized(this.lengths, size, Int32Array);
  }
}

/** Capacity for at least `needed`, growing by half again each time. */
export function grow(needed: number, current: number): number {
  let size = current > 16 ? current : 16;
  while (size < needed) size += size >>> 1;
  return size;
}

type TypedArray = Int32Array | Float32Array | Uint16Array | Uint32Array | Uint8Array | Float64Array;

export function resized<T extends TypedArray>(array: T, size: number, make: new (size: number) => T): T {
  const next = new make(size);
  next.set(array.length <= size ? array : (array.subarray(0, size) as T));
  return next;
}
