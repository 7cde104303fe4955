import type { Clock } from '../clock';
import type {
  ExpertiseHit,
  ExpertiseIndex,
  ExpertiseQuery,
  ExpertiseResults,
  ExpertiseSearch,
  RankedCandidates,
} from './expertise-index';
import { ConceptStore, grow, resized } from './in-memory/concept-store';
import { explainHit, type ExplainContext } from './in-memory/hit-explainer';
import { PersonReader, filterKey, type PersonFacts, type PersonReading } from './in-memory/person-reading';
import { IMPACT_SCALE, PostingList, quantise } from './in-memory/posting-list';
import { planQuery, type PlanContext, type QueryPlan } from './in-memory/query-plan';
import { Retrieval, type Ranked, type RetrievalContext } from './in-memory/retrieval';
import type { Locale } from './locale';
import type { ExpertiseProfile } from './profile';
import { EVIDENCE_HALF_LIFE_MS, OPEN_TO_QUESTIONS_FACTOR, evidenceBoost } from './ranking';
import { SkillVocabulary, type SkillSuggestion } from './skill-vocabulary';
import { cleanText, words } from './text/normalise';

export interface InMemoryExpertiseIndexOptions {
  /** Decides "now" for the recency of contributions. */
  readonly clock: Clock;
  readonly vocabulary?: SkillVocabulary;
}

const NO_ONE = -1;
const ANYONE = 0;
const INITIAL_PEOPLE = 1 << 10;
const MAX_PEOPLE = 1 << 24;
const SUGGESTIONS_WHEN_EMPTY = 5;

/**
 * The expertise index in memory. Each concept (a canonical skill, or a free word from profiles) has a posting
 * list ordered by a query-independent impact (ranking.ts); queries rank exactly without scoring everyone who
 * matches (retrieval.ts), scoring candidates from a per-person concept store. Upserts and removals are
 * incremental, so delta sync keeps it fresh; `upsertMany` loads in bulk.
 */
export class InMemoryExpertiseIndex implements ExpertiseIndex {
  readonly vocabulary: SkillVocabulary;
  private readonly clock: Clock;
  private readonly epoch: number;
  private latest: number;
  private readonly skillCount: number;

  private readonly wordIds = new Map<string, number>();
  // One list per concept: skills first (by vocabulary number), then free words in order of appearance.
  private readonly lists: PostingList[];
  private peopleWith: Int32Array;
  private readonly reader: PersonReader;
  private impactScratch = new Uint16Array(64);

  private readonly docOf = new Map<string, number>();
  private readonly userIds: Array<string | undefined> = [];
  private readonly facts: Array<PersonFacts | undefined> = [];
  private readonly free: number[] = [];
  private readonly evidence = new Map<number, ReadonlyMap<number, number>>();
  private generation = new Int32Array(INITIAL_PEOPLE);
  private departmentOf = new Int32Array(INITIAL_PEOPLE);
  private locationOf = new Int32Array(INITIAL_PEOPLE);
  private open = new Uint8Array(INITIAL_PEOPLE);
  private excluded = new Uint32Array(INITIAL_PEOPLE);
  private stamp = 0;
  private readonly departments = new Map<string, number>([['', ANYONE]]);
  private readonly locations = new Map<string, number>([['', ANYONE]]);
  private readonly store = new ConceptStore();
  private readonly retrieval = new Retrieval();

  constructor(options: InMemoryExpertiseIndexOptions) {
    this.clock = options.clock;
    this.vocabulary = options.vocabulary ?? new SkillVocabulary();
    this.skillCount = this.vocabulary.size;
    this.lists = Array.from({ length: this.skillCount }, () => new PostingList());
    this.reader = new PersonReader(this.vocabulary, (word) => this.wordConcept(word, true) as number);
    this.peopleWith = new Int32Array(grow(this.skillCount + 1024, 16));
    this.epoch = this.clock.now().getTime();
    this.latest = this.epoch;
  }

  /** An index of these profiles, built in bulk (one sort per posting list). */
  static build(
    profiles: Iterable<ExpertiseProfile>,
    options: InMemoryExpertiseIndexOptions,
  ): InMemoryExpertiseIndex {
    const index = new InMemoryExpertiseIndex(options);
    index.upsertMany(profiles);
    return index;
  }

  get size(): number {
    return this.docOf.size;
  }

  has(userId: string): boolean {
    return this.docOf.has(userId);
  }

  upsert(profile: ExpertiseProfile): void {
    this.put(profile);
  }

