import type { Clock } from '../clock';
import type {
  ExpertiseHit,
  ExpertiseIndex,
  ExpertiseQuery,
  ExpertiseResults,
  ExpertiseSearch,
  RankedCandidates,
} from './expertise-index';
import { PersonReader, filterKey } from './concepts/person-reading';
import type { Locale } from './locale';
import { explainPerson } from './own-words/explain';
import { Lexicon } from './own-words/lexicon';
import { PostingStore } from './own-words/posting-store';
import { averageLengths, readOwnWords, type FieldLengths } from './own-words/profile-words';
import { readQuery, type QueryReading } from './own-words/query-reading';
import { Scorer, topScored, type Scored, type ScoringContext } from './own-words/scorer';
import { DEFAULT_AVERAGE_LENGTH } from './own-words/bm25';
import type { ExpertiseProfile } from './profile';
import { EVIDENCE_HALF_LIFE_MS, OPEN_TO_QUESTIONS_FACTOR, evidenceBoost } from './ranking';
import { SkillVocabulary, type SkillSuggestion } from './skill-vocabulary';
import { cleanText, words } from './text/normalise';

export interface OwnWordsExpertiseIndexOptions {
  /** Decides "now" for the recency of contributions. */
  readonly clock: Clock;
  readonly vocabulary?: SkillVocabulary;
  /** BM25's average length per field; when absent, measured on the first bulk load (`upsertMany`). */
  readonly fieldLengths?: FieldLengths;
}

const ANYONE = 0;
const NO_ONE = -1;
const MAX_SUGGESTIONS = 5;
/** Fewer matches than this and the searcher is offered "Did you mean …?". */
const FEW_MATCHES = 3;
/** Profiles sampled to measure average field lengths at the first bulk load. */
const LENGTH_SAMPLE = 2000;
const NO_TERMS = new Int32Array(0);
const DAY_MS = 86_400_000;

/**
 * The expertise index: people's own words first (BM25F over every field as written, with prefixes and typos),
 * Samen's skill vocabulary second (synonyms, translations, Dutch compounds, broader skills), boosts last.
 * bm25.ts has the formula. Upserts and removals are incremental, so delta sync keeps it fresh.
 */
export class OwnWordsExpertiseIndex implements ExpertiseIndex {
  readonly vocabulary: SkillVocabulary;
  private readonly clock: Clock;
  private readonly epoch: number;
  private readonly lexicon = new Lexicon();
  private readonly words = new PostingStore();
  private readonly skills = new PostingStore();
  private readonly scorer = new Scorer();
  private readonly reader: PersonReader;
  private averages: FieldLengths = { ...DEFAULT_AVERAGE_LENGTH };
  private readonly pinnedLengths: boolean;

  private readonly docOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly profiles: Array<ExpertiseProfile | undefined> = [];
  private readonly termsOf: Int32Array[] = [];
  private readonly skillsOf: Int32Array[] = [];
  private generation: Int32Array = new Int32Array(1024);
  private departmentOf: Int32Array = new Int32Array(1024);
  private locationOf: Int32Array = new Int32Array(1024);
  private open = new Uint8Array(1024);
  // People with contributions: their evidence decays with time, so their postings are rewritten once a day.
  private readonly withEvidence = new Set<number>();
  private evidenceDay = 0;
  private readonly departments = new Map<string, number>([['', ANYONE]]);
  private readonly locations = new Map<string, number>([['', ANYONE]]);

  constructor(options: OwnWordsExpertiseIndexOptions) {
    this.clock = options.clock;
    this.vocabulary = options.vocabulary ?? new SkillVocabulary();
    this.pinnedLengths = options.fieldLengths !== undefined;
    if (options.fieldLengths) this.averages = { ...options.fieldLengths };
    this.epoch = this.clock.now().getTime();
    // The concept layer's reader numbers free words too; the words part reads them itself, so they all share one
    // number past the skills, which postSkills leaves out.
    const anyWord = this.vocabulary.size;
    this.reader = new PersonReader(this.vocabulary, () => anyWord);
    this.scorer.ensure(1024);
  }

  static build(
    profiles: Iterable<ExpertiseProfile>,
    options: OwnWordsExpertiseIndexOptions,
  ): OwnWordsExpertiseIndex {
    const index = new OwnWordsExpertiseIndex(options);
    index.upsertMany(profiles);
    return index;
  }

  /** BM25's average field lengths in use (for building another index that scores alike). */
  get fieldLengths(): FieldLengths {
    return { ...this.averages };
  }

  get size(): number {
    return this.docOf.size;
  }

  has(userId: string): boolean {
    return this.docOf.has(userId);
  }

  upsert(profile: ExpertiseProfile): void {
    this.put(profile);
    this.words.maybePack(this.lexicon.size, this.generation);
    this.skills.maybePack(this.vocabulary.size, this.generation);
  }

