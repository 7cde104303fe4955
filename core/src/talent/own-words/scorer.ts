// Term-at-a-time scoring into dense per-person arrays: for each query word, each person's best reading of it;
// then the words and the concept layer added up, scaled by how much of the query the person covers.
// An index of 100,000 people touches tens of thousands of postings for a broad word, which dense arrays visit in
// well under a millisecond; stamps instead of clearing keep a query's cost to what it touches.
import { CONCEPT_COVERAGE, CONCEPT_SHARE, coverage } from './bm25';
import type { PostingStore } from './posting-store';
import type { QueryReading } from './query-reading';

/** What scoring needs from the index: the two posting stores and everyone's current generation. */
export interface ScoringContext {
  readonly words: PostingStore;
  readonly skills: PostingStore;
  readonly generation: Int32Array;
  /** 1.04 for people open to questions, else 1 (ranking.ts). */
  factorOf(doc: number): number;
}

/** The people a query touched, with their final scores, valid until the scorer's next query. */
export interface Scored {
  readonly touched: Int32Array;
  readonly count: number;
  readonly scores: Float64Array;
}

export class Scorer {
  private stamp = 0;
  private slotStamp: Int32Array = new Int32Array(0);
  private slotBest = new Float64Array(0);
  private queryStamp: Int32Array = new Int32Array(0);
  private totals = new Float64Array(0);
  private covered = new Int32Array(0);
  private conceptCovered = new Int32Array(0);
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
    this.touched = new Int32Array(size);
    this.slotTouched = new Int32Array(size);
  }

  score(reading: QueryReading, context: ScoringContext): Scored {
    const query = this.next();
    let count = 0;
    const add = (doc: number, value: number, bits: number, concept: boolean) => {
      if (this.queryStamp[doc] !== query) {
        this.queryStamp[doc] = query;
        this.totals[doc] = 0;
        this.covered[doc] = 0;
        this.conceptCovered[doc] = 0;
        this.touched[count++] = doc;
      }
      this.totals[doc] = (this.totals[doc] as number) + value;
      if (concept) this.conceptCovered[doc] = (this.conceptCovered[doc] as number) | bits;
      else this.covered[doc] = (this.covered[doc] as number) | bits;
    };
    // Both parts are put on one scale, a strength per unit of query weight, so the share decides between them.
    const wordMass = mass(reading.words);
    const conceptMass = mass(reading.concepts);
    reading.words.forEach((slot, index) => {
      const alternatives = slot.alternatives.map((a) => ({ term: a.term, weight: a.weight }));
      this.bestPerPerson(
        context.words,
        alternatives,
        context.generation,
        1 / wordMass,
        1 << index,
        false,
        add,
      );
    });
    for (const slot of reading.concepts) {
      const alternatives = slot.alternatives.map((a) => ({ term: a.skill, weight: a.weight }));
      const share = CONCEPT_SHARE / conceptMass;
      this.bestPerPerson(context.skills, alternatives, context.generation, share, slot.covers, true, add);
    }
    const words = reading.words.length;
    for (let i = 0; i < count; i++) {
      const doc = this.touched[i] as number;
      const literal = this.covered[doc] as number;
      const matched =
        popCount(literal) + CONCEPT_COVERAGE * popCount((this.conceptCovered[doc] as number) & ~literal);
      this.totals[doc] = (this.totals[doc] as number) * coverage(matched, words) * context.factorOf(doc);
    }
    return { touched: this.touched, count, scores: this.totals };
  }

  /** For one slot: every person's best alternative (weight × their stored weight), handed to `add` once each. */
  private bestPerPerson(
    store: PostingStore,
    alternatives: ReadonlyArray<{ term: number; weight: number }>,
    generation: Int32Array,
    share: number,
    bits: number,
    concept: boolean,
    add: (doc: number, value: number, bits: number, concept: boolean) => void,
  ): void {
    const slot = this.next();
    let count = 0;
    const { slotStamp, slotBest, slotTouched } = this;
    const visit = (doc: number, value: number) => {
      if (slotStamp[doc] !== slot) {
        slotStamp[doc] = slot;
        slotBest[doc] = value;
        slotTouched[count++] = doc;
      } else if (value > (slotBest[doc] as number)) slotBest[doc] = value;
    };
    const { docs, generations, weights } = store.columns;
    for (const { term, weight } of alternatives) {
      // The packed part inline (the hot loop of a broad query), the few postings since the last pack by call.
      const { from, to } = store.packed(term);
      for (let i = from; i < to; i++) {
        const doc = docs[i] as number;
        if (generation[doc] !== generations[i]) continue;
        const value = weight * (weights[i] as number);
        if (slotStamp[doc] !== slot) {
          slotStamp[doc] = slot;
          slotBest[doc] = value;
          slotTouched[count++] = doc;
        } else if (value > (slotBest[doc] as number)) slotBest[doc] = value;
      }
      const extra = store.overflowOf(term);
      if (extra !== undefined)
        for (let i = 0; i < extra.length; i += 3)
          if (generation[extra[i] as number] === extra[i + 1])
            visit(extra[i] as number, weight * (extra[i + 2] as number));
    }
    for (let i = 0; i < count; i++) {
      const doc = this.slotTouched[i] as number;
      add(doc, share * (this.slotBest[doc] as number), bits, concept);
    }
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

/** The best `wanted` of the scored people who pass `accepts`, best first (ties: lower number first). */
export function topScored(
  scored: Scored,
  wanted: number,
  accepts: (doc: number) => boolean,
): { total: number; ranked: Array<{ doc: number; score: number }> } {
  const heap: Array<{ doc: number; score: number }> = [];
  let total = 0;
  for (let i = 0; i < scored.count; i++) {
    const doc = scored.touched[i] as number;
    const score = scored.scores[doc] as number;
    if (!(score > 0) || !accepts(doc)) continue;
    total++;
    if (wanted === 0) continue;
    if (heap.length < wanted) pushHeap(heap, { doc, score });
    else if (better({ doc, score }, heap[0] as { doc: number; score: number }))
      replaceTop(heap, { doc, score });
  }
  return { total, ranked: heap.sort((a, b) => (better(a, b) ? -1 : 1)) };
}

type Entry = { doc: number; score: number };

function better(a: Entry, b: Entry): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

// A min-heap on "better": its top is the worst of the best so far.
function pushHeap(heap: Entry[], entry: Entry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!better(heap[parent] as Entry, entry)) break;
    heap[i] = heap[parent] as Entry;
    i = parent;
  }
  heap[i] = entry;
}

function replaceTop(heap: Entry[], entry: Entry): void {
  let i = 0;
  const n = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const worse = right < n && better(heap[left] as Entry, heap[right] as Entry) ? right : left;
    if (!better(entry, heap[worse] as Entry)) break;
    heap[i] = heap[worse] as Entry;
    i = worse;
  }
  heap[i] = entry;
}