  /** Many upserts at once (initial load, a delta page): postings are appended, then each touched list is re-sorted. */
  upsertMany(profiles: Iterable<ExpertiseProfile>): void {
    const touched: PostingList[] = [];
    for (const profile of profiles) this.put(profile, touched);
    for (const list of touched) list.rebuild(this.generation);
    this.store.trim();
  }

  remove(userId: string): void {
    const doc = this.docOf.get(userId);
    if (doc === undefined) return;
    this.retire(doc);
    this.generation[doc] = (this.generation[doc] as number) + 1;
    this.docOf.delete(userId);
    this.userIds[doc] = undefined;
    this.facts[doc] = undefined;
    this.free.push(doc);
  }

  search(query: ExpertiseSearch): ExpertiseResults {
    const plan = this.plan(query);
    const filters = this.filters(query);
    const { total, ranked } =
      filters === undefined ? NOTHING : this.rank(plan, filters, query.skip + query.top);
    const now = this.now();
    const hits = ranked.slice(query.skip).map(({ doc, score }) => this.explain(doc, plan, score, now));
    const suggestions = total === 0 ? this.nearestSkills(query.text, plan.locale) : [];
    return { total, hits, interpretation: plan.interpretation, suggestions };
  }

  candidates(query: ExpertiseQuery, limit: number): RankedCandidates {
    const plan = this.plan(query);
    const filters = this.filters(query);
    const { total, ranked } = filters === undefined ? NOTHING : this.rank(plan, filters, limit);
    const candidates = ranked.map(({ doc, score }) => ({ userId: this.userIds[doc] as string, score }));
    const suggestions = total === 0 ? this.nearestSkills(query.text, plan.locale) : [];
    return { total, candidates, interpretation: plan.interpretation, suggestions };
  }

  describe(query: ExpertiseQuery, userIds: readonly string[]): ExpertiseHit[] {
    const plan = this.plan(query);
    const factor = this.decayFactor();
    const now = this.now();
    const hits: ExpertiseHit[] = [];
    for (const userId of userIds) {
      const doc = this.docOf.get(userId);
      const score = doc === undefined ? 0 : this.score(plan, doc, factor);
      if (doc !== undefined && score > 0) hits.push(this.explain(doc, plan, score, now));
    }
    return hits;
  }

  /** Skills for the search box: the vocabulary's suggestions that someone in the index has. */
  suggest(prefix: string, locale: Locale, limit: number): SkillSuggestion[] {
    return this.vocabulary
      .suggest(prefix, locale, limit * 3)
      .filter((suggestion) => (this.peopleWith[this.vocabulary.indexOf(suggestion.skillId) ?? -1] ?? 0) > 0)
      .slice(0, limit);
  }

  // ---- Writing ---------------------------------------------------------------------------------------------

  /** Writes one profile: in order into the lists, or (with `touched`) appended, for a re-sort afterwards. */
  private put(profile: ExpertiseProfile, touched?: PostingList[]): void {
    if (typeof profile.userId !== 'string' || profile.userId === '')
      throw new TypeError('A profile needs a userId');
    const now = this.now();
    if (now > this.latest) this.latest = now;
    const reading = this.reader.read(profile, now, this.epoch);
    const doc = this.placeFor(profile.userId);
    const impacts = this.quantised(reading);
    this.store.write(doc, reading.count, reading.concepts, impacts, reading.masks);
    this.post(doc, reading, impacts, now, touched);
    this.departmentOf[doc] = intern(this.departments, reading.department);
    this.locationOf[doc] = intern(this.locations, reading.location);
    this.open[doc] = reading.facts.open ? 1 : 0;
    this.facts[doc] = reading.facts;
  }

  /** The person's doc number, with a new generation; a known person's old postings go stale. */
  private placeFor(userId: string): number {
    const known = this.docOf.get(userId);
    if (known !== undefined) this.retire(known);
    const doc = known ?? this.allocate(userId);
    this.generation[doc] = (this.generation[doc] as number) + 1;
    return doc;
  }

  /** Impacts as stored: quantised (posting-list.ts), with the open-to-questions factor applied. */
  private quantised(reading: PersonReading): Uint16Array {
    if (reading.count > this.impactScratch.length)
      this.impactScratch = new Uint16Array(grow(reading.count, 64));
    const factor = reading.facts.open ? OPEN_TO_QUESTIONS_FACTOR : 1;
    for (let i = 0; i < reading.count; i++)
      this.impactScratch[i] = quantise((reading.impacts[i] as number) * factor);
    return this.impactScratch;
  }