  /** Many upserts at once; the first bulk load measures average field lengths for BM25's normalisation. */
  upsertMany(profiles: Iterable<ExpertiseProfile>): void {
    const list = [...profiles];
    const first = this.docOf.size === 0 && list.length > 0;
    if (first && !this.pinnedLengths) this.averages = averageLengths(sample(list, LENGTH_SAMPLE));
    for (const profile of list) this.put(profile);
    if (first) {
      this.words.pack(this.lexicon.size, this.generation);
      this.skills.pack(this.vocabulary.size, this.generation);
    } else {
      this.words.maybePack(this.lexicon.size, this.generation);
      this.skills.maybePack(this.vocabulary.size, this.generation);
    }
  }

  remove(userId: string): void {
    const doc = this.docOf.get(userId);
    if (doc === undefined) return;
    this.retire(doc);
    this.docOf.delete(userId);
    this.withEvidence.delete(doc);
    this.profiles[doc] = undefined;
    this.free.push(doc);
  }

  search(query: ExpertiseSearch): ExpertiseResults {
    const reading = this.read(query);
    const { total, ranked } = this.rank(reading, query, query.skip + query.top);
    const now = this.clock.now().getTime();
    const hits = ranked.slice(query.skip).map(({ doc, score }) => this.explain(doc, reading, score, now));
    return {
      total,
      hits,
      interpretation: reading.interpretation,
      suggestions: this.suggestions(query, reading, total),
    };
  }

  candidates(query: ExpertiseQuery, limit: number): RankedCandidates {
    const reading = this.read(query);
    const { total, ranked } = this.rank(reading, query, limit);
    return {
      total,
      candidates: ranked.map(({ doc, score }) => ({ userId: this.profiles[doc]?.userId as string, score })),
      interpretation: reading.interpretation,
      suggestions: this.suggestions(query, reading, total),
    };
  }

  describe(query: ExpertiseQuery, userIds: readonly string[]): ExpertiseHit[] {
    const reading = this.read(query);
    const scored = this.scorer.score(reading, this.scoringContext());
    const now = this.clock.now().getTime();
    const hits: ExpertiseHit[] = [];
    for (const userId of userIds) {
      const doc = this.docOf.get(userId);
      const score = doc === undefined ? 0 : scoreOf(scored, doc);
      if (doc !== undefined && score > 0) hits.push(this.explain(doc, reading, score, now));
    }
    return hits;
  }

  /** Skills for the search box: the vocabulary's suggestions that someone in the index has. */
  suggest(prefix: string, locale: Locale, limit: number): SkillSuggestion[] {
    return this.vocabulary
      .suggest(prefix, locale, limit * 3)
      .filter((suggestion) => this.skills.peopleWith(this.vocabulary.indexOf(suggestion.skillId) ?? -1) > 0)
      .slice(0, limit);
  }

  // ---- Writing ---------------------------------------------------------------------------------------------

  private put(profile: ExpertiseProfile): void {
    if (typeof profile.userId !== 'string' || profile.userId === '')
      throw new TypeError('A profile needs a userId');
    const known = this.docOf.get(profile.userId);
    if (known !== undefined) this.retire(known);
    const doc = known ?? this.allocate(profile.userId);
    const generation = (this.generation[doc] = (this.generation[doc] as number) + 1);
    this.profiles[doc] = profile;
    this.termsOf[doc] = this.postWords(doc, generation, profile);
    this.skillsOf[doc] = this.postSkills(doc, generation, profile);
    this.departmentOf[doc] = intern(this.departments, filterKey(profile.department));
    this.locationOf[doc] = intern(this.locations, filterKey(profile.officeLocation));
    this.open[doc] = profile.openToQuestions === true ? 1 : 0;
    if ((profile.contributions ?? []).length > 0) this.withEvidence.add(doc);
    else this.withEvidence.delete(doc);
  }

  /** Rewrites the people whose contributions count, when a day has passed since their evidence was decayed. */
  private refreshEvidence(): void {
    const day = Math.floor(this.clock.now().getTime() / DAY_MS);
    if (day <= this.evidenceDay) return;
    const stale = this.evidenceDay !== 0;
    this.evidenceDay = day;
    if (!stale || this.withEvidence.size === 0) return;
    for (const doc of [...this.withEvidence]) this.put(this.profiles[doc] as ExpertiseProfile);
    this.words.maybePack(this.lexicon.size, this.generation);
    this.skills.maybePack(this.vocabulary.size, this.generation);
  }

  private postWords(doc: number, generation: number, profile: ExpertiseProfile): Int32Array {
    const own = readOwnWords(profile, this.averages);
    const terms = new Int32Array(own.keys.length);
    own.keys.forEach((key, i) => {
      const term = this.lexicon.intern(key);
      terms[i] = term;
      this.words.add(term, doc, generation, own.weights[i] as number);
    });
    for (const { key, surface, written } of own.terms)
      this.lexicon.addSurface(surface, this.lexicon.intern(key), written);
    return terms;
  }

