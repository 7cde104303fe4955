import type {
  Availability,
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  SkillSuggestion,
  TalentLocale,
  TalentQuery,
  TalentResult,
  TalentSearchPage,
  TalentService,
} from '../../src';
import { TalentServiceError } from '../../src';

/** A colleague in the fake directory: what the search result shows, plus everything they know. */
export interface FakePerson extends Omit<TalentResult, 'matchedSkills' | 'why' | 'score'> {
  readonly skills: readonly string[];
}

export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: Readonly<Record<TalentLocale, string>>;
}

type Method = keyof TalentService;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
  readonly locale: TalentLocale;
  readonly signal?: AbortSignal;
}

const PROBLEMS = {
  duplicate: {
    status: 409,
    code: 'talent.endorsement.duplicate',
    message: {
      'en-US': 'You have already endorsed this skill.',
      'nl-NL': 'Je hebt deze vaardigheid al onderschreven.',
    },
  },
  self: {
    status: 409,
    code: 'talent.endorsement.self',
    message: { 'en-US': 'You cannot endorse yourself.', 'nl-NL': 'Je kunt jezelf niet onderschrijven.' },
  },
  invalid: {
    status: 400,
    code: 'invalidRequest',
    message: {
      'en-US': 'Something in the request is not right.',
      'nl-NL': 'Er klopt iets niet in het verzoek.',
    },
  },
  unavailable: {
    status: 503,
    code: 'unavailable',
    message: {
      'en-US': 'Samen is busy right now. Please try again in a moment.',
      'nl-NL': 'Samen heeft het even druk. Probeer het zo nog eens.',
    },
  },
} satisfies Record<string, Problem>;

export const problems: Readonly<typeof PROBLEMS> = PROBLEMS;

const REACHABLE: ReadonlySet<Availability> = new Set(['Available', 'AvailableIdle']);

/** Values cross the "network" as JSON, as the HTTP implementation's do: no shared references, no Dates. */
function roundTrip<T>(value: T): T {
  // A 204 has no body at all.
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function aborted(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * An in-memory Samen service that behaves like the network: every answer is asynchronous and JSON round-tripped,
 * a cancelled call rejects with AbortError, problems arrive as TalentServiceErrors with messages in the caller's
 * language, and the endorsement rules (never yourself, once per skill) hold.
 */
export class FakeTalentService implements TalentService {
  readonly calls: Call[] = [];
  private readonly failures: { method: Method; problem: Problem }[] = [];
  private readonly endorsements = new Map<string, number>();
  private readonly mine = new Set<string>();
  private me: MyExpertise;
  private readonly vocabulary: readonly string[];
  private readonly latency: (call: Call) => number;

  constructor(
    private readonly people: readonly FakePerson[],
    options: { me: MyExpertise; vocabulary?: readonly string[]; latency?: (call: Call) => number },
  ) {
    this.me = options.me;
    this.vocabulary = options.vocabulary ?? [...new Set(people.flatMap((person) => person.skills))];
    this.latency = options.latency ?? (() => 5);
  }

  /** The next call of `method` fails with `problem`. */
  failNext(method: Method, problem: Problem): void {
    this.failures.push({ method, problem });
  }

  /** As if the caller endorsed this person for this skill in an earlier session. */
  givenEndorsed(personId: string, skill: string): void {
    this.mine.add(`${personId}|${skill.toLowerCase()}`);
    this.endorsements.set(`${personId}|${skill.toLowerCase()}`, 1);
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
      const q = query.q.toLowerCase();
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
      };
    });
  }

  suggestSkills(prefix: string, options: CallOptions): Promise<readonly SkillSuggestion[]> {
    return this.answer('suggestSkills', [prefix], options, () =>
      this.vocabulary
        .filter((skill) => skill.toLowerCase().startsWith(prefix.toLowerCase()))
        .slice(0, 5)
        .map((label) => ({ skillId: label.toLowerCase(), label })),
    );
  }

  myExpertise(options: CallOptions): Promise<MyExpertise> {
    return this.answer('myExpertise', [], options, () => this.me);
  }

  updateMyExpertise(change: ExpertiseChange, options: CallOptions): Promise<MyExpertise> {
    return this.answer('updateMyExpertise', [change], options, () => {
      if ((change.skills?.length ?? 0) > 50) throw this.problem(problems.invalid, options.locale);
      this.me = { ...this.me, ...change };
      return this.me;
    });
  }

  endorse(personId: string, skill: string, options: CallOptions): Promise<EndorsementCount> {
    return this.answer('endorse', [personId, skill], options, () => {
      const key = `${personId}|${skill.toLowerCase()}`;
      if (personId === this.me.id) throw this.problem(problems.self, options.locale);
      if (this.mine.has(key)) throw this.problem(problems.duplicate, options.locale);
      this.mine.add(key);
      const count = (this.endorsements.get(key) ?? 0) + 1;
      this.endorsements.set(key, count);
      return { skill: skill.toLowerCase(), label: skill, count };
    });
  }

  withdrawEndorsement(personId: string, skill: string, options: CallOptions): Promise<void> {
    return this.answer('withdrawEndorsement', [personId, skill], options, () => {
      const key = `${personId}|${skill.toLowerCase()}`;
      this.mine.delete(key);
      this.endorsements.set(key, Math.max(0, (this.endorsements.get(key) ?? 1) - 1));
      return undefined;
    });
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

  private problem(problem: Problem, locale: TalentLocale): TalentServiceError {
    return new TalentServiceError(
      problem.status,
      problem.code,
      problem.message[locale],
      `fake: ${problem.code}`,
    );
  }

  private answer<T>(method: Method, args: unknown[], options: CallOptions, compute: () => T): Promise<T> {
    const call: Call = { method, args: roundTrip(args), locale: options.locale, signal: options.signal };
    this.calls.push(call);
    const failure = this.failures.findIndex((entry) => entry.method === method);
    const [planned] = failure >= 0 ? this.failures.splice(failure, 1) : [];
    return new Promise<T>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(aborted());
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        try {
          if (planned) throw this.problem(planned.problem, options.locale);
          resolve(roundTrip(compute()));
        } catch (error) {
          reject(error);
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
