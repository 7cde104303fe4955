// Dutch and English analysis: Orama's Snowball stemmers and stop-word lists.
//
// Orama's packages declare ESM types first, so a CommonJS module compiled under node16 may not import them
// statically (TS1479), although their CommonJS builds load fine through the "require" export condition in Node,
// Jest and webpack alike. Types come from type-only imports; the values through require.
import type * as DutchStemmer from '@orama/stemmers/dutch' with { 'resolution-mode': 'import' };
import type * as EnglishStemmer from '@orama/stemmers/english' with { 'resolution-mode': 'import' };
import type * as DutchStopWords from '@orama/stopwords/dutch' with { 'resolution-mode': 'import' };
import type * as EnglishStopWords from '@orama/stopwords/english' with { 'resolution-mode': 'import' };

declare const require: (id: string) => unknown;

const dutchStemmer = (require('@orama/stemmers/dutch') as typeof DutchStemmer).stemmer;
const englishStemmer = (require('@orama/stemmers/english') as typeof EnglishStemmer).stemmer;
const dutchStopWords = (require('@orama/stopwords/dutch') as typeof DutchStopWords).stopwords;
const englishStopWords = (require('@orama/stopwords/english') as typeof EnglishStopWords).stopwords;

const STOP_WORDS: ReadonlySet<string> = new Set([...dutchStopWords, ...englishStopWords]);
const DUTCH_ONLY: ReadonlySet<string> = new Set(dutchStopWords.filter((w) => !englishStopWords.includes(w)));
const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  englishStopWords.filter((w) => !dutchStopWords.includes(w)),
);

// Words that say how someone asks, not what they ask about: "wie weet iets van glasvezel", "who knows about
// fiber sales", "ik zoek een expert op het gebied van 5G". Dropped from queries only; profiles keep them.
const DUTCH_QUERY_NOISE = [
  'wie',
  'weet',
  'weten',
  'kent',
  'kennen',
  'iemand',
  'iets',
  'collega',
  'collegas',
  'zoek',
  'zoeken',
  'gezocht',
  'expert',
  'experts',
  'expertise',
  'deskundige',
  'deskundigen',
  'kenner',
  'ervaring',
  'ervaren',
  'verstand',
  'kennis',
  'helpen',
  'hulp',
  'vraag',
  'vragen',
  'gebied',
  'goed',
  'veel',
  'mensen',
  'persoon',
  'graag',
  'vind',
  'vinden',
  'heeft',
  'hebben',
  'welke',
  'waar',
];
const ENGLISH_QUERY_NOISE = [
  'who',
  'whom',
  'knows',
  'know',
  'knowing',
  'knowledge',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'colleague',
  'colleagues',
  'expert',
  'experts',
  'expertise',
  'experienced',
  'experience',
  'find',
  'looking',
  'look',
  'need',
  'needs',
  'help',
  'people',
  'person',
  'good',
  'great',
  'please',
  'anything',
  'something',
  'familiar',
  'skilled',
  'field',
  'area',
];
const QUERY_NOISE: ReadonlySet<string> = new Set([...DUTCH_QUERY_NOISE, ...ENGLISH_QUERY_NOISE]);
const DUTCH_HINTS: ReadonlySet<string> = new Set([...DUTCH_ONLY, ...DUTCH_QUERY_NOISE]);
const ENGLISH_HINTS: ReadonlySet<string> = new Set([...ENGLISH_ONLY, ...ENGLISH_QUERY_NOISE]);

// Words nearly every profile uses to frame the rest ("ik werk al 10 jaar ...", "I joined in 2015"): not worth a
// free-text posting each. They still count inside skill names and Dutch compounds.
const PROFILE_BOILERPLATE: ReadonlySet<string> = new Set([
  'werk',
  'werken',
  'werkt',
  'gewerkt',
  'werkzaam',
  'jaar',
  'jaren',
  'sinds',
  'vanuit',
  'daarvoor',
  'daarna',
  'momenteel',
  'huidige',
  'collega',
  'collegas',
  'ervaring',
  'ervaringen',
  'vrije',
  'tijd',
  'houd',
  'hou',
  'graag',
  'leuk',
  'bezig',
  'vaak',
  'binnen',
  'buiten',
  'verder',
  'functie',
  'rol',
  'dagelijks',
  'kantoor',
  'work',
  'works',
  'working',
  'worked',
  'year',
  'years',
  'since',
  'currently',
  'current',
  'colleague',
  'colleagues',
  'experience',
  'free',
  'time',
  'love',
  'enjoy',
  'based',
  'office',
  'joined',
  'role',
  'daily',
  'outside',
  'also',
]);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

export function isQueryNoise(term: string): boolean {
  return QUERY_NOISE.has(term) || PROFILE_BOILERPLATE.has(term);
}

/** A word too common in profiles to index as free text (it still counts in skill names). */
export function isBoilerplate(term: string): boolean {
  return PROFILE_BOILERPLATE.has(term);
}

/** +1 for a word only Dutch uses this way, -1 for English, 0 when it says nothing about the language. */
export function languageHint(term: string): number {
  if (DUTCH_HINTS.has(term)) return ENGLISH_HINTS.has(term) ? 0 : 1;
  return ENGLISH_HINTS.has(term) ? -1 : 0;
}

const DIGIT = /\d/;
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

/**
 * The key a word is indexed and looked up under: the Dutch stem, then the English stem of that, so that
 * "netwerken", "netwerk", "networks" and "network" meet where the languages allow. Both sides of every
 * comparison (profile and query, vocabulary and text) use this same function, so the composition is safe.
 * Short words and words with digits ("5g", "b2b", "ran") are kept as they are.
 */
export function termKey(word: string): string {
  if (word.length <= 3 || DIGIT.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const key = englishStemmer(dutchStemmer(word));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, key.length >= 2 ? key : word);
  return key.length >= 2 ? key : word;
}
