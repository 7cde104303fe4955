import type { ContributionKind, ExpertiseProfile, ProfileField } from '../profile';
import {
  BROADER_SHARE,
  CONTRIBUTION_WEIGHT,
  EXPERT_CUE_BOOST,
  LEARNING_CUE_PENALTY,
  EVIDENCE_HALF_LIFE_MS,
  EVIDENCE_HORIZON_MS,
  FIELD_WEIGHT,
  JUNIOR_PENALTY,
  LEAD_BOOST,
  SENIOR_BOOST,
  endorsementBoost,
  experienceBoost,
} from '../ranking';
import type { SkillVocabulary, TextAnalysis } from '../skill-vocabulary';
import { cleanText, fold, plainText, words } from '../text/normalise';

// Bits of the "where was it found" mask kept per person and concept; the why-line is built from them.
export const FIELD_BIT: Readonly<Record<ProfileField, number>> = {
  skills: 1,
  languages: 2,
  jobTitle: 4,
  department: 8,
  responsibilities: 16,
  pastProjects: 32,
  aboutMe: 64,
  interests: 128,
};
export const BROADER_BIT = 256;
export const ENDORSED_BIT = 512;
export const EVIDENCE_BIT = 1024;
export const DECLARED_BITS = FIELD_BIT.skills | FIELD_BIT.languages;

const FIELDS: readonly ProfileField[] = [
  'skills',
  'languages',
  'jobTitle',
  'department',
  'responsibilities',
  'pastProjects',
  'aboutMe',
  'interests',
];
const BROADER_SLOT = FIELDS.length;
const FIELD_SLOT = Object.fromEntries(FIELDS.map((field, slot) => [field, slot])) as Record<
  ProfileField,
  number
>;

/** A contribution as the index keeps it for explanations. */
export interface ReadContribution {
  readonly kind: ContributionKind;
  readonly skills: readonly number[];
  readonly topic: string;
  readonly at: number;
}

/** What the index keeps per person besides postings: enough to explain a hit, nothing of the texts. */
export interface PersonFacts {
  readonly userId: string;
  /** Declared skills the vocabulary does not know, as typed, to label matches on them. */
  readonly unknownSkills: readonly string[];
  readonly endorsements: ReadonlyMap<number, number>;
  readonly years: ReadonlyMap<number, number>;
  readonly contributions: readonly ReadContribution[];
  readonly open: boolean;
}

// Most people have no endorsements, contributions or stated years: they share these instead of owning empties.
const NO_COUNTS: ReadonlyMap<number, number> = new Map();
const NO_CONTRIBUTIONS: readonly ReadContribution[] = [];
const NO_SKILLS: readonly string[] = [];

/** One concept (a skill or a free word) for one person. `impact` excludes evidence, which decays with time. */
export interface ConceptReading {
  readonly impact: number;
  readonly mask: number;
  /** Evidence, as decayed weight relative to the index's epoch (0 when none). */
  readonly evidence: number;
}

export interface PersonReading {
  readonly skills: ReadonlyMap<number, ConceptReading>;
  readonly words: ReadonlyMap<string, ConceptReading>;
  readonly department: string;
  readonly location: string;
  readonly facts: PersonFacts;
}

interface Accumulating extends ConceptReading {
  mask: number;
  readonly strength: number[];
  extra: number;
  evidence: number;
  impact: number;
}

const SENTENCE_END = /(?<=[.!?;:])\s+|\n+/u;
const YEARS = /(?:^|\D)(\d{1,2})\+?\s*(?:jaar|jaren|years?|yrs?)(?![\p{L}])/iu;
// How people say they are the one to ask, or that they are only starting; matched on folded text.
const EXPERT_CUES =
  /\b(?:speciali[st]|specialiteit|specialty|speciality|gespecialiseerd|expert|deskundig|kenner|autoriteit|authority on|ask me|vraag (?:het )?(?:mij|me)\b|bij mij terecht|go-to|aanspreekpunt|vraagbaak)/u;
const LEARNING_CUES =
  /\b(?:learning|leren|leer |verdiep|building up|opbouwen|bouw (?:ik )?(?:mijn )?kennis|beginner|beginnend|starting (?:out|with)|net begonnen|getting started|cursus|course in|studying|studeer|bijscholen|want to learn|wil (?:graag )?meer (?:weten|leren)|curious about|nieuwsgierig)/u;
const LEAD_WORDS = new Set([
  'lead',
  'teamleider',
  'principal',
  'staff',
  'expert',
  'architect',
  'hoofd',
  'head',
  'chief',
  'manager',
]);
const SENIOR_WORDS = new Set(['senior', 'sr']);
const JUNIOR_WORDS = new Set([
  'junior',
  'jr',
  'trainee',
  'stagiair',
  'intern',
  'apprentice',
  'leerling',
  'starter',
]);

/**
 * Reads a profile into per-concept strengths (ranking.ts explains the formula). `now` bounds the evidence
 * window; `epoch` is the index's fixed reference for decaying evidence, so decay can be applied at query time
 * with one factor for everyone.
 */
