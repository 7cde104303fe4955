// Term-at-a-time scoring into dense per-person arrays: for each query word, each person's best reading of it;
// then the words and the concept layer added up, scaled by how much of the query the person covers.
// An index of 100,000 people touches tens of thousands of postings for a broad word, which dense arrays visit in
// well under a millisecond; stamps instead of clearing keep a query's cost to what it touches. The loops below
// read typed arrays directly and call nothing per posting: they are the whole cost of a broad query.
import { CONCEPT_COVERAGE, CONCEPT_SHARE, coverage } from './bm25';
import type { PostingStore } from './posting-store';
import type { QueryReading } from './query-reading';

/** What scoring needs from the index: the two posting stores and everyone's current generation. */
export interface ScoringContext {
  readonly words: PostingStore;
  readonly skills: PostingStore;
  readonly generation: Int32Array;
  /** 1 for people open to questions, else 0 (the factor is OPEN_FACTOR). */
  readonly open: Uint8Array;
  readonly openFactor: number;
}

/**
 * The people a query touched, valid until the scorer's next query: `scores` holds each one's sum before
 * coverage and the open-to-questions factor, which only lower it or raise it by at most MAX_FACTOR; `final`
 * gives the score itself.
 */
export interface Scored {
  readonly touched: Int32Array;
  readonly count: number;
  readonly scores: Float64Array;
  final(doc: number): number;
}

interface Alternative {
  readonly term: number;
  readonly weight: number;
}

const OVERFLOW_STRIDE = 3;
/** The largest factor `final` applies to a sum: the open-to-questions factor (ranking.ts) with room to spare. */
const MAX_FACTOR = 1.05;

export class Scorer {
  private stamp = 0;
  private query = 0;
  private count = 0;
  private slotStamp: Int32Array = new Int32Array(0);
  private slotBest = new Float64Array(0);
  private queryStamp: Int32Array = new Int32Array(0);
  private totals = new Float64Array(0);
  private covered: Int32Array = new Int32Array(0);
  private conceptCovered: Int32Array = new Int32Array(0);
  private labelCovered: Int32Array = new Int32Array(0);
  private touched = new Int32Array(0);
  private slotTouched = new Int32Array(0);

  /** Grows the per-person arrays to hold `people` document numbers. */
  ensure(people: number): void {
    if (people <= this.totals.length) return;
    let size = this.totals.length || 1024;
    while (size < people) size *= 2;
    this.slotStamp = grown(this.slotStamp, size);
    this.slotBest = new Float64Array(size);
    this.queryStamp = grown(this.queryStamp, size);
    this.totals = new Float64Array(size);
    this.covered = new Int32Array(size);
    this.conceptCovered = new Int32Array(size);
    this.labelCovered = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.slotTouched = new Int32Array(size);
  }

  score(reading: QueryReading, context: ScoringContext): Scored {
    this.query = this.next();
    this.count = 0;
    // Both parts are put on one scale, a strength per unit of query weight, so the share decides between them.
    const wordShare = 1 / atLeastOne(mass(reading.words) + mass(reading.phrases));
    const conceptShare = CONCEPT_SHARE / atLeastOne(mass(reading.concepts));
    reading.words.forEach((slot, index) =>
      this.slot(context.words, slot.alternatives, wordShare, 1 << index, this.covered, context.generation),
    );
    for (const slot of reading.phrases)
      this.slot(context.words, slot.alternatives, wordShare, slot.covers, this.covered, context.generation);
    for (const slot of reading.concepts) {
      const alternatives = slot.alternatives.map((a) => ({ term: a.skill, weight: a.weight }));
      this.slot(
        context.skills,
        alternatives,
        conceptShare,
        slot.covers,
        slot.byLabel ? this.labelCovered : this.conceptCovered,
        context.generation,
      );
    }
    return {
      touched: this.touched,
      count: this.count,
      scores: this.totals,
      final: (doc) => this.final(doc, reading.words.length, context),
    };
  }

