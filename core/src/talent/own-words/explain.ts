// The why-line of a hit, from the person's profile: first their own words that matched, quoted as written
// ("LoRaWAN gateways"), then what the concept layer added ("related to Internet of Things"), then the boosts
// (years, endorsements, contributions, open to questions). Runs for one page of hits, so it may re-read texts.
import type { Locale } from '../locale';
import type { Contribution, ContributionKind, ExpertiseProfile } from '../profile';
import { EVIDENCE_HORIZON_MS } from '../ranking';
import { SENTENCE_END, sentenceSignals } from '../concepts/person-reading';
import type { SkillVocabulary } from '../skill-vocabulary';
import { cleanText, fold, plainText, words as wordsOf } from '../text/normalise';
import type { MentionField, WhyPart } from '../why';
import { TEXT_FIELDS, type TextField } from './bm25';
import { fieldEntries } from './profile-words';
import type { QueryReading } from './query-reading';
import { profileTerms } from './tokenise';

/** Where quotes come from, most telling first: the order of the text fields (bm25.ts). */
const QUOTE_ORDER = TEXT_FIELDS;
const SHORT_ENTRY_WORDS = 6;
const WINDOW = 2;
const MAX_QUOTES_PER_FIELD = 3;

export interface ExplainInput {
  readonly profile: ExpertiseProfile;
  readonly reading: QueryReading;
  /** The query's skills this person has, by the concept layer (skill numbers). */
  readonly skills: readonly number[];
  readonly vocabulary: SkillVocabulary;
  readonly now: number;
}

export interface Explanation {
  readonly matchedSkills: readonly string[];
  readonly why: readonly WhyPart[];
}

/** One entry of a profile field, read once per explanation. */
interface Entry {
  readonly field: TextField;
  readonly text: string;
  skills?: ReadonlySet<number>;
}

export function explainPerson(input: ExplainInput): Explanation {
  const quotes = new Quotes();
  const keys = new Set(input.reading.words.flatMap((slot) => slot.alternatives.map((a) => a.surface)));
  const termKeys = wordKeysOf(input.reading);
  const probes = [...termKeys].map((key) => key.slice(0, PROBE_LENGTH));
  const entries = entriesOf(input.profile);
  for (const entry of entries) if (mayHold(entry.text, probes)) quoteWords(entry, termKeys, quotes);
  const related: string[] = [];
  // Own words said it: the concept layer only adds its label ("related to Internet of Things"). Otherwise the
  // words the concept layer read the skill from are quoted first ("FTTH-aanleg" for fiber).
  const saidInOwnWords = quotes.size > 0;
  for (const skill of input.skills) {
    if (!saidInOwnWords) quoteSkill(entries, input.vocabulary, skill, quotes);
    const label = labelOf(input.vocabulary, skill, input.reading.locale);
    if (!quotes.says(label)) pushUnique(related, label);
  }
  const why = quotes.parts();
  if (related.length > 0) why.push({ kind: 'related', labels: related });
  why.push(...boosts(input, entries));
  if (why.length === 0) why.push({ kind: 'related', labels: [...keys] });
  return { matchedSkills: [...quotes.labels(), ...related], why };
}

function wordKeysOf(reading: QueryReading): Set<string> {
  const keys = new Set<string>();
  for (const slot of [...reading.words, ...reading.phrases])
    for (const alternative of slot.alternatives) keys.add(alternative.key);
  return keys;
}

// Entries in quoting order; aboutMe by sentence, so a quote and its years stay together.
function entriesOf(profile: ExpertiseProfile): Entry[] {
  const entries: Entry[] = [];
  for (const field of QUOTE_ORDER)
    for (const value of fieldEntries(profile, field)) {
      const texts = field === 'aboutMe' ? plainText(value).split(SENTENCE_END) : [value];
      for (const text of texts) if (text.trim() !== '') entries.push({ field, text });
    }
  return entries;
}

const PROBE_LENGTH = 4;
const JOINERS_AND_SPACES = /[\s\-/._&+]+/gu;

