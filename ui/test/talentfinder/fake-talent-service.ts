import {
  isTalentError,
  MAX_LANGUAGE_LENGTH,
  MAX_LANGUAGES,
  MAX_OWN_SKILLS,
  MAX_SKILL_LENGTH,
  validateExpertSearch,
} from '@samen/core';
import {
  expertiseChangeBody,
  PROBLEMS,
  problemsOf,
  searchQuery,
  skillBody,
  statusOf,
  suggestQuery,
  type MyExpertiseWire,
  type ProblemCode,
  type SearchPageWire,
  type Availability,
  type Locale,
  type TalentOperation,
} from '@samen/core/contract';
import type {
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  SkillSuggestion,
  TalentQuery,
  TalentResult,
  TalentSearchPage,
  TalentService,
} from '../../src';
import { TalentServiceError } from '../../src';
import {
  expertiseChangeOf,
  parseEndorsementCount,
  parseMyExpertise,
  parseSearchPage,
  parseSuggestions,
  searchQueryOf,
} from '../../src/talentfinder/http/wire';

/** A colleague in the fake directory: what the search result shows, plus everything they know. */
export interface FakePerson extends Omit<TalentResult, 'matchedSkills' | 'why' | 'score'> {
  readonly skills: readonly string[];
}

type Method = keyof TalentService & TalentOperation;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
  readonly locale: Locale;
  readonly signal?: AbortSignal;
}

/** A refusal as the service words it: the contract's status and text for `code`, in the caller's language. */
class Refusal {
  constructor(readonly code: ProblemCode) {}
}

const REACHABLE: ReadonlySet<Availability> = new Set(['Available', 'AvailableIdle']);

