/**
 * The k best (score, doc) pairs seen so far, as a binary min-heap on typed arrays. Ties go to the pair seen
 * first, which makes early termination exact: once the worst kept score reaches the bound on everything
 * unseen, nothing unseen can displace anything kept.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly docs: Int32Array;
  private readonly order: Int32Array;
  private count = 0;
  private seen = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.docs = new Int32Array(capacity);
    this.order = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** The worst score kept; only meaningful when full. */
  get floor(): number {
    return this.scores[0] as number;
  }

  offer(score: number, doc: number): void {
    const order = this.seen++;
    if (this.count < this.capacity) {
      this.siftUp(this.count++, score, doc, order);
    } else if (score > (this.scores[0] as number)) {
      this.siftDown(score, doc, order);
    }
  }

  /** Best first: score descending, then first seen. */
  drain(): Array<{ doc: number; score: number }> {
    const result: Array<{ doc: number; score: number; order: number }> = [];
    for (let i = 0; i < this.count; i++) {
      result.push({
        doc: this.docs[i] as number,
        score: this.scores[i] as number,
        order: this.order[i] as number,
      });
    }
    result.sort((a, b) => b.score - a.score || a.order - b.order);
    return result.map(({ doc, score }) => ({ doc, score }));
  }

  // "Worse" = lower score, or the same score seen later.
  private worse(i: number, score: number, order: number): boolean {
    const other = this.scores[i] as number;
    return other < score || (other === score && (this.order[i] as number) > order);
  }

  private siftUp(at: number, score: number, doc: number, order: number): void {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.worse(parent, score, order)) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(i, score, doc, order);
  }

  private siftDown(score: number, doc: number, order: number): void {
    let i = 0;
    const count = this.count;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= count) break;
      const right = left + 1;
      let child = left;
      if (right < count && this.worse(right, this.scores[left] as number, this.order[left] as number))
        child = right;
      if (!this.worse(child, score, order)) break;
      this.move(child, i);
      i = child;
    }
    this.place(i, score, doc, order);
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from] as number;
    this.docs[to] = this.docs[from] as number;
    this.order[to] = this.order[from] as number;
  }

  private place(i: number, score: number, doc: number, order: number): void {
    this.scores[i] = score;
    this.docs[i] = doc;
    this.order[i] = order;
  }
}