// Reading an entry into terms is the costly part of explaining; an entry that does not even contain the start
// of a term key (stems keep the start of a word; joined words are compared without their joiners) is skipped.
function mayHold(text: string, probes: readonly string[]): boolean {
  const folded = fold(text);
  const compact = folded.replace(JOINERS_AND_SPACES, '');
  return probes.some((probe) => folded.includes(probe) || compact.includes(probe));
}

/** Quotes an entry (or, in running text, the words around it) that holds one of the query's terms. */
function quoteWords(entry: Entry, keys: ReadonlySet<string>, quotes: Quotes): void {
  const hits = profileTerms(entry.text).filter((term) => keys.has(term.key));
  if (hits.length > 0)
    quotes.add(
      entry.field,
      quoteOf(
        entry.text,
        hits.map((term) => term.position),
      ),
    );
}

/** Quotes the entries in which the concept layer found a skill (or a narrower one); false when there are none. */
function quoteSkill(entries: Entry[], vocabulary: SkillVocabulary, skill: number, quotes: Quotes): boolean {
  let quoted = false;
  for (const entry of entries) {
    if (!skillsOf(entry, vocabulary).has(skill)) continue;
    quotes.add(entry.field, quoteOf(entry.text, []));
    quoted = true;
  }
  return quoted;
}

// The skills an entry names, with their broader skills: "Azure" also says "cloud".
function skillsOf(entry: Entry, vocabulary: SkillVocabulary): ReadonlySet<number> {
  if (entry.skills !== undefined) return entry.skills;
  const skills = new Set<number>();
  for (const mention of vocabulary.analyse(cleanText(entry.text)).mentions) {
    skills.add(mention.skill);
    for (const wider of vocabulary.broader(mention.skill)) skills.add(wider);
  }
  entry.skills = skills;
  return skills;
}

/** A short entry as written; in longer text, the matched words with two words either side. */
function quoteOf(text: string, positions: readonly number[]): string {
  const clean = cleanText(text);
  const all = wordsOf(clean);
  if (all.length <= SHORT_ENTRY_WORDS || positions.length === 0) return shorten(clean, all.length);
  const first = Math.max(0, Math.min(...positions) - WINDOW);
  const last = Math.min(all.length - 1, Math.max(...positions) + WINDOW);
  const originals = all.slice(first, last + 1).map((word) => word.original || word.whole);
  return `${first > 0 ? '… ' : ''}${originals.join(' ')}${last < all.length - 1 ? ' …' : ''}`;
}

function shorten(text: string, wordCount: number): string {
  if (wordCount <= SHORT_ENTRY_WORDS) return text;
  return `${text.split(' ').slice(0, SHORT_ENTRY_WORDS).join(' ')} …`;
}

function boosts(input: ExplainInput, entries: Entry[]): WhyPart[] {
  const parts: WhyPart[] = [];
  const experience = statedYears(input, entries);
  if (experience !== undefined) parts.push({ kind: 'experience', ...experience });
  const endorsed = endorsementsFor(input);
  if (endorsed > 0) parts.push({ kind: 'endorsed', count: endorsed });
  const evidence = evidenceFor(input);
  if (evidence !== undefined) parts.push(evidence);
  if (input.profile.openToQuestions === true) parts.push({ kind: 'openToQuestions' });
  return parts;
}

/** The most years stated in an aboutMe sentence that names a matched skill ("12 jaar ervaring met DWDM"). */
function statedYears(input: ExplainInput, entries: Entry[]): { years: number; label: string } | undefined {
  let best: { years: number; label: string } | undefined;
  for (const entry of entries) {
    if (entry.field !== 'aboutMe') continue;
    const { years } = sentenceSignals(entry.text);
    if (years === 0 || years <= (best?.years ?? 0)) continue;
    const named = skillsOf(entry, input.vocabulary);
    const skill = input.skills.find((s) => named.has(s));
    if (skill !== undefined) best = { years, label: labelOf(input.vocabulary, skill, input.reading.locale) };
  }
  return best;
}