/** Values cross the "network" as JSON, as the HTTP implementation's do: no shared references, no Dates. */
function roundTrip<T>(value: T): T {
  // A 204 has no body at all.
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function aborted(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** What the service's request schemas refuse (an unknown or oversized field) is invalidRequest there too. */
function checkRequest(schema: { safeParse(value: unknown): { success: boolean } }, wire: unknown): void {
  if (!schema.safeParse(wire).success) throw new Refusal('invalidRequest');
}

/**
 * An in-memory Samen service that behaves like the network and answers by the HTTP contract
 * (`@samen/core/contract`): requests go through the contract's request schemas, replies are JSON built in the
 * contract's wire shapes and parsed by the same functions as HttpTalentService, and refusals carry the
 * contract's status, code and text in the caller's language. Every answer is asynchronous; a cancelled call
 * rejects with AbortError. The shared contract cases (test-support/talent-contract.ts) hold it to the service.
 */
export class FakeTalentService implements TalentService {
  readonly calls: Call[] = [];
  private readonly failures: { method: Method; code: ProblemCode }[] = [];
  private readonly endorsements = new Map<string, number>();
  private readonly mine = new Set<string>();
  private me: MyExpertise;
  private readonly vocabulary: readonly string[];
  private readonly latency: (call: Call) => number;
  private readonly signedIn: boolean;

  constructor(
    private readonly people: readonly FakePerson[],
    options: {
      me: MyExpertise;
      vocabulary?: readonly string[];
      latency?: (call: Call) => number;
      /** false: the caller's token is refused, as after signing out elsewhere. */
      signedIn?: boolean;
    },
  ) {
    this.me = options.me;
    this.vocabulary = options.vocabulary ?? [...new Set(people.flatMap((person) => person.skills))];
    this.latency = options.latency ?? (() => 5);
    this.signedIn = options.signedIn ?? true;
  }

  /** The next call of `method` fails with the contract's problem `code` (one this operation may answer). */
  failNext(method: Method, code: ProblemCode): void {
    this.failures.push({ method, code });
  }

  /** As if the caller endorsed this person for this skill in an earlier session. */
  givenEndorsed(personId: string, skill: string): void {
    this.mine.add(keyOf(personId, skill));
    this.endorsements.set(keyOf(personId, skill), 1);
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  lastSearch(): TalentQuery {
    const last = this.callsOf('search').at(-1);
    if (!last) throw new Error('no search was made');
    return last.args[0] as TalentQuery;
  }

  search(query: TalentQuery, options: CallOptions): Promise<TalentSearchPage> {
    return this.answer('search', [query], options, () => {
      checkRequest(searchQuery, searchQueryOf(query));
      const valid = domainRule(() =>
        validateExpertSearch({ text: query.q, top: query.top, skip: query.skip, ...filtersOf(query) }),
      );
      return parseSearchPage(roundTrip(this.searchPage(query, valid.text.toLowerCase())));
    });
  }

  suggestSkills(prefix: string, options: CallOptions): Promise<readonly SkillSuggestion[]> {
    return this.answer('suggestSkills', [prefix], options, () => {
      checkRequest(suggestQuery, { q: prefix });
      const suggestions = this.vocabulary
        .filter((skill) => skill.toLowerCase().startsWith(prefix.trim().toLowerCase()))
        .slice(0, 8)
        .map((label) => ({ skillId: label.toLowerCase(), label }));
      return parseSuggestions(roundTrip({ suggestions }));
    });
  }

  myExpertise(options: CallOptions): Promise<MyExpertise> {
    return this.answer('myExpertise', [], options, () => parseMyExpertise(roundTrip(this.meWire())));
  }

  updateMyExpertise(change: ExpertiseChange, options: CallOptions): Promise<MyExpertise> {
    return this.answer('updateMyExpertise', [change], options, () => {
      const wire = expertiseChangeOf(change);
      checkRequest(expertiseChangeBody, wire);
      checkOwnExpertise(wire);
      this.me = { ...this.me, ...wire };
      return parseMyExpertise(roundTrip(this.meWire()));
    });
  }

  endorse(personId: string, skill: string, options: CallOptions): Promise<EndorsementCount> {
    return this.answer('endorse', [personId, skill], options, () => {
      const label = this.checkEndorsement(personId, skill);
      if (!this.people.some((person) => person.id === personId)) throw new Refusal('talent.person.not-found');
      const key = keyOf(personId, label);
      if (this.mine.has(key)) throw new Refusal('talent.endorsement.duplicate');
      this.mine.add(key);
      const count = (this.endorsements.get(key) ?? 0) + 1;
      this.endorsements.set(key, count);
      return parseEndorsementCount(roundTrip({ skill: label.toLowerCase(), label, count }));
    });
  }

  withdrawEndorsement(personId: string, skill: string, options: CallOptions): Promise<void> {
    return this.answer('withdrawEndorsement', [personId, skill], options, () => {
      const key = keyOf(personId, this.checkEndorsement(personId, skill));
      if (!this.mine.delete(key)) throw new Refusal('talent.endorsement.not-found');
      this.endorsements.set(key, Math.max(0, (this.endorsements.get(key) ?? 1) - 1));
      return undefined;
    });
  }

  /** The service's order: never yourself, then the skill as typed. Returns the skill's clean label. */
  private checkEndorsement(personId: string, skill: string): string {
    checkRequest(skillBody, { skill });
    if (personId === this.me.id) throw new Refusal('talent.endorsement.self');
    const label = skill.trim().replace(/\s+/g, ' ');
    if (label === '') throw new Refusal('talent.skill.required');
    if (label.length > MAX_SKILL_LENGTH) throw new Refusal('talent.skill.too-long');
    return label;
  }

  private searchPage(query: TalentQuery, typed: string): SearchPageWire {
    // Like the service, a word nobody wrote is read as a word colleagues did write one swap away ("kubrenetes").
    const corrected = this.matches(typed) ? undefined : this.transposed(typed);
    const q = corrected?.toLowerCase() ?? typed;
    const matching = this.people
      .map((person) => ({
        person,
        matched: person.skills.filter((skill) => skill.toLowerCase().includes(q)),
      }))
      .filter(({ person, matched }) => matched.length > 0 && this.passesFilters(person, query));
    const page = matching.slice(query.skip, query.skip + query.top).map(({ person, matched }, index) => {
      const { skills: _skills, ...shown } = person;
      return {
        ...shown,
        matchedSkills: matched,
        why: `skills: ${matched.join(' · ')}`,
        score: 1 - index / 100,
      };
    });
    return {
      total: matching.length,
      results: page,
      suggestions: matching.length ? [] : this.nearestSkills(q),
      ...(corrected === undefined ? {} : { correctedQuery: corrected }),
    };
  }

  private matches(q: string): boolean {
    return this.people.some((person) => person.skills.some((skill) => skill.toLowerCase().includes(q)));
  }

  /** A skill word, as a colleague wrote it, that is `q` with two neighbouring letters swapped back. */
  private transposed(q: string): string | undefined {
    const words = this.people.flatMap((person) => person.skills.flatMap((skill) => skill.split(' ')));
    return words.find((word) => word.length === q.length && isOneSwapApart(word.toLowerCase(), q));
  }

  private meWire(): MyExpertiseWire {
    const { skills, languages, endorsements, ...rest } = this.me;
    return {
      ...rest,
      skills: [...skills],
      languages: [...languages],
      endorsements: endorsements.map((e) => ({ ...e })),
    };
  }

  private passesFilters(person: FakePerson, query: TalentQuery): boolean {
    return (
      (!query.available || REACHABLE.has(person.presence.availability)) &&
      (!query.department || person.department === query.department) &&
      (!query.location || person.officeLocation === query.location)
    );
  }

  private nearestSkills(q: string): SkillSuggestion[] {
    return this.vocabulary
      .filter((skill) => skill.toLowerCase()[0] === q[0])
      .slice(0, 3)
      .map((label) => ({ skillId: label.toLowerCase(), label }));
  }

  /** A refusal becomes what HttpTalentService makes of the service's problem body. */
  private problem(method: Method, code: ProblemCode, locale: Locale): TalentServiceError {
    if (!problemsOf(method).includes(code))
      throw new Error(`fake: the contract does not let ${method} answer ${code}`);
    return new TalentServiceError(statusOf(code), code, PROBLEMS[code][locale], `fake: ${method} → ${code}`);
  }

  private plannedFailure(method: Method): ProblemCode | undefined {
    if (!this.signedIn) return 'unauthenticated';
    const index = this.failures.findIndex((entry) => entry.method === method);
    return index >= 0 ? this.failures.splice(index, 1)[0]!.code : undefined;
  }

  private answer<T>(method: Method, args: unknown[], options: CallOptions, compute: () => T): Promise<T> {
    const call: Call = { method, args: roundTrip(args), locale: options.locale, signal: options.signal };
    this.calls.push(call);
    const planned = this.plannedFailure(method);
    return new Promise<T>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(aborted());
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        try {
          if (planned) throw new Refusal(planned);
          resolve(compute());
        } catch (error) {
          reject(error instanceof Refusal ? this.problem(method, error.code, options.locale) : error);
        }
      }, this.latency(call));
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(aborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function keyOf(personId: string, skill: string): string {
  return `${personId}|${skill.toLowerCase()}`;
}

function filtersOf(query: TalentQuery): { department?: string; location?: string } {
  return {
    ...(query.department ? { department: query.department } : {}),
    ...(query.location ? { location: query.location } : {}),
  };
}

/** The domain's own validation (core is pure, so the fake runs the real rule); its error becomes a refusal. */
function domainRule<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (isTalentError(error)) throw new Refusal(error.code);
    throw error;
  }
}

/** The limits updateOwnExpertise applies, in its order, without a vocabulary to merge aliases. */
function checkOwnExpertise(change: ReturnType<typeof expertiseChangeOf>): void {
  const skills = (change.skills ?? []).map((skill) => skill.trim()).filter(Boolean);
  const languages = (change.languages ?? []).map((language) => language.trim()).filter(Boolean);
  if (Object.keys(change).length === 0) throw new Refusal('talent.profile.nothing-to-update');
  if (skills.some((skill) => skill.length > MAX_SKILL_LENGTH)) throw new Refusal('talent.skill.too-long');
  if (new Set(skills.map((s) => s.toLowerCase())).size > MAX_OWN_SKILLS)
    throw new Refusal('talent.profile.too-many-skills');
  if (languages.some((language) => language.length > MAX_LANGUAGE_LENGTH))
    throw new Refusal('talent.profile.language-too-long');
  if (new Set(languages.map((l) => l.toLowerCase())).size > MAX_LANGUAGES)
    throw new Refusal('talent.profile.too-many-languages');
}

function isOneSwapApart(a: string, b: string): boolean {
  const differ = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}
