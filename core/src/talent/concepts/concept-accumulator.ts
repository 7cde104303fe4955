// Dense, reused buffers for reading profiles (person-reading.ts): building the index reads every field of every
// profile, so the reader accumulates per-concept evidence in typed arrays instead of maps of small objects.

/** Evidence strengths per concept: one per profile field (eight), and one for broader-skill corroboration. */
export const STRENGTH_SLOTS = 9;
/** The mask bit for evidence from contributions (person-reading.ts has the others). */
export const EVIDENCE_BIT = 1024;

/**
 * Per-concept accumulation in dense arrays, reused from person to person: `slotOf` maps a concept number to its
 * slot for the current person; `reset` clears only the slots used.
 */
export class Accumulator {
  count = 0;
  private slots = new Int32Array(1024);
  private concepts = new Int32Array(64);
  private masks = new Uint16Array(64);
  private strengths = new Float64Array(64 * STRENGTH_SLOTS);
  private extras = new Float64Array(64);
  private evidence = new Float64Array(64);

  reset(): void {
    for (let i = 0; i < this.count; i++) this.slots[this.concepts[i] as number] = 0;
    this.count = 0;
  }

  /** Keeps the strongest reading per field: ten mentions in aboutMe count as one. */
  strengthen(concept: number, field: number, strength: number, bit: number): void {
    const slot = this.slotFor(concept);
    this.masks[slot] = (this.masks[slot] as number) | bit;
    const at = slot * STRENGTH_SLOTS + field;
    if (strength > (this.strengths[at] as number)) this.strengths[at] = strength;
  }

  /** Adds up within one field the way fields add up (noisy-or): for independent pieces of evidence. */
  corroborate(concept: number, field: number, strength: number, bit: number): void {
    const slot = this.slotFor(concept);
    this.masks[slot] = (this.masks[slot] as number) | bit;
    const at = slot * STRENGTH_SLOTS + field;
    this.strengths[at] = 1 - (1 - (this.strengths[at] as number)) * (1 - strength);
  }

  addExtra(concept: number, extra: number, bit: number): void {
    const slot = this.slotFor(concept);
    this.extras[slot] = (this.extras[slot] as number) + extra;
    this.masks[slot] = (this.masks[slot] as number) | bit;
  }

  addEvidence(concept: number, weight: number): void {
    const slot = this.slotFor(concept);
    this.evidence[slot] = (this.evidence[slot] as number) + weight;
    this.masks[slot] = (this.masks[slot] as number) | EVIDENCE_BIT;
  }

  /** Noisy-or of the fields: 1 - Π (1 - strength). */
  text(slot: number): number {
    let miss = 1;
    const start = slot * STRENGTH_SLOTS;
    for (let i = start; i < start + STRENGTH_SLOTS; i++) miss *= 1 - (this.strengths[i] as number);
    return 1 - miss;
  }

  conceptAt(slot: number): number {
    return this.concepts[slot] as number;
  }

  slotOf(concept: number): number {
    return (this.slots[concept] as number) - 1;
  }

  maskAt(slot: number): number {
    return this.masks[slot] as number;
  }

  extraAt(slot: number): number {
    return this.extras[slot] as number;
  }

  evidenceAt(slot: number): number {
    return this.evidence[slot] as number;
  }

  private slotFor(concept: number): number {
    if (concept >= this.slots.length)
      this.slots = resized(this.slots, grow(concept + 1, this.slots.length), Int32Array);
    const known = (this.slots[concept] as number) - 1;
    if (known >= 0) return known;
    const slot = this.count++;
    if (slot >= this.concepts.length) this.growSlots(grow(slot + 1, this.concepts.length));
    this.slots[concept] = slot + 1;
    this.concepts[slot] = concept;
    this.masks[slot] = 0;
    this.strengths.fill(0, slot * STRENGTH_SLOTS, (slot + 1) * STRENGTH_SLOTS);
    this.extras[slot] = 0;
    this.evidence[slot] = 0;
    return slot;
  }

  private growSlots(size: number): void {
    this.concepts = resized(this.concepts, size, Int32Array);
    this.masks = resized(this.masks, size, Uint16Array);
    this.strengths = resized(this.strengths, size * STRENGTH_SLOTS, Float64Array);
    this.extras = resized(this.extras, size, Float64Array);
    this.evidence = resized(this.evidence, size, Float64Array);
  }
}

/** The reader's output buffers. */
export class Output {
  concepts = new Int32Array(64);
  impacts = new Float64Array(64);
  masks = new Uint16Array(64);
  evidence = new Float64Array(64);

  reserve(count: number): void {
    if (count <= this.concepts.length) return;
    const size = grow(count, this.concepts.length);
    this.concepts = new Int32Array(size);
    this.impacts = new Float64Array(size);
    this.masks = new Uint16Array(size);
    this.evidence = new Float64Array(size);
  }
}

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