  /** The concept layer: each skill's impact (ranking.ts), with contributions decayed to now. */
  private postSkills(doc: number, generation: number, profile: ExpertiseProfile): Int32Array {
    const now = this.clock.now().getTime();
    const reading = this.reader.read(profile, now, this.epoch);
    const decay = Math.pow(2, -(now - this.epoch) / EVIDENCE_HALF_LIFE_MS);
    const skills: number[] = [];
    for (let i = 0; i < reading.count; i++) {
      const skill = reading.concepts[i] as number;
      if (skill >= this.vocabulary.size) continue;
      const impact = (reading.impacts[i] as number) + evidenceBoost((reading.evidence[i] as number) * decay);
      if (!(impact > 0)) continue;
      skills.push(skill);
      this.skills.add(skill, doc, generation, impact);
    }
    return Int32Array.from(skills);
  }

  private retire(doc: number): void {
    for (const term of this.termsOf[doc] ?? NO_TERMS) this.words.forget(term);
    for (const skill of this.skillsOf[doc] ?? NO_TERMS) this.skills.forget(skill);
    this.termsOf[doc] = NO_TERMS;
    this.skillsOf[doc] = NO_TERMS;
    this.generation[doc] = (this.generation[doc] as number) + 1;
  }

  private allocate(userId: string): number {
    const doc = this.free.pop() ?? this.profiles.length;
    this.ensurePeople(doc + 1);
    this.docOf.set(userId, doc);
    return doc;
  }

  private ensurePeople(needed: number): void {
    if (needed > this.generation.length) {
      let size = this.generation.length;
      while (size < needed) size *= 2;
      this.generation = grown(this.generation, size);
      this.departmentOf = grown(this.departmentOf, size);
      this.locationOf = grown(this.locationOf, size);
      const open = new Uint8Array(size);
      open.set(this.open);
      this.open = open;
    }
    this.scorer.ensure(needed);
  }

  // ---- Reading ---------------------------------------------------------------------------------------------

  private read(query: ExpertiseQuery): QueryReading {
    this.refreshEvidence();
    return readQuery(query.text, query.locale, {
      vocabulary: this.vocabulary,
      lexicon: this.lexicon,
      people: this.docOf.size,
      peopleWithTerm: (term) => this.words.peopleWith(term),
      peopleWithSkill: (skill) => this.skills.peopleWith(skill),
    });
  }

  private scoringContext(): ScoringContext {
    return {
      words: this.words,
      skills: this.skills,
      generation: this.generation,
      open: this.open,
      openFactor: OPEN_TO_QUESTIONS_FACTOR,
    };
  }

  private rank(reading: QueryReading, query: ExpertiseQuery, wanted: number) {
    const department =
      query.department === undefined ? ANYONE : (this.departments.get(filterKey(query.department)) ?? NO_ONE);
    const location =
      query.location === undefined ? ANYONE : (this.locations.get(filterKey(query.location)) ?? NO_ONE);
    if (department === NO_ONE || location === NO_ONE) return { total: 0, ranked: [] };
    const excluded = (query.exclude ?? [])
      .map((id) => this.docOf.get(id))
      .filter((doc): doc is number => doc !== undefined);
    const scored = this.scorer.score(reading, this.scoringContext());
    const { departmentOf, locationOf } = this;
    return topScored(scored, wanted, { department, location, departmentOf, locationOf, excluded });
  }

  private explain(doc: number, reading: QueryReading, score: number, now: number): ExpertiseHit {
    const profile = this.profiles[doc] as ExpertiseProfile;
    const skillsOfDoc = this.skillsOf[doc] ?? NO_TERMS;
    const skills = reading.concepts
      .flatMap((slot) => slot.alternatives.map((a) => a.skill))
      .filter((skill) => skillsOfDoc.includes(skill));
    const { matchedSkills, why } = explainPerson({
      profile,
      reading,
      skills: [...new Set(skills)],
      vocabulary: this.vocabulary,
      now,
    });
    return { userId: profile.userId, score, matchedSkills, why };
  }

  /** "Did you mean …?": the words people wrote closest to a mistyped word, then skills close to what was typed. */
  private suggestions(query: ExpertiseQuery, reading: QueryReading, total: number): SkillSuggestion[] {
    if (total >= FEW_MATCHES) return [];
    const found = new Map<string, SkillSuggestion>();
    for (const { meant } of reading.corrections)
      found.set(`term:${meant}`, { skillId: `term:${meant}`, label: meant });
    for (const word of words(cleanText(query.text)))
      for (const suggestion of this.suggest(word.whole, reading.locale, MAX_SUGGESTIONS))
        if (!found.has(suggestion.skillId)) found.set(suggestion.skillId, suggestion);
    return [...found.values()].slice(0, MAX_SUGGESTIONS);
  }
}

function scoreOf(scored: Scored, doc: number): number {
  for (let i = 0; i < scored.count; i++) if (scored.touched[i] === doc) return scored.final(doc);
  return 0;
}

function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = map.size));
  return id;
}

function grown(array: Int32Array, size: number): Int32Array {
  const result = new Int32Array(size);
  result.set(array);
  return result;
}

function sample<T>(list: readonly T[], size: number): T[] {
  if (list.length <= size) return [...list];
  const step = list.length / size;
  return Array.from({ length: size }, (_, i) => list[Math.floor(i * step)] as T);
}
