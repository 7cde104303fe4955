// Text normalisation shared by indexing, querying and validation. No Math.*, no per-character callbacks in loops
// that run per profile: this code runs for every field of every profile when the index is built.

const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;
const SPACES = /\s+/gu;

const NEEDS_CLEANING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\s\s|^\s|\s$|[^\S ]/u;

/** Replaces control and format characters (including zero-width and bidi overrides) by spaces and trims. */
export function cleanText(text: string): string {
  return NEEDS_CLEANING.test(text) ? text.replace(CONTROL, ' ').replace(SPACES, ' ').trim() : text;
}

const TAGS = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#\d+|#x[\da-f]+|[a-z]+);/gi;

/** Profile texts such as aboutMe may be rich text: tags become spaces and common entities characters. */
export function plainText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  return html.replace(TAGS, ' ').replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeChar(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeChar(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeChar(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

const MARKS = /\p{M}+/gu;
const ASCII = /^[\u0020-\u007e]*$/; // printable ASCII: nothing to decompose
// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};
const UNDECOMPOSED_RE = /[ßæøœłđıþ]/g;
const APOSTROPHES = /['’‘`´]/g;

/** Lower case without diacritics: "Géén Ĳsselmeer" → "geen ijsselmeer". */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const lower = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return UNDECOMPOSED_RE.test(lower) ? lower.replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c) : lower;
}

// Names whose punctuation carries the meaning; rewritten before tokenising so "C#" does not become "c".
const SPECIAL_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[^\p{L}\p{N}])c#(?![\p{L}\p{N}])/gu, '$1csharp'],
  [/(^|[^\p{L}\p{N}])f#(?![\p{L}\p{N}])/gu, '$1fsharp'],
  [/(^|[^\p{L}\p{N}])c\+\+(?![\p{L}\p{N}])/gu, '$1cplusplus'],
  [/(^|[^\p{L}\p{N}])asp\.net(?![\p{L}\p{N}])/gu, '$1aspnet'],
  [/(^|[^\p{L}\p{N}.])\.net(?![\p{L}\p{N}])/gu, '$1dotnet'],
];
const HAS_SPECIAL = /[#+]|\.net/;

/** A word as written, and its parts when it is a hyphenated or slashed compound ("ftth-netwerken"). */
export interface Word {
  readonly whole: string;
  /** The parts in order; `[whole]` for a simple word. */
  readonly parts: readonly string[];
  /** The word as written, case kept, for spellings that only count in capitals ("RAN", "SAFe"); '' if unknown. */
  readonly original: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-/._&+][\p{L}\p{N}]+)*/gu;
const JOINERS = /[-/._&+]/;
const JOINERS_G = /[-/._&+]+/g;

/** Splits text into words: Unicode letters and digits, compounds joined by - / . _ & + kept with their parts. */
export function words(text: string): Word[] {
  const source = text.replace(APOSTROPHES, '');
  let folded = fold(source);
  if (HAS_SPECIAL.test(folded)) for (const [re, to] of SPECIAL_NAMES) folded = folded.replace(re, to);
  // Folding keeps the length for ASCII and precomposed Latin letters; when it did not, capitals are not looked up.
  const originalSource = folded.length === source.length ? source : '';
  const result: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    const whole = match[0];
    const parts = JOINERS.test(whole) ? whole.split(JOINERS_G) : [whole];
    const original =
      originalSource === '' ? '' : originalSource.slice(match.index, match.index + whole.length);
    result.push({ whole, parts, original });
  }
  return result;
}
