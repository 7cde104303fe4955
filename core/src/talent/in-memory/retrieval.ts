// Top-k retrieval over impact-ordered posting lists (posting-list.ts), exact: the page is what scoring everyone
// and sorting would give (a property test checks this). Two strategies:
//
// - One list (a query that names one skill or word): the threshold algorithm walks the list strongest first,
//   scores people exactly and stops when the k-th best score reaches the next posting's impact. Stored impacts
//   equal exact scores except for decaying evidence, where they are upper bounds, so it stops after little more
//   than k people, ties included. The total comes free from the index's counts when nothing is filtered.
// - Several lists: one pass over all their postings counts the union (the total) and sums, per person, each
//   slot's best stored impact × weight — an upper bound of the exact score, equal to it without evidence. People
//   are then taken from a max-heap on that bound and scored exactly until the k-th best score reaches the next
//   bound. No per-hit objects, no full sort: the pass is the union count the total needs anyway.

import { grow, resized } from './concept-store';
import { IMPACT_SCALE } from './posting-list';
import type { PlanSlot } from './query-plan';
import { TopK } from './top-k';

/** What retrieval needs to know about the index and the query. */
export interface RetrievalContext {
  /** Every person's current generation, by doc number: postings of another generation are stale. */
  readonly generation: Int32Array;
  /** Whether the query's filters let this person through. */
  accepts(doc: number): boolean;
  /** The person's exact score for the query. */
  score(doc: number): number;
}

export interface Ranked {
  readonly doc: number;
  readonly score: number;
}

export class Retrieval {
  private stamp = 0;
  private seen = new Uint32Array(1024);
  private slotSeen = new Uint32Array(1024);
  private bound = new Float64Array(1024);
  private slotValue = new Float64Array(1024);
  private accepted = new Int32Array(1024);
  private slotTouched = new Int32Array(1024);

  /** Grows the scratch arrays to hold `people` doc numbers. */
  ensure(people: number): void {
    if (people <= this.seen.length) return;
    const size = grow(people, this.seen.length);
    this.seen = resized(this.seen, size, Uint32Array);
    this.slotSeen = resized(this.slotSeen, size, Uint32Array);
    this.bound = new Float64Array(size);
    this.slotValue = new Float64Array(size);
    this.accepted = new Int32Array(size);
    this.slotTouched = new Int32Array(size);
  }

  /** Everyone in the lists whom the filters let through, each counted once. */
  count(slots: readonly PlanSlot[], context: RetrievalContext): number {
    const stamp = this.nextStamp();
    const { generation } = context;
    const seen = this.seen;
    let total = 0;
    for (const slot of slots) {
      for (const { list } of slot.alternatives) {
        const { docs, generations } = list;
        for (let i = 0; i < list.length; i++) {
          const doc = docs[i] as number;
          if (generations[i] !== generation[doc] || seen[doc] === stamp) continue;
          seen[doc] = stamp;
          if (context.accepts(doc)) total++;
        }
      }
    }
    return total;
  }

  /** The `wanted` best of one slot's lists, best first, by the threshold algorithm. */
  walk(slots: readonly PlanSlot[], wanted: number, context: RetrievalContext): Ranked[] {
    const alternatives = slots.flatMap((slot, index) =>
      slot.alternatives.map((alternative) => ({ alternative, slot: index })),
    );
    if (alternatives.length === 0 || wanted <= 0) return [];
    const stamp = this.nextStamp();
    const top = new TopK(wanted);
    const cursors = new Int32Array(alternatives.length);
    const slotBest = new Float64Array(slots.length);
    const { generation } = context;
    const seen = this.seen;
    for (;;) {
      // The bound on anyone not seen yet, and the list whose next posting could add most.
      slotBest.fill(0);
      let pick = -1;
      let pickBound = 0;
      for (let a = 0; a < alternatives.length; a++) {
        const { alternative, slot } = alternatives[a]!;
        const cursor = cursors[a] as number;
        if (cursor >= alternative.list.length) continue;
        // Computed exactly as the exact score is, so equal impacts give equal numbers and ties end the walk.
        const bound = alternative.weight * ((alternative.list.impacts[cursor] as number) / IMPACT_SCALE);
        if (bound > (slotBest[slot] as number)) slotBest[slot] = bound;
        if (bound > pickBound) {
          pick = a;
          pickBound = bound;
        }
      }
      if (pick < 0) break;
      let threshold = 0;
      for (let s = 0; s < slotBest.length; s++) threshold += slotBest[s] as number;
      if (top.full && top.floor >= threshold) break;
      const list = alternatives[pick]!.alternative.list;
      const i = cursors[pick] as number;
      cursors[pick] = i + 1;
      const doc = list.docs[i] as number;
      if (list.generations[i] !== generation[doc] || seen[doc] === stamp) continue;
      seen[doc] = stamp;
      if (context.accepts(doc)) top.offer(context.score(doc), doc);
    }
    return top.drain();
  }