  /** One part of the query: with one reading, straight into the totals; with several, each person's best. */
  private slot(
    store: PostingStore,
    alternatives: readonly Alternative[],
    share: number,
    bits: number,
    cover: Int32Array,
    generation: Int32Array,
  ): void {
    const only = alternatives.length === 1 ? alternatives[0] : undefined;
    if (only !== undefined) {
      this.addList(store, only.term, only.weight * share, bits, cover, generation);
      return;
    }
    const slot = this.next();
    let count = 0;
    for (const { term, weight } of alternatives)
      count = this.bestOf(store, term, weight, slot, count, generation);
    const { slotBest, slotTouched } = this;
    for (let i = 0; i < count; i++) {
      const doc = slotTouched[i] as number;
      this.addOne(doc, share * (slotBest[doc] as number), bits, cover);
    }
  }

  private addList(
    store: PostingStore,
    term: number,
    factor: number,
    bits: number,
    cover: Int32Array,
    generation: Int32Array,
  ): void {
    const { docs, generations, weights } = store.columns;
    const { from, to } = store.packed(term);
    const { queryStamp, totals, covered, conceptCovered, labelCovered, touched } = this;
    const query = this.query;
    let count = this.count;
    for (let i = from; i < to; i++) {
      const doc = docs[i] as number;
      if (generation[doc] !== generations[i]) continue;
      if (queryStamp[doc] !== query) {
        queryStamp[doc] = query;
        totals[doc] = 0;
        covered[doc] = 0;
        conceptCovered[doc] = 0;
        labelCovered[doc] = 0;
        touched[count++] = doc;
      }
      totals[doc] = (totals[doc] as number) + factor * (weights[i] as number);
      cover[doc] = (cover[doc] as number) | bits;
    }
    this.count = count;
    const extra = store.overflowOf(term);
    if (extra === undefined) return;
    for (let i = 0; i < extra.length; i += OVERFLOW_STRIDE) {
      const doc = extra[i] as number;
      if (generation[doc] === extra[i + 1]) this.addOne(doc, factor * (extra[i + 2] as number), bits, cover);
    }
  }

  private addOne(doc: number, value: number, bits: number, cover: Int32Array): void {
    if (this.queryStamp[doc] !== this.query) {
      this.queryStamp[doc] = this.query;
      this.totals[doc] = 0;
      this.covered[doc] = 0;
      this.conceptCovered[doc] = 0;
      this.labelCovered[doc] = 0;
      this.touched[this.count++] = doc;
    }
    this.totals[doc] = (this.totals[doc] as number) + value;
    cover[doc] = (cover[doc] as number) | bits;
  }

  /** Keeps each person's best value of this slot; returns the new number of people touched in the slot. */
  private bestOf(
    store: PostingStore,
    term: number,
    weight: number,
    slot: number,
    touchedSoFar: number,
    generation: Int32Array,
  ): number {
    const { docs, generations, weights } = store.columns;
    const { from, to } = store.packed(term);
    const { slotStamp, slotBest, slotTouched } = this;
    let count = touchedSoFar;
    const keep = (doc: number, value: number) => {
      if (slotStamp[doc] !== slot) {
        slotStamp[doc] = slot;
        slotBest[doc] = value;
        slotTouched[count++] = doc;
      } else if (value > (slotBest[doc] as number)) slotBest[doc] = value;
    };
    for (let i = from; i < to; i++) {
      const doc = docs[i] as number;
      if (generation[doc] === generations[i]) keep(doc, weight * (weights[i] as number));
    }
    const extra = store.overflowOf(term);
    if (extra !== undefined)
      for (let i = 0; i < extra.length; i += OVERFLOW_STRIDE)
        if (generation[extra[i] as number] === extra[i + 1])
          keep(extra[i] as number, weight * (extra[i + 2] as number));
    return count;
  }

