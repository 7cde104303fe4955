import type { QueryInterpretation } from '../expertise-index';
import type { Locale } from '../locale';
import type { SkillMention, SkillVocabulary } from '../skill-vocabulary';
import { cleanText, fold } from '../text/normalise';
import { idf } from './bm25';
import type { Lexicon, TermMatch } from './lexicon';
import { joinedTerm, queryWords, type QueryWord, type TextTerm } from './tokenise';

/** One term a query word may be read as, and what a match on it is worth before the person's own weight. */
export interface WordAlternative extends TermMatch {
  /** The term key, for finding the words in a profile again. */
  readonly key: string;
  readonly weight: number;
}

/** One word of the query (or one part of a joined word nobody wrote whole): a person scores its best term. */
export interface WordSlot {
  readonly text: string;
  readonly alternatives: readonly WordAlternative[];
}

/** A skill the concept layer reads from the query, and which query words it stands for. */
export interface ConceptAlternative {
  readonly skill: number;
  readonly weight: number;
  readonly via: SkillMention['via'];
}

export interface ConceptSlot {
  readonly alternatives: readonly ConceptAlternative[];
  /** Bit i set: this reading covers word slot i. */
  readonly covers: number;
  /**
   * The query named the skill by one of its labels ("kubernetes", "glasvezel"): whoever has the skill, under any
   * name ("k8s", "FTTH"), has what was asked. An alias ("lorawan" within Internet of Things) may be narrower than
   * its skill, so there people who wrote the word itself come first (bm25.ts, CONCEPT_COVERAGE).
   */
  readonly byLabel: boolean;
}

/** Two neighbouring query words that someone wrote together (as a phrase, or as one compound word). */
export interface PhraseSlot {
  readonly alternatives: readonly WordAlternative[];
  /** Bits of the two word slots it joins. */
  readonly covers: number;
}

export interface QueryReading {
  readonly words: readonly WordSlot[];
  readonly phrases: readonly PhraseSlot[];
  readonly concepts: readonly ConceptSlot[];
  readonly locale: Locale;
  readonly interpretation: QueryInterpretation;
  /** Typed words nobody wrote, with the word people did write that is closest (for "Did you mean"). */
  readonly corrections: ReadonlyArray<{ readonly typed: string; readonly meant: string }>;
}

/** What reading a query needs to know about the index. */
export interface ReadingContext {
  readonly vocabulary: SkillVocabulary;
  readonly lexicon: Lexicon;
  readonly people: number;
  peopleWithTerm(term: number): number;
  peopleWithSkill(skill: number): number;
}

/** At most this many word slots count: coverage is kept as bits of one 32-bit number. */
const MAX_WORD_SLOTS = 24;

/**
 * Reads a query two ways: as the words people write (exact, prefix, typo) and as skills (the concept layer).
 * Words nobody wrote and skills nobody has are dropped: they cannot match.
 */
export function readQuery(
  text: string,
  requested: Locale | undefined,
  context: ReadingContext,
): QueryReading {
  const analysis = context.vocabulary.analyse(cleanText(text), { query: true });
  const named = new Set(analysis.mentions.flatMap((mention) => mention.text.split(' ')));
  const corrections: Array<{ typed: string; meant: string }> = [];
  const slots: WordSlot[] = [];
  for (const word of queryWords(text, named)) slots.push(...wordSlots(word, context, corrections));
  const words = slots.slice(0, MAX_WORD_SLOTS);
  const mentions = [
    ...analysis.mentions,
    ...context.vocabulary.resolveUnresolved(analysis.unresolved, {
      isKnownTerm: (key) => (context.peopleWithTerm(context.lexicon.termOf(key) ?? -1) ?? 0) > 0,
    }),
  ];
  const concepts = conceptSlots(mentions, words, context);
  const locale = requested ?? (analysis.languageLean > 0 ? 'nl-NL' : 'en-US');
  const interpretation: QueryInterpretation = {
    locale,
    skills: interpretSkills(mentions, context, locale),
    words: [...new Set(words.flatMap((slot) => slot.alternatives.map((a) => a.surface)))],
    ...(corrections.length > 0 ? { corrected: correctedText(text, corrections) } : {}),
  };
  return { words, phrases: phraseSlots(words, context), concepts, locale, interpretation, corrections };
}

const TYPED_WORD = /[\p{L}\p{N}]+(?:[-/._&+][\p{L}\p{N}]+)*/gu;

/** The query with each mistyped word replaced by the word people wrote, the rest as typed. */
function correctedText(text: string, corrections: ReadonlyArray<{ typed: string; meant: string }>): string {
  const replaced = new Map(corrections.map(({ typed, meant }) => [typed, meant]));
  return cleanText(text).replace(TYPED_WORD, (word) => replaced.get(fold(word)) ?? word);
}

