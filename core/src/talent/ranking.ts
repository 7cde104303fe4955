import type { ContributionKind, ProfileField } from './profile';

// How much each kind of signal says about a person knowing a skill. One place, so the formula can be read,
// tuned against the bench's NDCG and explained. All boosts saturate (x / (x + half)): the tenth endorsement
// or post adds less than the first, and no single signal can bury the others.
//
//   impact(person, skill) = text + experience + cue + seniority + endorsed + evidence(now)
//     text       = 1 - Π over fields (1 - fieldWeight × confidence)      noisy-or: more fields, more certainty
//                  (a skill someone has also counts for its broader skill at `broader` × its text)
//     experience = 0.5 × y / (y + 5)         "10 jaar ervaring met X" in aboutMe
//     cue        = +0.3 or -0.2              "my speciality is X", "ask me about X" / "I am learning X"
//     seniority  = +0.08 senior, +0.15 lead/principal/head, -0.1 junior (job title), for declared and title
//                                            skills
//     endorsed   = 0.5 × e / (e + 2)         e colleagues endorsed the skill
//     evidence   = 0.45 × r / (r + 2)        r = Σ kindWeight × 2^(-age / 180 days), contributions of 2 years
//
//   score(person, query) = Σ over the query's parts  max over its readings (weight × impact)
//     (every impact × 1.04 for people open to questions)
//     a part's readings: the skills it names (weight = confidence × (1 + 0.15 ln(N / df))) or a free word
//     (weight = 1.1 × idf / (idf + 2), BM25's idf); an alias typed as such adds its own part at 0.25

export const FIELD_WEIGHT: Readonly<Record<ProfileField, number>> = {
  skills: 0.75,
  languages: 0.75,
  jobTitle: 0.65,
  pastProjects: 0.55,
  responsibilities: 0.5,
  aboutMe: 0.45,
  department: 0.3,
  interests: 0.1,
};

export const BROADER_SHARE = 0.4;
/** Extra weight for people who use the very alias the searcher typed ("Hadoop" within big data). */
export const WORDING_WEIGHT = 0.25;
/** A sentence that claims expertise ("my speciality is ...", "ask me about ...") or says one is still learning. */
export const EXPERT_CUE_BOOST = 0.3;
export const LEARNING_CUE_PENALTY = -0.2;
/**
 * People open to questions get a 4% edge on every skill: a factor rather than a bonus, so it is part of each
 * impact and the top-k search can bound it exactly.
 */
export const OPEN_TO_QUESTIONS_FACTOR = 1.04;
export const SENIOR_BOOST = 0.08;
export const LEAD_BOOST = 0.15;
export const JUNIOR_PENALTY = -0.1;

const EXPERIENCE_WEIGHT = 0.5;
const EXPERIENCE_HALF = 5;
const ENDORSEMENT_WEIGHT = 0.5;
const ENDORSEMENT_HALF = 2;
const EVIDENCE_WEIGHT = 0.45;
const EVIDENCE_HALF = 2;

const DAY_MS = 86_400_000;
export const EVIDENCE_HALF_LIFE_MS = 180 * DAY_MS;
export const EVIDENCE_HORIZON_MS = 730 * DAY_MS;
export const CONTRIBUTION_WEIGHT: Readonly<Record<ContributionKind, number>> = {
  post: 1,
  idea: 0.8,
  comment: 0.4,
};

export function experienceBoost(years: number): number {
  return years > 0 ? (EXPERIENCE_WEIGHT * years) / (years + EXPERIENCE_HALF) : 0;
}

export function endorsementBoost(count: number): number {
  return count > 0 ? (ENDORSEMENT_WEIGHT * count) / (count + ENDORSEMENT_HALF) : 0;
}

/** `decayed` is the sum of contribution weights, each halved for every half-life of age. */
export function evidenceBoost(decayed: number): number {
  return decayed > 0 ? (EVIDENCE_WEIGHT * decayed) / (decayed + EVIDENCE_HALF) : 0;
}

/** Weight of a skill named in the query: rarer skills weigh a little more when a query names several. */
export function skillWeight(confidence: number, people: number, withSkill: number): number {
  return confidence * (1 + 0.15 * Math.log((people + 1) / (withSkill + 1)));
}

/** Weight of a free word: BM25's idf, saturated so a rare word counts about as much as a skill. */
export function wordWeight(people: number, withWord: number): number {
  const idf = Math.log(1 + (people - withWord + 0.5) / (withWord + 0.5));
  return (1.1 * idf) / (idf + 2);
}