  /** A touched person's score: the sum times coverage and the open-to-questions factor. */
  private final(doc: number, words: number, context: ScoringContext): number {
    const literal = this.covered[doc] as number;
    const full = literal | (this.labelCovered[doc] as number);
    const concept = (this.conceptCovered[doc] as number) & ~full;
    const matched = popCount(full) + CONCEPT_COVERAGE * popCount(concept);
    const factor = context.open[doc] === 1 ? context.openFactor : 1;
    return (this.totals[doc] as number) * coverage(matched, words) * factor;
  }

  private next(): number {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.slotStamp.fill(0);
      this.queryStamp.fill(0);
    }
    return ++this.stamp;
  }
}

/** The weight a query's slots can give at most: each slot's heaviest alternative, added up. */
function mass(slots: ReadonlyArray<{ alternatives: ReadonlyArray<{ weight: number }> }>): number {
  let total = 0;
  for (const slot of slots) {
    let best = 0;
    for (const alternative of slot.alternatives) if (alternative.weight > best) best = alternative.weight;
    total += best;
  }
  return total;
}

// A query with no readings of a kind scores nothing from it; the share must still be a number.
function atLeastOne(total: number): number {
  return total > 0 ? total : 1;
}

function grown(array: Int32Array, size: number): Int32Array {
  const result = new Int32Array(size);
  result.set(array);
  return result;
}

function popCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Who may be in the results: a department and a location (0 for any), and people left out. */
export interface Admission {
  readonly department: number;
  readonly location: number;
  readonly departmentOf: Int32Array;
  readonly locationOf: Int32Array;
  readonly excluded: readonly number[];
}

/** The best `wanted` of the scored people admitted, best first (ties: lower number first), and how many there are. */
export function topScored(
  scored: Scored,
  wanted: number,
  admission: Admission,
): { total: number; ranked: Array<{ doc: number; score: number }> } {
  const heap = new TopHeap(wanted);
  const { touched, scores, count } = scored;
  const { department, location, departmentOf, locationOf, excluded } = admission;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const doc = touched[i] as number;
    const bound = scores[doc] as number;
    if (!(bound > 0)) continue;
    if (department !== 0 && departmentOf[doc] !== department) continue;
    if (location !== 0 && locationOf[doc] !== location) continue;
    if (excluded.length > 0 && excluded.includes(doc)) continue;
    total++;
    // Coverage only lowers a sum and the open factor raises it by at most MAX_FACTOR: most people cannot enter.
    if (heap.full && bound * MAX_FACTOR < heap.worst) continue;
    heap.offer(doc, scored.final(doc));
  }
  return { total, ranked: heap.drain() };
}

/** A bounded min-heap on (score, then lower doc first): its top is the worst of the best so far. */
class TopHeap {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** The lowest score kept; meaningful once full. */
  get worst(): number {
    return this.capacity === 0 ? Infinity : (this.scores[0] as number);
  }

  offer(doc: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      this.up(this.size++, doc, score);
    } else if (better(score, doc, this.scores[0] as number, this.docs[0] as number)) {
      this.down(0, doc, score);
    }
  }

  drain(): Array<{ doc: number; score: number }> {
    const ranked: Array<{ doc: number; score: number }> = [];
    for (let i = 0; i < this.size; i++)
      ranked.push({ doc: this.docs[i] as number, score: this.scores[i] as number });
    return ranked.sort((a, b) => (better(a.score, a.doc, b.score, b.doc) ? -1 : 1));
  }

  private up(start: number, doc: number, score: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(this.scores[parent] as number, this.docs[parent] as number, score, doc)) break;
      this.docs[i] = this.docs[parent] as number;
      this.scores[i] = this.scores[parent] as number;
      i = parent;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  private down(start: number, doc: number, score: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const worse =
        right < this.size &&
        better(
          this.scores[left] as number,
          this.docs[left] as number,
          this.scores[right] as number,
          this.docs[right] as number,
        )
          ? right
          : left;
      if (!better(score, doc, this.scores[worse] as number, this.docs[worse] as number)) break;
      this.docs[i] = this.docs[worse] as number;
      this.scores[i] = this.scores[worse] as number;
      i = worse;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }
}

function better(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}
