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
import { Accumulator, EVIDENCE_BIT, Output, STRENGTH_SLOTS } from './concept-accumulator';

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
export { EVIDENCE_BIT };
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
// The accumulator keeps a strength per field (FIELDS, in this order) and, last, one for broader skills.
const BROADER_SLOT = STRENGTH_SLOTS - 1;
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

/**
 * A person's concepts (skills and free words) in ascending order, with their impact (without decaying evidence),
 * where-found mask and evidence (decayed weight relative to the index's epoch). The arrays belong to the reader
 * and hold the first `count` entries until its next read.
 */
export interface PersonReading {
  readonly count: number;
  readonly concepts: Int32Array;
  readonly impacts: Float64Array;
  readonly masks: Uint16Array;
  readonly evidence: Float64Array;
  readonly department: string;
  readonly location: string;
  readonly facts: PersonFacts;
}

export const SENTENCE_END = /(?<=[.!?;:])\s+|\n+/u;
const YEARS = /(?:^|\D)(\d{1,2})\+?\s*(?:jaar|jaren|years?|yrs?)(?![\p{L}])/iu;
// How people say they are the one to ask, or that they are only starting; matched on folded text.
const EXPERT_CUES =
  /\b(?:speciali[st]|specialiteit|specialty|speciality|gespecialiseerd|expert|deskundig|kenner|autoriteit|authority on|ask me|vraag (?:het )?(?:mij|me)\b|bij mij terecht|go-to|aanspreekpunt|vraagbaak)/u;
// Attending a workshop or a training says someone is starting, not that they are the one to ask.
const LEARNING_CUES =
  /\b(?:learning|leren|leer |verdiep|building up|opbouwen|bouw (?:ik )?(?:mijn )?kennis|beginner|beginnend|starting (?:out|with)|net begonnen|getting started|cursus|course in|studying|studeer|bijscholen|want to learn|wil (?:graag )?meer (?:weten|leren)|curious about|nieuwsgierig|(?:workshop|training|webinar)\b.*\b(?:gevolgd|bijgewoond)|(?:attended|followed|took) an? (?:workshop|training|webinar))/u;
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
 * Reads profiles into per-concept strengths (ranking.ts explains the formula). One reader serves an index: it
 * accumulates in dense arrays it reuses from person to person, because building the index reads every field of
 * every profile. `wordConcept` numbers free words (after the skills).
 */
export class PersonReader {
  private readonly accumulator = new Accumulator();
  private readonly output = new Output();

  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly wordConcept: (key: string) => number,
  ) {}

  /** `now` bounds the evidence window; `epoch` is the index's fixed reference for decaying evidence. */
  read(profile: ExpertiseProfile, now: number, epoch: number): PersonReading {
    const reading = new Reading(this.vocabulary, this.wordConcept, this.accumulator);
    for (const skill of profile.skills ?? []) reading.addDeclared(skill);
    for (const language of profile.languages ?? []) reading.addLanguage(language);
    reading.addText(profile.jobTitle, 'jobTitle');
    reading.addText(profile.department, 'department');
    for (const line of profile.responsibilities ?? []) reading.addText(line, 'responsibilities');
    for (const line of profile.pastProjects ?? []) reading.addText(line, 'pastProjects');
    reading.addAboutMe(profile.aboutMe);
    for (const line of profile.interests ?? []) reading.addText(line, 'interests');
    reading.addBroader();
    const endorsements = reading.addEndorsements(profile);
    const contributions = reading.addContributions(profile, now, epoch);
    const facts: PersonFacts = {
      userId: profile.userId,
      unknownSkills: reading.unknownSkills ?? NO_SKILLS,
      endorsements: endorsements ?? NO_COUNTS,
      years: reading.years ?? NO_COUNTS,
      contributions: contributions ?? NO_CONTRIBUTIONS,
      open: profile.openToQuestions === true,
    };
    const count = reading.finish(this.output, seniorityOf(profile.jobTitle));
    return {
      count,
      concepts: this.output.concepts,
      impacts: this.output.impacts,
      masks: this.output.masks,
      evidence: this.output.evidence,
      department: filterKey(profile.department),
      location: filterKey(profile.officeLocation),
      facts,
    };
  }
}