// "project management" also as "projectmanagement": people who wrote the two together (either way) said more
// than people who wrote each somewhere.
function phraseSlots(words: readonly WordSlot[], context: ReadingContext): PhraseSlot[] {
  const phrases: PhraseSlot[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = (words[i] as WordSlot).alternatives[0];
    const second = (words[i + 1] as WordSlot).alternatives[0];
    if (first === undefined || second === undefined) continue;
    const joined = joinedTerm(first.surface, second.surface, 0);
    const term = context.lexicon.termOf(joined.key);
    if (term === undefined || context.peopleWithTerm(term) === 0) continue;
    const match = {
      term,
      surface: joined.surface,
      written: joined.surface,
      via: 'exact' as const,
      closeness: 1,
    };
    phrases.push({ ...slotOf(joined.surface, [match], context), covers: (1 << i) | (1 << (i + 1)) });
  }
  return phrases;
}

function wordSlots(
  word: QueryWord,
  context: ReadingContext,
  corrections: Array<{ typed: string; meant: string }>,
): WordSlot[] {
  const isLive = (term: number) => context.peopleWithTerm(term) > 0;
  const whole = context.lexicon.lookup(word.whole.key, word.whole.surface, isLive);
  if (whole.length > 0) return [slotOf(word.text, whole, context)];
  // "S/4HANA" where people wrote "S4 HANA": the parts, each a word of its own.
  const parts = word.parts
    .map((part) => ({ part, matches: context.lexicon.lookup(part.key, part.surface, isLive) }))
    .filter(({ matches }) => matches.length > 0);
  if (parts.length > 0) return parts.map(({ part, matches }) => slotOf(part.surface, matches, context));
  const typos = typosOf(word.whole, context);
  if (typos.length === 0) return [];
  corrections.push({ typed: word.text, meant: (typos[0] as TermMatch).written });
  return [slotOf(word.text, typos, context)];
}

function typosOf(term: TextTerm, context: ReadingContext): TermMatch[] {
  return context.lexicon.typos(
    term.surface,
    (t) => context.peopleWithTerm(t) > 0,
    (t) => context.peopleWithTerm(t),
  );
}

function slotOf(text: string, matches: readonly TermMatch[], context: ReadingContext): WordSlot {
  const alternatives = matches.map((match) => ({
    ...match,
    key: context.lexicon.keyOf(match.term),
    weight: match.closeness * idf(context.people, context.peopleWithTerm(match.term)),
  }));
  return { text, alternatives };
}

function conceptSlots(
  mentions: readonly SkillMention[],
  words: readonly WordSlot[],
  context: ReadingContext,
): ConceptSlot[] {
  const bySlot = new Map<
    number,
    { alternatives: Map<number, ConceptAlternative>; covers: number; byLabel: boolean }
  >();
  const taken = new Set<number>();
  for (const mention of mentions) {
    const people = context.peopleWithSkill(mention.skill);
    // A skill counts once per query, in the first part that names it ("kubernetes k8s").
    if (
      people === 0 ||
      (taken.has(mention.skill) && !bySlot.get(mention.slot)?.alternatives.has(mention.skill))
    )
      continue;
    taken.add(mention.skill);
    let slot = bySlot.get(mention.slot);
    if (slot === undefined)
      bySlot.set(mention.slot, (slot = { alternatives: new Map(), covers: 0, byLabel: true }));
    slot.covers |= coveredWords(mention.text, words);
    slot.byLabel &&= mention.wording === undefined;
    const weight = mention.confidence * idf(context.people, people);
    const known = slot.alternatives.get(mention.skill);
    if (known === undefined || known.weight < weight)
      slot.alternatives.set(mention.skill, { skill: mention.skill, weight, via: mention.via });
  }
  return [...bySlot.values()].map(({ alternatives, covers, byLabel }) => ({
    alternatives: [...alternatives.values()],
    covers,
    byLabel,
  }));
}

// Which word slots a skill reading stands for: those whose typed word is among the words it was read from.
function coveredWords(mentionText: string, words: readonly WordSlot[]): number {
  const read = new Set(mentionText.split(/[\s\-/._&+]+/u));
  let bits = 0;
  words.forEach((slot, index) => {
    if (slot.text.split(/[-/._&+]+/u).some((part) => read.has(part))) bits |= 1 << index;
  });
  return bits;
}

function interpretSkills(
  mentions: readonly SkillMention[],
  context: ReadingContext,
  locale: Locale,
): QueryInterpretation['skills'] {
  const seen = new Set<number>();
  const skills: Array<QueryInterpretation['skills'][number]> = [];
  for (const { skill, via, confidence } of mentions) {
    if (seen.has(skill) || context.peopleWithSkill(skill) === 0) continue;
    seen.add(skill);
    const definition = context.vocabulary.skillAt(skill);
    skills.push({
      skillId: definition.id,
      label: locale === 'nl-NL' ? definition.nl : definition.en,
      via,
      confidence,
    });
  }
  return skills;
}