/** The largest endorsement count among the matched skills (by skill id, or by a label that names one). */
function endorsementsFor(input: ExplainInput): number {
  let most = 0;
  for (const { skill, count } of input.profile.endorsements ?? []) {
    const index = input.vocabulary.indexOf(skill) ?? resolvedIndex(input.vocabulary, skill);
    if (index !== undefined && input.skills.includes(index) && count > most) most = count;
  }
  return most;
}

const CONTRIBUTION_ORDER: readonly ContributionKind[] = ['post', 'idea', 'comment'];

/**
 * "wrote 3 posts on #k8s": recent contributions on the matched skills, of the kind there are most of (posts
 * before ideas before comments on a tie), with their most common topic as written, else the skill's label.
 */
function evidenceFor(input: ExplainInput): WhyPart | undefined {
  const recent = (input.profile.contributions ?? []).filter(
    (c) => c.at.getTime() >= input.now - EVIDENCE_HORIZON_MS && contributionSkills(input, c).length > 0,
  );
  const counts = CONTRIBUTION_ORDER.map((kind) => recent.filter((c) => c.kind === kind).length);
  const most = Math.max(0, ...counts);
  const kind = CONTRIBUTION_ORDER[counts.indexOf(most)];
  if (most === 0 || kind === undefined) return undefined;
  const ofKind = recent.filter((c) => c.kind === kind);
  const topics = ofKind.map((c) => cleanText(c.topic ?? '')).filter((topic) => topic !== '');
  const skill = contributionSkills(input, ofKind[0] as Contribution)[0] as number;
  const topic = mostCommon(topics) ?? labelOf(input.vocabulary, skill, input.reading.locale);
  return { kind: 'evidence', contribution: kind, count: most, topic };
}

/** The matched skills a contribution is about: its tagged skills, or the skills its topic names. */
function contributionSkills(input: ExplainInput, contribution: Contribution): number[] {
  const tagged = (contribution.skillIds ?? []).map((id) => input.vocabulary.indexOf(id));
  const named = contribution.topic
    ? input.vocabulary.analyse(cleanText(contribution.topic)).mentions.map((m) => m.skill)
    : [];
  return [...tagged, ...named].filter(
    (skill): skill is number => skill !== undefined && input.skills.includes(skill),
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function resolvedIndex(vocabulary: SkillVocabulary, label: string): number | undefined {
  const resolved = vocabulary.resolveName(label);
  return resolved && vocabulary.indexOf(resolved.skillId);
}

function labelOf(vocabulary: SkillVocabulary, skill: number, locale: Locale): string {
  const definition = vocabulary.skillAt(skill);
  return locale === 'nl-NL' ? definition.nl : definition.en;
}

class Quotes {
  private readonly byField = new Map<TextField, string[]>();

  add(field: TextField, quote: string): void {
    const list = this.byField.get(field) ?? [];
    if (list.length < MAX_QUOTES_PER_FIELD) pushUnique(list, quote);
    this.byField.set(field, list);
  }

  get size(): number {
    let size = 0;
    for (const list of this.byField.values()) size += list.length;
    return size;
  }

  /** Whether a quote already says this (a skill's label the person wrote themselves). */
  says(label: string): boolean {
    const folded = fold(label);
    for (const list of this.byField.values())
      if (list.some((quote) => fold(quote).includes(folded))) return true;
    return false;
  }

  labels(): string[] {
    return QUOTE_ORDER.flatMap((field) => this.byField.get(field) ?? []);
  }

  parts(): WhyPart[] {
    const parts: WhyPart[] = [];
    for (const field of QUOTE_ORDER) {
      const labels = this.byField.get(field);
      if (labels === undefined || labels.length === 0) continue;
      if (field === 'skills') parts.push({ kind: 'skills', labels });
      else parts.push({ kind: 'mentioned', field: field as MentionField, labels });
    }
    return parts;
  }
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