/** One profile being read. */
class Reading {
  years: Map<number, number> | undefined;
  unknownSkills: string[] | undefined;
  private cues: Map<number, number> | undefined;

  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly wordConcept: (key: string) => number,
    private readonly concepts: Accumulator,
  ) {
    concepts.reset();
  }

  addText(text: string | null | undefined, field: ProfileField): TextAnalysis | undefined {
    if (!text) return undefined;
    const clean = cleanText(text);
    if (clean === '') return undefined;
    const analysis = this.vocabulary.analyse(clean);
    const slot = FIELD_SLOT[field];
    const weight = FIELD_WEIGHT[field];
    const bit = FIELD_BIT[field];
    for (const mention of analysis.mentions)
      this.concepts.strengthen(mention.skill, slot, weight * mention.confidence, bit);
    for (const term of analysis.terms) this.concepts.strengthen(this.wordConcept(term), slot, weight, bit);
    return analysis;
  }

  /** A declared skill; one the vocabulary does not know is kept as typed, to show when it matches. */
  addDeclared(skill: string): void {
    const analysis = this.addText(skill, 'skills');
    if (analysis !== undefined && analysis.unresolved.length > 0)
      (this.unknownSkills ??= []).push(cleanText(skill));
  }

  addLanguage(language: string): void {
    const skillId = this.vocabulary.resolveLanguage(language);
    const skill = skillId === undefined ? undefined : this.vocabulary.indexOf(skillId);
    if (skill === undefined) this.addText(language, 'languages');
    else this.concepts.strengthen(skill, FIELD_SLOT.languages, FIELD_WEIGHT.languages, FIELD_BIT.languages);
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
      const { years: count, cue } = sentenceSignals(sentence);
      for (const { skill } of analysis.mentions) {
        if (count > (this.years?.get(skill) ?? 0)) (this.years ??= new Map()).set(skill, count);
        if (cue !== 0) (this.cues ??= new Map()).set(skill, cue);
      }
    }
  }

  /**
   * Knowing Azure says something about cloud: one level up, at a share of the text strength. Several narrower
   * skills corroborate each other (Azure, AWS and cloud architecture say more about cloud than one of them).
   */
  addBroader(): void {
    const skills = this.vocabulary.size;
    const direct = this.concepts.count;
    for (let slot = 0; slot < direct; slot++) {
      const skill = this.concepts.conceptAt(slot);
      if (skill >= skills) continue;
      const strength = this.concepts.text(slot);
      for (const wider of this.vocabulary.broader(skill)) {
        this.concepts.corroborate(wider, BROADER_SLOT, BROADER_SHARE * strength, BROADER_BIT);
      }
    }
  }

  addEndorsements(profile: ExpertiseProfile): Map<number, number> | undefined {
    let counts: Map<number, number> | undefined;
    for (const { skill, count } of profile.endorsements ?? []) {
      if (!(count > 0)) continue;
      const known = this.vocabulary.indexOf(skill) ?? this.skillNamed(skill);
      if (known !== undefined) counts = (counts ?? new Map()).set(known, (counts?.get(known) ?? 0) + count);
      else
        for (const term of this.vocabulary.analyse(cleanText(skill)).terms)
          this.endorse(this.wordConcept(term), count);
    }
    for (const [skill, count] of counts ?? []) this.endorse(skill, count);
    return counts;
  }

  addContributions(profile: ExpertiseProfile, now: number, epoch: number): ReadContribution[] | undefined {
    let read: ReadContribution[] | undefined;
    for (const contribution of profile.contributions ?? []) {
      const at = contribution.at.getTime();
      if (!(at >= now - EVIDENCE_HORIZON_MS && at <= now + EVIDENCE_HALF_LIFE_MS)) continue;
      const skills = this.contributionSkills(contribution.skillIds ?? [], contribution.topic);
      if (skills.length === 0) continue;
      (read ??= []).push({ kind: contribution.kind, skills, topic: cleanText(contribution.topic ?? ''), at });
      const age = (at < now ? at : now) - epoch;
      const weight = CONTRIBUTION_WEIGHT[contribution.kind] * Math.pow(2, age / EVIDENCE_HALF_LIFE_MS);
      for (const skill of skills) this.concepts.addEvidence(skill, weight);
    }
    return read;
  }

  /** Computes each concept's impact and writes the concepts in ascending order; returns how many. */
  finish(output: Output, seniority: number): number {
    const skills = this.vocabulary.size;
    const concepts = this.concepts;
    output.reserve(concepts.count);
    const order = output.concepts;
    for (let slot = 0; slot < concepts.count; slot++) order[slot] = concepts.conceptAt(slot);
    order.subarray(0, concepts.count).sort();
    let kept = 0;
    for (let i = 0; i < concepts.count; i++) {
      const concept = order[i] as number;
      const slot = concepts.slotOf(concept);
      const text = concepts.text(slot);
      const mask = concepts.maskAt(slot);
      const bonus = concept < skills && text > 0 ? this.skillBonus(concept, mask, seniority) : 0;
      const impact = text + concepts.extraAt(slot) + bonus;
      const evidence = concepts.evidenceAt(slot);
      if (impact <= 0 && evidence === 0) continue;
      order[kept] = concept;
      output.impacts[kept] = impact > 0 ? impact : 0;
      output.masks[kept] = mask;
      output.evidence[kept] = evidence;
      kept++;
    }
    return kept;
  }

  // Seniority in the job title says something about work skills, nothing about the languages someone speaks.
  private skillBonus(skill: number, mask: number, seniority: number): number {
    const work = this.vocabulary.skillAt(skill).category !== 'language';
    const declaredOrTitle = work && (mask & (DECLARED_BITS | FIELD_BIT.jobTitle)) !== 0;
    const cue = this.cues?.get(skill) ?? 0;
    return experienceBoost(this.years?.get(skill) ?? 0) + cue + (declaredOrTitle ? seniority : 0);
  }

  private endorse(concept: number, count: number): void {
    this.concepts.addExtra(concept, endorsementBoost(count), ENDORSED_BIT);
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
}

/**
 * What an about-me sentence says about the skills and words in it: years stated ("10 jaar ervaring met DWDM") and
 * a cue (+ for "my speciality is", - for "I am learning" or "attended a workshop").
 */
export function sentenceSignals(sentence: string): { years: number; cue: number } {
  const years = YEARS.exec(sentence);
  const folded = fold(sentence);
  const cue = LEARNING_CUES.test(folded)
    ? LEARNING_CUE_PENALTY
    : EXPERT_CUES.test(folded)
      ? EXPERT_CUE_BOOST
      : 0;
  return { years: years ? Number(years[1]) : 0, cue };
}

/** How departments and locations are compared: folded, spaces collapsed. */
export function filterKey(value: string | null | undefined): string {
  return value ? fold(cleanText(value)) : '';
}

export function seniorityOf(jobTitle: string | null | undefined): number {
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
