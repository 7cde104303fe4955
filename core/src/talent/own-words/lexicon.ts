// Every word people wrote, for finding terms by what was typed: exactly, by prefix ("zigbe" → "zigbee") and with
// typos (Damerau–Levenshtein: "pyhton" → "python" is one edit). Words map to term keys; postings are by key.
import { editDistance } from '../text/edit-distance';

/** A term found for a typed word, and how it was found. */
export interface TermMatch {
  readonly term: number;
  readonly surface: string;
  readonly via: 'exact' | 'prefix' | 'typo';
  /** How people write it, capitals kept ("Python"), for showing it back. */
  readonly written: string;
  /** 1 for the word itself; less for a prefix (by how much is missing) or a typo (by edits). */
  readonly closeness: number;
}

const PENDING_LIMIT = 2048;
const MIN_PREFIX = 3;
const MAX_PREFIX_TERMS = 24;
const MIN_TYPO_LENGTH = 4;
const LONG_WORD = 8;
const MAX_TYPO_TERMS = 3;
const TYPO_CLOSENESS = [1, 0.7, 0.5];

export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly surfaces = new Map<string, number>();
  // The first way someone wrote a surface with capitals ("python" → "Python"), for "Did you mean".
  private readonly writtenAs = new Map<string, string>();
  // Surfaces in sorted order for prefix lookups; new ones wait in `pending` until there are enough to merge.
  private sorted: string[] = [];
  private pending: string[] = [];
  // Surfaces by length and first letter, for typo lookups.
  private readonly buckets = new Map<string, string[]>();

  get size(): number {
    return this.keys.length;
  }

  keyOf(term: number): string {
    return this.keys[term] as string;
  }

  /** The term number of a key, made when new. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  termOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Remembers a word as written (folded, and with its capitals) for prefix and typo lookups. */
  addSurface(surface: string, term: number, written?: string): void {
    if (this.surfaces.has(surface)) return;
    if (written !== undefined) this.writtenAs.set(surface, written);
    this.surfaces.set(surface, term);
    this.pending.push(surface);
    const bucket = bucketKey(surface.length, surface.charCodeAt(0));
    let list = this.buckets.get(bucket);
    if (list === undefined) this.buckets.set(bucket, (list = []));
    list.push(surface);
  }

  /**
   * Terms for a typed word: its own term (by key or as written); when nobody wrote it, for words of three letters
   * or more, the terms of longer words that start with it ("zigbe" → "zigbee"). A word people use is not read as
   * the start of others: "service" is not "servicenow". Typos only when nothing matched (see `typos`).
   */
  lookup(key: string, surface: string, isLive: (term: number) => boolean): TermMatch[] {
    const own = this.ids.get(key) ?? this.surfaces.get(surface);
    if (own !== undefined && isLive(own))
      return [{ term: own, surface, via: 'exact', closeness: 1, written: this.writtenOf(surface) }];
    const found = new Map<number, TermMatch>();
    if (surface.length >= MIN_PREFIX) this.addPrefixed(surface, found, isLive);
    return [...found.values()];
  }

  /** Words within one edit (two for long words) of the typed word that someone has, the closest first. */
  typos(
    surface: string,
    isLive: (term: number) => boolean,
    peopleWith: (term: number) => number,
  ): TermMatch[] {
    if (surface.length < MIN_TYPO_LENGTH) return [];
    const max = surface.length >= LONG_WORD ? 2 : 1;
    const matches: Array<TermMatch & { distance: number }> = [];
    const seen = new Set<number>();
    for (const first of firstLetters(surface))
      for (let length = surface.length - max; length <= surface.length + max; length++)
        for (const candidate of this.buckets.get(bucketKey(length, first)) ?? []) {
          const distance = editDistance(surface, candidate, max);
          const term = this.surfaces.get(candidate) as number;
          if (distance === 0 || distance > max || seen.has(term) || !isLive(term)) continue;
          seen.add(term);
          const closeness = TYPO_CLOSENESS[distance] as number;
          matches.push({
            term,
            surface: candidate,
            via: 'typo',
            closeness,
            distance,
            written: this.writtenOf(candidate),
          });
        }
    matches.sort((a, b) => a.distance - b.distance || peopleWith(b.term) - peopleWith(a.term));
    const best = matches[0]?.distance;
    return matches.filter((m) => m.distance === best).slice(0, MAX_TYPO_TERMS);
  }

  private addPrefixed(
    prefix: string,
    found: Map<number, TermMatch>,
    isLive: (term: number) => boolean,
  ): void {
    // A bulk load merges once, at the first lookup; a few words from later upserts are scanned as they are.
    if (this.pending.length > PENDING_LIMIT) this.merge();
    for (const surface of this.pending)
      if (surface.startsWith(prefix)) this.addPrefix(prefix, surface, found, isLive);
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    let added = 0;
    for (let i = low; i < this.sorted.length && added < MAX_PREFIX_TERMS; i++) {
      const surface = this.sorted[i] as string;
      if (!surface.startsWith(prefix)) break;
      if (this.addPrefix(prefix, surface, found, isLive)) added++;
    }
  }

  private addPrefix(
    prefix: string,
    surface: string,
    found: Map<number, TermMatch>,
    isLive: (term: number) => boolean,
  ): boolean {
    const term = this.surfaces.get(surface) as number;
    if (surface === prefix || found.has(term) || !isLive(term)) return false;
    // "air" says less about "airflow" than "airflo" does.
    found.set(term, {
      term,
      surface,
      written: this.writtenOf(surface),
      via: 'prefix',
      closeness: 0.5 + (0.4 * prefix.length) / surface.length,
    });
    return true;
  }

  private writtenOf(surface: string): string {
    return this.writtenAs.get(surface) ?? surface;
  }

  private merge(): void {
    if (this.pending.length === 0) return;
    this.sorted = this.sorted.concat(this.pending).sort();
    this.pending = [];
  }
}

function bucketKey(length: number, firstLetter: number): string {
  return `${length}:${firstLetter}`;
}

// A typo in the first letter is rare, a swap of the first two is not ("ypthon"): look under both letters.
function firstLetters(surface: string): number[] {
  const first = surface.charCodeAt(0);
  const second = surface.charCodeAt(1);
  return first === second ? [first] : [first, second];
}
