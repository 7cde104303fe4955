import { SENTENCE_END, seniorityOf, sentenceSignals } from '../concepts/person-reading';
import type { ExpertiseProfile } from '../profile';
import { experienceBoost } from '../ranking';
import { plainText } from '../text/normalise';
import { DEFAULT_AVERAGE_LENGTH, TEXT_FIELDS, normalisedFrequency, saturate, type TextField } from './bm25';
import { joinedTerm, profileTerms, type TextTerm } from './tokenise';

export type FieldLengths = Record<TextField, number>;

/** A profile's fields as texts: list fields as their entries, in the order the person wrote them. */
export function fieldEntries(profile: ExpertiseProfile, field: TextField): readonly string[] {
  const value = profile[field];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  return value.filter((entry): entry is string => typeof entry === 'string' && entry !== '');
}

/** Terms of each entry of a field. */
export function entryTerms(profile: ExpertiseProfile, field: TextField): ReadonlyArray<readonly TextTerm[]> {
  return fieldEntries(profile, field).map(profileTerms);
}

/** A person's own words as postings: one weight per term key (BM25F's saturated frequency), keys sorted. */
export interface OwnWords {
  readonly keys: readonly string[];
  readonly weights: readonly number[];
  /** Every term read, for the words as written (folded) that prefix and typo lookups search. */
  readonly terms: readonly TextTerm[];
}

export function readOwnWords(profile: ExpertiseProfile, averages: FieldLengths): OwnWords {
  const frequency = new Map<string, number>();
  const all: TextTerm[] = [];
  for (const field of TEXT_FIELDS) {
    const entries = entryTerms(profile, field);
    let length = 0;
    const counts = new Map<string, number>();
    for (const terms of entries) {
      length += terms.length;
      count(terms, counts, all);
      // Adjacent words also count joined ("project management" as "projectmanagement"), so a query meets them
      // however the two were written; they do not lengthen the field.
      if (field !== 'aboutMe') count(adjacentPairs(terms), counts, all);
    }
    for (const [key, tf] of counts) {
      const normalised = normalisedFrequency(field, tf, length, averages[field]);
      frequency.set(key, (frequency.get(key) ?? 0) + normalised);
    }
  }
  const bonus = statementBonus(profile);
  const keys = [...frequency.keys()].sort();
  const weights = keys.map((key) =>
    Math.max(MIN_WEIGHT, saturate(frequency.get(key) as number) + (bonus.get(key) ?? 0)),
  );
  return { keys, weights, terms: all };
}

function count(terms: readonly TextTerm[], counts: Map<string, number>, all: TextTerm[]): void {
  for (const term of terms) {
    counts.set(term.key, (counts.get(term.key) ?? 0) + 1);
    all.push(term);
  }
}

const MIN_WEIGHT = 0.05;

/**
 * What people say about their words, as boosts on them (bm25.ts): years stated in the same aboutMe sentence
 * ("7 jaar ervaring met requirements analysis"), "my speciality is …" or "I am learning …", and for declared
 * skills the seniority of the job title. The concept layer reads the same signals for the skills it knows.
 */
function statementBonus(profile: ExpertiseProfile): Map<string, number> {
  const bonus = new Map<string, number>();
  const seniority = seniorityOf(profile.jobTitle);
  if (seniority !== 0)
    for (const entry of fieldEntries(profile, 'skills'))
      for (const term of profileTerms(entry)) bonus.set(term.key, seniority);
  const aboutMe = profile.aboutMe ? plainText(profile.aboutMe) : '';
  for (const sentence of aboutMe.split(SENTENCE_END)) {
    const { years, cue } = sentenceSignals(sentence);
    const said = experienceBoost(years) + cue;
    if (said === 0) continue;
    for (const term of profileTerms(sentence)) bonus.set(term.key, (bonus.get(term.key) ?? 0) + said);
  }
  return bonus;
}

// Entries' terms are shared from tokenise.ts's cache, so their pairs can be kept with them.
const pairsOf = new WeakMap<readonly TextTerm[], readonly TextTerm[]>();

/** Each two neighbouring words of an entry, joined, as one term: the first term of each word position. */
function adjacentPairs(terms: readonly TextTerm[]): readonly TextTerm[] {
  const known = pairsOf.get(terms);
  if (known !== undefined) return known;
  const pairs = joinNeighbours(terms);
  pairsOf.set(terms, pairs);
  return pairs;
}

function joinNeighbours(terms: readonly TextTerm[]): TextTerm[] {
  const pairs: TextTerm[] = [];
  let previous: TextTerm | undefined;
  for (const term of terms) {
    if (previous !== undefined && term.position === previous.position) continue;
    if (previous !== undefined && term.position === previous.position + 1)
      pairs.push(joinedTerm(previous.surface, term.surface, previous.position));
    previous = term;
  }
  return pairs;
}

/** Average number of terms per field over some profiles (empty fields count as absent, not as zero). */
export function averageLengths(profiles: Iterable<ExpertiseProfile>): FieldLengths {
  const sums = { ...DEFAULT_AVERAGE_LENGTH };
  const counts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, 1])) as FieldLengths;
  for (const profile of profiles)
    for (const field of TEXT_FIELDS) {
      const length = entryTerms(profile, field).reduce((sum, terms) => sum + terms.length, 0);
      if (length === 0) continue;
      sums[field] += length;
      counts[field] += 1;
    }
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, sums[field] / counts[field]])) as FieldLengths;
}
