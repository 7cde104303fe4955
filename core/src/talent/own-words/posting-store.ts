// Posting lists for many terms in few objects: an index of 100,000 people has hundreds of thousands of terms, and
// a typed array per term would cost more in object headers than in postings. A bulk load is packed into one
// array per column (compressed rows, by term); later writes go to small per-term overflow arrays until they
// outgrow a share of the packed part, when everything is packed again. A posting carries the generation of the
// person it belongs to: an upsert or removal bumps the person's generation, and older postings are skipped.

const FLOATS_PER_OVERFLOW = 3;
const EMPTY_RANGE = { from: 0, to: 0 };
const REPACK_SHARE = 0.25;
const MIN_REPACK = 4096;

/** Visits one live posting: the person's number and the stored weight. */
export type PostingVisitor = (doc: number, weight: number) => void;

export class PostingStore {
  private start = new Int32Array(1);
  private docs = new Int32Array(0);
  private generations = new Int32Array(0);
  private weights = new Float32Array(0);
  private readonly overflow = new Map<number, number[]>();
  private overflowCount = 0;
  /** Live postings per term (people who have it): the document frequency. */
  private frequency = new Int32Array(64);

  /** Number of people with this term now. */
  peopleWith(term: number): number {
    return term < this.frequency.length ? (this.frequency[term] as number) : 0;
  }

  /** Adds a posting; the caller bumps and passes the person's current generation. */
  add(term: number, doc: number, generation: number, weight: number): void {
    let list = this.overflow.get(term);
    if (list === undefined) this.overflow.set(term, (list = []));
    // Stored as the packed arrays will hold it, so a person scores the same before and after a repack.
    list.push(doc, generation, Math.fround(weight));
    this.overflowCount++;
    this.count(term, 1);
  }

  /** A person's posting for a term went stale (their generation moved on): it no longer counts. */
  forget(term: number): void {
    this.count(term, -1);
  }

  /**
   * The packed postings of a term, as ranges of the shared arrays, and its overflow (flat: doc, generation,
   * weight). For the scorer's inner loop, which visits tens of thousands of postings per broad query.
   */
  packed(term: number): { from: number; to: number } {
    if (term + 1 >= this.start.length) return EMPTY_RANGE;
    return { from: this.start[term] as number, to: this.start[term + 1] as number };
  }

  get columns(): { docs: Int32Array; generations: Int32Array; weights: Float32Array } {
    return { docs: this.docs, generations: this.generations, weights: this.weights };
  }

  overflowOf(term: number): readonly number[] | undefined {
    return this.overflow.get(term);
  }

  /** Visits the live postings of a term, given everyone's current generation. */
  forEach(term: number, live: Int32Array, visit: PostingVisitor): void {
    const { docs, generations, weights } = this;
    if (term + 1 < this.start.length) {
      const end = this.start[term + 1] as number;
      for (let i = this.start[term] as number; i < end; i++) {
        const doc = docs[i] as number;
        if (live[doc] === generations[i]) visit(doc, weights[i] as number);
      }
    }
    const extra = this.overflow.get(term);
    if (extra === undefined) return;
    for (let i = 0; i < extra.length; i += FLOATS_PER_OVERFLOW) {
      const doc = extra[i] as number;
      if (live[doc] === extra[i + 1]) visit(doc, extra[i + 2] as number);
    }
  }

  /** Packs when the overflow has grown large; `terms` is the number of terms known. */
  maybePack(terms: number, live: Int32Array): void {
    if (this.overflowCount < MIN_REPACK || this.overflowCount < this.docs.length * REPACK_SHARE) return;
    this.pack(terms, live);
  }

  /** Packs every live posting, by term, into the compressed arrays; stale postings are dropped. */
  pack(terms: number, live: Int32Array): void {
    const start = new Int32Array(terms + 1);
    for (let term = 0; term < terms; term++)
      start[term + 1] = (start[term] as number) + this.peopleWith(term);
    const total = start[terms] as number;
    const docs = new Int32Array(total);
    const generations = new Int32Array(total);
    const weights = new Float32Array(total);
    const next = start.slice(0, terms);
    for (let term = 0; term < terms; term++) {
      this.forEach(term, live, (doc, weight) => {
        const at = next[term] as number;
        docs[at] = doc;
        generations[at] = live[doc] as number;
        weights[at] = weight;
        next[term] = at + 1;
      });
    }
    Object.assign(this, { start, docs, generations, weights });
    this.overflow.clear();
    this.overflowCount = 0;
  }

  /** Bytes held in typed arrays, for the bench. */
  get bytes(): number {
    return (
      this.start.byteLength + this.docs.byteLength * 2 + this.weights.byteLength + this.frequency.byteLength
    );
  }

  private count(term: number, delta: number): void {
    if (term >= this.frequency.length) {
      let size = this.frequency.length;
      while (size <= term) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.frequency);
      this.frequency = grown;
    }
    this.frequency[term] = (this.frequency[term] as number) + delta;
  }
}