export function readPerson(
  profile: ExpertiseProfile,
  vocabulary: SkillVocabulary,
  now: number,
  epoch: number,
): PersonReading {
  const reader = new Reader(vocabulary);
  for (const skill of profile.skills ?? []) reader.addDeclared(skill);
  for (const language of profile.languages ?? []) reader.addLanguage(language);
  reader.addText(profile.jobTitle, 'jobTitle');
  reader.addText(profile.department, 'department');
  for (const line of profile.responsibilities ?? []) reader.addText(line, 'responsibilities');
  for (const line of profile.pastProjects ?? []) reader.addText(line, 'pastProjects');
  reader.addAboutMe(profile.aboutMe);
  for (const line of profile.interests ?? []) reader.addText(line, 'interests');
  reader.addBroader();
  const endorsements = reader.addEndorsements(profile);
  const contributions = reader.addContributions(profile, now, epoch);
  const seniority = seniorityOf(profile.jobTitle);
  const facts: PersonFacts = {
    userId: profile.userId,
    unknownSkills: reader.unknownSkills.length > 0 ? reader.unknownSkills : NO_SKILLS,
    endorsements: endorsements.size > 0 ? endorsements : NO_COUNTS,
    years: reader.years.size > 0 ? reader.years : NO_COUNTS,
    contributions: contributions.length > 0 ? contributions : NO_CONTRIBUTIONS,
    open: profile.openToQuestions === true,
  };
  return {
    skills: finish(reader.skills, (skill, acc) => {
      const declaredOrTitle = (acc.mask & (DECLARED_BITS | FIELD_BIT.jobTitle)) !== 0;
      const cue = reader.cues.get(skill) ?? 0;
      return experienceBoost(reader.years.get(skill) ?? 0) + cue + (declaredOrTitle ? seniority : 0);
    }),
    words: finish(reader.words, () => 0),
    department: filterKey(profile.department),
    location: filterKey(profile.officeLocation),
    facts,
  };
}

/** How departments and locations are compared: folded, spaces collapsed. */
export function filterKey(value: string | null | undefined): string {
  return value ? fold(cleanText(value)) : '';
}

class Reader {
  readonly skills = new Map<number, Accumulating>();
  readonly words = new Map<string, Accumulating>();
  readonly years = new Map<number, number>();
  readonly cues = new Map<number, number>();
  readonly unknownSkills: string[] = [];

  constructor(private readonly vocabulary: SkillVocabulary) {}

  addText(text: string | null | undefined, field: ProfileField): TextAnalysis | undefined {
    if (!text) return undefined;
    const clean = cleanText(text);
    if (clean === '') return undefined;
    const analysis = this.vocabulary.analyse(clean);
    const slot = FIELD_SLOT[field];
    const weight = FIELD_WEIGHT[field];
    for (const mention of analysis.mentions)
      this.strengthen(this.skills, mention.skill, slot, weight * mention.confidence);
    for (const term of analysis.terms) this.strengthen(this.words, term, slot, weight);
    return analysis;
  }

  /** A declared skill; one the vocabulary does not know is kept as typed, to show when it matches. */
  addDeclared(skill: string): void {
    const analysis = this.addText(skill, 'skills');
    if (analysis !== undefined && analysis.unresolved.length > 0) this.unknownSkills.push(cleanText(skill));
  }

  addLanguage(language: string): void {
    const skillId = this.vocabulary.resolveLanguage(language);
    const skill = skillId === undefined ? undefined : this.vocabulary.indexOf(skillId);
    if (skill === undefined) this.addText(language, 'languages');
    else this.strengthen(this.skills, skill, FIELD_SLOT.languages, FIELD_WEIGHT.languages);
  }

  /**
   * aboutMe sentence by sentence, so what a sentence says about the person ties to the skills it names:
   * "10 jaar ervaring met glasvezel", "my speciality is BGP", "ik verdiep me in Kubernetes".
   */
  addAboutMe(aboutMe: string | null | undefined): void {
    if (!aboutMe) return;
    for (const sentence of plainText(aboutMe).split(SENTENCE_END)) {
      const analysis = this.addText(sentence, 'aboutMe');
      if (analysis === undefined || analysis.mentions.length === 0) continue;
      const years = YEARS.exec(sentence);
      const count = years ? Number(years[1]) : 0;
      const folded = fold(sentence);
      const cue = LEARNING_CUES.test(folded)
        ? LEARNING_CUE_PENALTY
        : EXPERT_CUES.test(folded)
          ? EXPERT_CUE_BOOST
          : 0;
      for (const { skill } of analysis.mentions) {
        if (count > (this.years.get(skill) ?? 0)) this.years.set(skill, count);
        if (cue !== 0) this.cues.set(skill, cue);
      }
    }
  }

