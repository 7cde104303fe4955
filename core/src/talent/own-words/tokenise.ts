// How people's own words become searchable terms, the same way on both sides (profile and query).
//
// A word is searched by its term key (termKey: Dutch then English stem; words with digits as they are). A word
// joined by hyphens, slashes or dots ("OTDR-metingen", "S/4HANA", "3.1", "NIS2-richtlijn") is findable as a whole
// ("otdrmetingen", "s4hana", "31") and by each part of two or more characters ("otdr", "metingen", "4hana").
import { isQueryNoise, isStopWord, termKey } from '../text/language';
import { cleanText, plainText, words, type Word } from '../text/normalise';

/** One searchable term in a text, with the word it came from as written (for quoting it back). */
export interface TextTerm {
  /** The term key postings are kept under. */
  readonly key: string;
  /** The folded surface form, for prefix and typo lookups. */
  readonly surface: string;
  /** Position of the word it came from in the text, counting words. */
  readonly position: number;
  /** The word as the person wrote it, capitals kept ("LoRaWAN"), when known. */
  readonly written?: string;
}

const CACHE_LIMIT = 50_000;
const CACHE_MAX_LENGTH = 64;
// Skills, job titles, departments and interests repeat from person to person: short texts are read once. Two
// generations, so what is still in use survives when the cache fills up.
let recent = new Map<string, readonly TextTerm[]>();
let previous = new Map<string, readonly TextTerm[]>();

/** The terms of a profile text, stop words left out; a joined word gives its whole and its parts. */
export function profileTerms(text: string): readonly TextTerm[] {
  if (text.length > CACHE_MAX_LENGTH) return read(text);
  const known = recent.get(text);
  if (known !== undefined) return known;
  const terms = previous.get(text) ?? read(text);
  if (recent.size >= CACHE_LIMIT) {
    previous = recent;
    recent = new Map();
  }
  recent.set(text, terms);
  return terms;
}

function read(text: string): readonly TextTerm[] {
  return termsOf(words(cleanText(plainText(text))), isStopWord);
}

/** A query word: its whole key and, for joined words, the keys of its parts as a fallback. */
export interface QueryWord {
  /** The whole word as typed, folded, joiners kept ("s/4hana"), for the interpretation. */
  readonly text: string;
  readonly whole: TextTerm;
  readonly parts: readonly TextTerm[];
}

/**
 * The words of a query that say what is asked about: stop words and "who knows about" words left out, unless
 * they are part of a skill's name (`kept`: "field" in "field service").
 */
export function queryWords(text: string, kept: ReadonlySet<string> = new Set()): QueryWord[] {
  const result: QueryWord[] = [];
  const all = words(cleanText(text));
  const isNoise = (term: string) => !kept.has(term) && (isStopWord(term) || isQueryNoise(term));
  all.forEach((word, position) => {
    const terms = termsOf([word], isNoise, position);
    const whole = terms[0];
    if (whole === undefined) return;
    result.push({ text: word.whole, whole, parts: terms.slice(1) });
  });
  return result;
}

function termsOf(list: readonly Word[], isNoise: (term: string) => boolean, offset = 0): TextTerm[] {
  const terms: TextTerm[] = [];
  list.forEach((word, index) => {
    const position = offset + index;
    if (word.parts.length === 1) {
      if (!isNoise(word.whole)) terms.push(termOf(word.whole, position, word.original));
      return;
    }
    const joined = word.parts.join('');
    terms.push(termOf(joined, position));
    for (const part of word.parts)
      if (part.length >= 2 && part !== joined && !isNoise(part)) terms.push(termOf(part, position));
  });
  return terms;
}

function termOf(surface: string, position: number, written = ''): TextTerm {
  const term = { key: termKey(surface), surface, position };
  return written === '' || written === surface ? term : { ...term, written };
}

/** Two words as one term, the way Dutch writes them ("project" + "management" → "projectmanagement"). */
export function joinedTerm(first: string, second: string, position: number): TextTerm {
  return termOf(first + second, position);
}
