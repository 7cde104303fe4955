// BM25F over people's own words, and how the concept layer and the boosts sit beside it. One place, so the
// formula can be read, tested as properties (ranking.test) and explained.
//
//   tf~(person, term) = Σ over fields  w_f × tf_f / (1 - b_f + b_f × len_f / avglen_f)
//   words(person, query) = Σ over query words  max over its terms  closeness × idf(term) × tf~ (k1 + 1) / (tf~ + k1)
//   concepts(person, query) = CONCEPT_SHARE × Σ over skills read from the query  max  confidence × idf(skill) × impact
//   score = (words + concepts) × coverage × open-to-questions factor
//   coverage = COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) × (query words matched / query words)
//
// `impact` is the concept layer's query-independent strength of a skill for a person (ranking.ts): the fields that
// name it, stated years, expert cues, seniority and endorsements. Job title and department weigh little as words:
// they say what someone's role is, not what they wrote about their expertise.
import type { ProfileField } from '../profile';

export type TextField = Exclude<ProfileField, 'languages'>;

export const TEXT_FIELDS: readonly TextField[] = [
  'skills',
  'responsibilities',
  'pastProjects',
  'aboutMe',
  'interests',
  'jobTitle',
  'department',
];

export const FIELD_BOOST: Readonly<Record<TextField, number>> = {
  skills: 1,
  responsibilities: 0.8,
  pastProjects: 0.75,
  aboutMe: 0.6,
  interests: 0.3,
  jobTitle: 0.3,
  department: 0.15,
};

/** Length normalisation per field: lists of short entries less than running text. */
export const FIELD_B: Readonly<Record<TextField, number>> = {
  skills: 0.5,
  responsibilities: 0.5,
  pastProjects: 0.5,
  aboutMe: 0.75,
  interests: 0.5,
  jobTitle: 0.3,
  department: 0.3,
};

/** Average field lengths (in terms) before any bulk load has measured them. */
export const DEFAULT_AVERAGE_LENGTH: Readonly<Record<TextField, number>> = {
  skills: 12,
  responsibilities: 8,
  pastProjects: 8,
  aboutMe: 30,
  interests: 4,
  jobTitle: 3,
  department: 2,
};

export const K1 = 1.2;
/** The concept layer is a second source of recall: below what people wrote in the query's own words. */
export const CONCEPT_SHARE = 2.5;
export const COVERAGE_FLOOR = 0.35;
/**
 * A query word covered only through the concept layer, when the query used an alias of the skill (the person
 * wrote another name for it), counts this much of a word covered in the person's own words: an explicit
 * statement of the query beats a concept match. A query that names the skill by its label covers fully.
 */
export const CONCEPT_COVERAGE = 0.5;

export function idf(people: number, withTerm: number): number {
  return Math.log(1 + (people - withTerm + 0.5) / (withTerm + 0.5));
}

/** BM25's saturation of a (field-weighted, length-normalised) term frequency. */
export function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}

/**
 * Shorter than half the average counts as half the average: BM25 would make a one-line about-me that mentions a
 * word in passing ("ik heb ooit een workshop over Kubernetes gevolgd") weigh as much as a declared skill.
 */
export const MIN_LENGTH_RATIO = 0.5;

export function normalisedFrequency(field: TextField, tf: number, length: number, average: number): number {
  const b = FIELD_B[field];
  const ratio = length / (average > 0 ? average : 1);
  return (FIELD_BOOST[field] * tf) / (1 - b + b * (ratio > MIN_LENGTH_RATIO ? ratio : MIN_LENGTH_RATIO));
}

export function coverage(matched: number, words: number): number {
  return words === 0 ? 1 : COVERAGE_FLOOR + ((1 - COVERAGE_FLOOR) * matched) / words;
}
