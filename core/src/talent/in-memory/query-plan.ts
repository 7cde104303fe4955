import type { QueryInterpretation } from '../expertise-index';
import type { Locale } from '../locale';
import { WORDING_WEIGHT, skillWeight, wordWeight } from '../ranking';
import type { SkillMention, SkillVocabulary } from '../skill-vocabulary';
import { cleanText } from '../text/normalise';
import type { PostingList } from './posting-list';

/** One reading of part of the query: a concept's posting list and how much it weighs. */
export interface PlanAlternative {
  readonly concept: number;
  readonly weight: number;
  readonly list: PostingList;
  /** The query words it came from, folded. */
  readonly text: string;
  /** Only the nudge for people who use the searcher's very alias: it ranks, it does not explain. */
  readonly wording?: boolean;
}

/** One part of the query (a skill name, a word); a person scores the best of its alternatives. */
export interface PlanSlot {
  readonly alternatives: readonly PlanAlternative[];
}

export interface QueryPlan {
  readonly slots: readonly PlanSlot[];
  readonly locale: Locale;
  readonly interpretation: QueryInterpretation;
}

/** What planning needs to know about the index. */
export interface PlanContext {
  readonly vocabulary: SkillVocabulary;
  readonly people: number;
  /** Concept number of a free word, if any profile has it. */
  wordConcept(key: string): number | undefined;
  /** Number of people with a concept. */
  peopleWith(concept: number): number;
  listOf(concept: number): PostingList | undefined;
}

/**
 * Reads a query into slots: known skills (exact, compound, then prefix or typo readings for the rest) and free
 * words that profiles contain. Concepts nobody has are dropped: they cannot match.
 */
export function planQuery(
  text: string,
  requestedLocale: Locale | undefined,
  context: PlanContext,
): QueryPlan {
  const { vocabulary } = context;
  const analysis = vocabulary.analyse(cleanText(text), { query: true });
  const readings = [
    ...analysis.mentions,
    ...vocabulary.resolveUnresolved(analysis.unresolved, {
      isKnownTerm: (key) => (context.wordConcept(key) ?? -1) >= 0,
    }),
  ];
  const slots = new Map<number, Map<number, PlanAlternative>>();
  for (const mention of readings) addSkill(slots, mention, context);
  for (const mention of analysis.mentions) addWording(slots, mention, context);
  const words: string[] = [];
  for (const word of analysis.unresolved) {
    const concept = context.wordConcept(word.key);
    const list = concept === undefined ? undefined : context.listOf(concept);
    const people = concept === undefined ? 0 : context.peopleWith(concept);
    if (concept === undefined || list === undefined || people === 0) continue;
    words.push(word.word);
    add(slots, word.slot, { concept, weight: wordWeight(context.people, people), list, text: word.word });
  }
  const locale = requestedLocale ?? (analysis.languageLean > 0 ? 'nl-NL' : 'en-US');
  return {
    slots: [...slots.values()].map((alternatives) => ({ alternatives: [...alternatives.values()] })),
    locale,
    interpretation: { locale, skills: interpretSkills(readings, vocabulary, locale), words },
  };
}

function addSkill(
  slots: Map<number, Map<number, PlanAlternative>>,
  mention: SkillMention,
  context: PlanContext,
): void {
  const people = context.peopleWith(mention.skill);
  const list = context.listOf(mention.skill);
  if (people === 0 || list === undefined) return;
  const weight = skillWeight(mention.confidence, context.people, people);
  add(slots, mention.slot, { concept: mention.skill, weight, list, text: mention.text });
}

// People who wrote the alias the searcher used ("Hadoop" within big data) get a little extra, in a slot of its own.
function addWording(
  slots: Map<number, Map<number, PlanAlternative>>,
  mention: SkillMention,
  context: PlanContext,
): void {
  const concept = mention.wording === undefined ? undefined : context.wordConcept(mention.wording);
  const list = concept === undefined ? undefined : context.listOf(concept);
  if (concept === undefined || list === undefined || context.peopleWith(concept) === 0) return;
  const alternative = {
    concept,
    weight: WORDING_WEIGHT * mention.confidence,
    list,
    text: mention.text,
    wording: true,
  };
  add(slots, WORDING_SLOTS + mention.slot, alternative);
}

const WORDING_SLOTS = 1 << 20;

// A concept counts once per query, in the first part that names it ("kubernetes k8s" is one skill).
function add(
  slots: Map<number, Map<number, PlanAlternative>>,
  slot: number,
  alternative: PlanAlternative,
): void {
  for (const [other, alternatives] of slots)
    if (other !== slot && alternatives.has(alternative.concept)) return;
  let alternatives = slots.get(slot);
  if (alternatives === undefined) {
    alternatives = new Map();
    slots.set(slot, alternatives);
  }
  const known = alternatives.get(alternative.concept);
  if (known === undefined || known.weight < alternative.weight)
    alternatives.set(alternative.concept, alternative);
}

function interpretSkills(
  readings: readonly SkillMention[],
  vocabulary: SkillVocabulary,
  locale: Locale,
): QueryInterpretation['skills'] {
  const seen = new Set<number>();
  const skills: Array<QueryInterpretation['skills'][number]> = [];
  for (const { skill, via, confidence } of readings) {
    if (seen.has(skill)) continue;
    seen.add(skill);
    const definition = vocabulary.skillAt(skill);
    skills.push({
      skillId: definition.id,
      label: locale === 'nl-NL' ? definition.nl : definition.en,
      via,
      confidence,
    });
  }
  return skills;
}