  /** Knowing Azure says something about cloud: one level up, at a share of the text strength. */
  addBroader(): void {
    const direct = [...this.skills.entries()].map(([skill, acc]) => [skill, noisyOr(acc.strength)] as const);
    for (const [skill, strength] of direct) {
      for (const wider of this.vocabulary.broader(skill)) {
        this.strengthen(this.skills, wider, BROADER_SLOT, BROADER_SHARE * strength);
        const acc = this.skills.get(wider);
        if (acc) acc.mask |= BROADER_BIT;
      }
    }
  }

  addEndorsements(profile: ExpertiseProfile): Map<number, number> {
    const counts = new Map<number, number>();
    for (const { skill, count } of profile.endorsements ?? []) {
      if (!(count > 0)) continue;
      const known = this.vocabulary.indexOf(skill) ?? this.skillNamed(skill);
      if (known !== undefined) counts.set(known, (counts.get(known) ?? 0) + count);
      else for (const term of this.vocabulary.analyse(cleanText(skill)).terms) this.endorseWord(term, count);
    }
    for (const [skill, count] of counts) {
      const acc = this.accumulating(this.skills, skill);
      acc.extra += endorsementBoost(count);
      acc.mask |= ENDORSED_BIT;
    }
    return counts;
  }

  addContributions(profile: ExpertiseProfile, now: number, epoch: number): ReadContribution[] {
    const read: ReadContribution[] = [];
    for (const contribution of profile.contributions ?? []) {
      const at = contribution.at.getTime();
      if (!(at >= now - EVIDENCE_HORIZON_MS && at <= now + EVIDENCE_HALF_LIFE_MS)) continue;
      const skills = this.contributionSkills(contribution.skillIds ?? [], contribution.topic);
      if (skills.length === 0) continue;
      const topic = cleanText(contribution.topic ?? '');
      read.push({ kind: contribution.kind, skills, topic, at });
      const weight =
        CONTRIBUTION_WEIGHT[contribution.kind] *
        Math.pow(2, ((at < now ? at : now) - epoch) / EVIDENCE_HALF_LIFE_MS);
      for (const skill of skills) {
        const acc = this.accumulating(this.skills, skill);
        acc.evidence += weight;
        acc.mask |= EVIDENCE_BIT;
      }
    }
    return read;
  }

  private contributionSkills(skillIds: readonly string[], topic: string | undefined): number[] {
    const skills = new Set<number>();
    for (const id of skillIds) {
      const skill = this.vocabulary.indexOf(id);
      if (skill !== undefined) skills.add(skill);
    }
    if (topic)
      for (const mention of this.vocabulary.analyse(cleanText(topic)).mentions) skills.add(mention.skill);
    return [...skills];
  }

  private skillNamed(label: string): number | undefined {
    const resolved = this.vocabulary.resolveName(label);
    return resolved && this.vocabulary.indexOf(resolved.skillId);
  }

  private endorseWord(term: string, count: number): void {
    const acc = this.accumulating(this.words, term);
    acc.extra += endorsementBoost(count);
    acc.mask |= ENDORSED_BIT;
  }

  private strengthen<K>(map: Map<K, Accumulating>, key: K, slot: number, strength: number): void {
    const acc = this.accumulating(map, key);
    if (slot < FIELDS.length) acc.mask |= FIELD_BIT[FIELDS[slot] as ProfileField];
    if (strength > (acc.strength[slot] ?? 0)) acc.strength[slot] = strength;
  }

  private accumulating<K>(map: Map<K, Accumulating>, key: K): Accumulating {
    let acc = map.get(key);
    if (acc === undefined) {
      acc = { mask: 0, strength: [0, 0, 0, 0, 0, 0, 0, 0, 0], extra: 0, evidence: 0, impact: 0 };
      map.set(key, acc);
    }
    return acc;
  }
}

function noisyOr(strengths: readonly number[]): number {
  let miss = 1;
  for (let i = 0; i < strengths.length; i++) miss *= 1 - (strengths[i] as number);
  return 1 - miss;
}

// Computes each concept's impact in place and drops concepts that ended up with nothing.
function finish<K>(
  map: Map<K, Accumulating>,
  bonus: (key: K, acc: Accumulating) => number,
): Map<K, Accumulating> {
  for (const [key, acc] of map) {
    const text = noisyOr(acc.strength);
    const impact = text + acc.extra + (text > 0 ? bonus(key, acc) : 0);
    acc.impact = impact > 0 ? impact : 0;
    if (acc.impact === 0 && acc.evidence === 0) map.delete(key);
  }
  return map;
}

function seniorityOf(jobTitle: string | null | undefined): number {
  if (!jobTitle) return 0;
  let seniority = 0;
  for (const word of words(jobTitle)) {
    for (const part of word.parts) {
      if (LEAD_WORDS.has(part)) seniority = LEAD_BOOST;
      else if (SENIOR_WORDS.has(part) && seniority < SENIOR_BOOST) seniority = SENIOR_BOOST;
      else if (JUNIOR_WORDS.has(part) && seniority === 0) seniority = JUNIOR_PENALTY;
    }
  }
  return seniority;
}