  /** One posting per concept; the bound includes evidence decayed to now, which only decays further. */
  private post(
    doc: number,
    reading: PersonReading,
    impacts: Uint16Array,
    now: number,
    touched?: PostingList[],
  ): void {
    const generation = this.generation[doc] as number;
    const factor = this.decayFactorAt(now);
    const openFactor = reading.facts.open ? OPEN_TO_QUESTIONS_FACTOR : 1;
    let withEvidence: Map<number, number> | undefined;
    for (let i = 0; i < reading.count; i++) {
      const concept = reading.concepts[i] as number;
      const decayed = reading.evidence[i] as number;
      const stored = impacts[i] as number;
      if (decayed > 0) (withEvidence ??= new Map()).set(concept, decayed);
      const bound =
        decayed > 0 ? quantise(stored / IMPACT_SCALE + openFactor * evidenceBoost(decayed * factor)) : stored;
      const list = this.lists[concept] as PostingList;
      if (touched === undefined) list.insert(doc, generation, bound);
      else if (list.append(doc, generation, bound)) touched.push(list);
      this.peopleWith[concept] = (this.peopleWith[concept] as number) + 1;
    }
    if (withEvidence !== undefined) this.evidence.set(doc, withEvidence);
  }

  /** Takes a person's postings out of the counts; the postings themselves go stale with the generation. */
  private retire(doc: number): void {
    for (const concept of this.store.conceptsOf(doc)) {
      this.peopleWith[concept] = (this.peopleWith[concept] as number) - 1;
      const list = this.lists[concept] as PostingList;
      list.stale++;
      list.purgeIfStale((d, generation) => this.generation[d] === generation && d !== doc);
    }
    this.store.release(doc);
    this.evidence.delete(doc);
    this.open[doc] = 0;
  }

  private allocate(userId: string): number {
    const doc = this.free.pop() ?? this.userIds.length;
    if (doc >= MAX_PEOPLE) throw new RangeError(`The in-memory index holds at most ${MAX_PEOPLE} people`);
    this.ensurePeople(doc + 1);
    this.docOf.set(userId, doc);
    this.userIds[doc] = userId;
    return doc;
  }

  private ensurePeople(needed: number): void {
    if (needed <= this.generation.length) return;
    const size = grow(needed, this.generation.length);
    this.generation = resized(this.generation, size, Int32Array);
    this.departmentOf = resized(this.departmentOf, size, Int32Array);
    this.locationOf = resized(this.locationOf, size, Int32Array);
    this.open = resized(this.open, size, Uint8Array);
    this.excluded = resized(this.excluded, size, Uint32Array);
    this.retrieval.ensure(size);
  }

  private wordConcept(word: string, create: boolean): number | undefined {
    const known = this.wordIds.get(word);
    if (known !== undefined || !create) return known === undefined ? undefined : this.skillCount + known;
    const concept = this.skillCount + this.wordIds.size;
    this.wordIds.set(word, this.wordIds.size);
    this.lists.push(new PostingList());
    if (concept >= this.peopleWith.length) {
      this.peopleWith = resized(this.peopleWith, grow(concept + 1, this.peopleWith.length), Int32Array);
    }
    return concept;
  }

  // ---- Reading ---------------------------------------------------------------------------------------------

  private plan(query: ExpertiseQuery): QueryPlan {
    const context: PlanContext = {
      vocabulary: this.vocabulary,
      people: this.docOf.size,
      wordConcept: (key) => this.wordConcept(key, false),
      peopleWith: (concept) => this.peopleWith[concept] ?? 0,
      listOf: (concept) => this.lists[concept],
    };
    return planQuery(query.text, query.locale, context);
  }

  /** Filters as interned numbers; undefined when a filter names something nobody has. */
  private filters(query: ExpertiseQuery): Filters | undefined {
    const department =
      query.department === undefined ? ANYONE : (this.departments.get(filterKey(query.department)) ?? NO_ONE);
    const location =
      query.location === undefined ? ANYONE : (this.locations.get(filterKey(query.location)) ?? NO_ONE);
    if (department === NO_ONE || location === NO_ONE) return undefined;
    const excluded: number[] = [];
    for (const userId of query.exclude ?? []) {
      const doc = this.docOf.get(userId);
      if (doc !== undefined) excluded.push(doc);
    }
    return { department, location, excluded };
  }