  /** Everyone matching several slots: the total, and the `wanted` best, best first. */
  gather(
    slots: readonly PlanSlot[],
    wanted: number,
    context: RetrievalContext,
  ): { total: number; ranked: Ranked[] } {
    const total = this.accumulate(slots, context);
    return { total, ranked: wanted > 0 ? this.select(total, wanted, context) : [] };
  }

  // One pass over every list: accepted people in `accepted`, their bounds in `bound`. Per slot, the best
  // alternative counts; slots add up in order, as in the exact score.
  private accumulate(slots: readonly PlanSlot[], context: RetrievalContext): number {
    const stamp = this.nextStamp();
    const { generation } = context;
    const { seen, bound, accepted } = this;
    let total = 0;
    for (const slot of slots) {
      const slotStamp = this.nextSlotStamp();
      let touched = 0;
      for (const { list, weight } of slot.alternatives) {
        const { docs, generations, impacts } = list;
        for (let i = 0; i < list.length; i++) {
          const doc = docs[i] as number;
          if (generations[i] !== generation[doc]) continue;
          if (seen[doc] !== stamp) {
            seen[doc] = stamp;
            if (context.accepts(doc)) {
              bound[doc] = 0;
              accepted[total++] = doc;
            } else {
              bound[doc] = -1;
            }
          }
          if ((bound[doc] as number) < 0) continue;
          const value = weight * ((impacts[i] as number) / IMPACT_SCALE);
          if (this.slotSeen[doc] !== slotStamp) {
            this.slotSeen[doc] = slotStamp;
            this.slotValue[doc] = value;
            this.slotTouched[touched++] = doc;
          } else if (value > (this.slotValue[doc] as number)) {
            this.slotValue[doc] = value;
          }
        }
      }
      for (let t = 0; t < touched; t++) {
        const doc = this.slotTouched[t] as number;
        bound[doc] = (bound[doc] as number) + (this.slotValue[doc] as number);
      }
    }
    return total;
  }

  // Takes people by their bound, highest first (a max-heap over `accepted`), and scores them exactly until the
  // k-th best score reaches the highest bound left.
  private select(count: number, wanted: number, context: RetrievalContext): Ranked[] {
    const heap = this.accepted;
    const bound = this.bound;
    for (let i = (count >> 1) - 1; i >= 0; i--) siftDown(heap, bound, i, count);
    const top = new TopK(wanted < count ? wanted : count);
    let size = count;
    while (size > 0) {
      const doc = heap[0] as number;
      if (top.full && top.floor >= (bound[doc] as number)) break;
      size--;
      heap[0] = heap[size] as number;
      siftDown(heap, bound, 0, size);
      top.offer(context.score(doc), doc);
    }
    return top.drain();
  }

  // Stamps mark "seen in this query" without clearing arrays. Starting over leaves room for one query's slots.
  private nextStamp(): number {
    if (this.stamp >= 0xfff00000) {
      this.stamp = 0;
      this.seen.fill(0);
      this.slotSeen.fill(0);
    }
    return ++this.stamp;
  }

  // Slot stamps come from the same counter, so they never equal an earlier one.
  private nextSlotStamp(): number {
    return ++this.stamp;
  }
}

function siftDown(heap: Int32Array, bound: Float64Array, start: number, size: number): void {
  let i = start;
  const doc = heap[i] as number;
  const key = bound[doc] as number;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size && (bound[heap[right] as number] as number) > (bound[heap[left] as number] as number))
      child = right;
    if ((bound[heap[child] as number] as number) <= key) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = doc;
}