  /** Everyone matching, and the `wanted` best of them, best first (retrieval.ts). */
  private rank(
    plan: QueryPlan,
    filters: Filters,
    wanted: number,
  ): { total: number; ranked: readonly Ranked[] } {
    const first = plan.slots[0];
    if (first === undefined) return { total: 0, ranked: [] };
    const context = this.context(plan, filters);
    const only =
      plan.slots.length === 1 && first.alternatives.length === 1 ? first.alternatives[0] : undefined;
    if (only === undefined) return this.retrieval.gather(plan.slots, wanted, context);
    const unfiltered =
      filters.department === ANYONE && filters.location === ANYONE && filters.excluded.length === 0;
    const total = unfiltered
      ? (this.peopleWith[only.concept] as number)
      : this.retrieval.count(plan.slots, context);
    const ranked =
      wanted > 0 && total > 0
        ? this.retrieval.walk(plan.slots, wanted < total ? wanted : total, context)
        : [];
    return { total, ranked };
  }

  private context(plan: QueryPlan, filters: Filters): RetrievalContext {
    const factor = this.decayFactor();
    const stamp = this.markExcluded(filters);
    return {
      generation: this.generation,
      accepts: (doc) => this.passes(doc, filters, stamp),
      score: (doc) => this.score(plan, doc, factor),
    };
  }

  /** Exact score: per slot, the best alternative's weight × the person's current impact; slots add up. */
  private score(plan: QueryPlan, doc: number, factor: number): number {
    let score = 0;
    for (const slot of plan.slots) {
      let best = 0;
      for (const alternative of slot.alternatives) {
        const value = alternative.weight * this.impact(doc, alternative.concept, factor);
        if (value > best) best = value;
      }
      score += best;
    }
    return score;
  }

  private impact(doc: number, concept: number, factor: number): number {
    const position = this.store.find(doc, concept);
    if (position < 0) return 0;
    const stored = this.store.impactAt(position) / IMPACT_SCALE;
    if (concept >= this.skillCount) return stored;
    const evidence = this.evidence.get(doc)?.get(concept);
    if (evidence === undefined) return stored;
    return stored + (this.open[doc] === 1 ? OPEN_TO_QUESTIONS_FACTOR : 1) * evidenceBoost(evidence * factor);
  }

  private passes(doc: number, filters: Filters, stamp: number): boolean {
    if (filters.department !== ANYONE && this.departmentOf[doc] !== filters.department) return false;
    if (filters.location !== ANYONE && this.locationOf[doc] !== filters.location) return false;
    return filters.excluded.length === 0 || this.excluded[doc] !== stamp;
  }

  /** Marks the excluded people for this query; returns the stamp that marks them. */
  private markExcluded(filters: Filters): number {
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      this.excluded.fill(0);
    }
    const stamp = ++this.stamp;
    for (const doc of filters.excluded) this.excluded[doc] = stamp;
    return stamp;
  }

  private explain(doc: number, plan: QueryPlan, score: number, now: number): ExpertiseHit {
    const factor = this.decayFactor();
    const context: ExplainContext = {
      vocabulary: this.vocabulary,
      skillCount: this.skillCount,
      store: this.store,
      impactOf: (d, concept) => this.impact(d, concept, factor),
    };
    return explainHit(doc, this.facts[doc] as PersonFacts, plan, score, now, context);
  }

  private nearestSkills(text: string, locale: Locale): SkillSuggestion[] {
    const found = new Map<string, SkillSuggestion>();
    for (const word of words(cleanText(text))) {
      for (const suggestion of this.suggest(word.whole, locale, SUGGESTIONS_WHEN_EMPTY)) {
        if (found.size < SUGGESTIONS_WHEN_EMPTY && !found.has(suggestion.skillId))
          found.set(suggestion.skillId, suggestion);
      }
    }
    return [...found.values()];
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  /**
   * Evidence decays by one factor for everyone, 2^-(t - epoch)/halfLife. A clock behind the latest write counts
   * as that write's time: posting bounds were computed then, and must stay bounds.
   */
  private decayFactor(): number {
    const now = this.now();
    return this.decayFactorAt(now > this.latest ? now : this.latest);
  }

  private decayFactorAt(time: number): number {
    return Math.pow(2, -(time - this.epoch) / EVIDENCE_HALF_LIFE_MS);
  }
}

const NOTHING = { total: 0, ranked: [] as readonly Ranked[] };

interface Filters {
  readonly department: number;
  readonly location: number;
  readonly excluded: readonly number[];
}

function intern(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}
