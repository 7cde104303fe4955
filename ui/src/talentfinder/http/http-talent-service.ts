import type { SkillBody, SuggestQuery } from '@samen/core/contract';
import type {
  CallOptions,
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  SkillSuggestion,
  TalentQuery,
  TalentSearchPage,
  TalentService,
} from '../talent-service';
import { isAbort, TalentProblem, TalentServiceError } from '../talent-service-error';
import {
  expertiseChangeOf,
  parseEndorsementCount,
  parseMyExpertise,
  parseProblem,
  parseSearchPage,
  parseSuggestions,
  searchQueryOf,
} from './wire';

export interface HttpTalentServiceOptions {
  /** The Samen service's address, e.g. `https://samen.contoso.com`; '' when the page is served by the service. */
  readonly baseUrl: string;
  /** A bearer token for the service: AadHttpClient in SPFx, Nested App Authentication in Teams, the dev tenant locally. */
  readonly getToken: () => Promise<string>;
  /** Defaults to the page's fetch. */
  readonly fetch?: typeof fetch;
}

type Method = 'GET' | 'PATCH' | 'POST' | 'DELETE';

/** When the body is not a problem (a gateway's HTML error page), the status alone still says what happened. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: TalentProblem.invalidRequest,
  401: TalentProblem.unauthenticated,
  403: TalentProblem.forbidden,
  404: TalentProblem.notFound,
  503: TalentProblem.unavailable,
};

/** TalentService over the Samen service's HTTP API (`/api/talent/...`). */
export class HttpTalentService implements TalentService {
  private readonly baseUrl: string;
  private readonly getToken: () => Promise<string>;
  private readonly fetch: typeof fetch;

  constructor(options: HttpTalentServiceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    // Unbound, the browser's fetch throws "Illegal invocation".
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  search(query: TalentQuery, options: CallOptions): Promise<TalentSearchPage> {
    const params = new URLSearchParams(searchQueryOf(query));
    return this.call('GET', `/api/talent/search?${params.toString()}`, options, parseSearchPage);
  }

  suggestSkills(prefix: string, options: CallOptions): Promise<readonly SkillSuggestion[]> {
    const wire: SuggestQuery = { q: prefix };
    const params = new URLSearchParams(wire);
    return this.call('GET', `/api/talent/suggest?${params.toString()}`, options, parseSuggestions);
  }

  myExpertise(options: CallOptions): Promise<MyExpertise> {
    return this.call('GET', '/api/talent/me', options, parseMyExpertise);
  }

  updateMyExpertise(change: ExpertiseChange, options: CallOptions): Promise<MyExpertise> {
    return this.call('PATCH', '/api/talent/me', options, parseMyExpertise, expertiseChangeOf(change));
  }

  endorse(personId: string, skill: string, options: CallOptions): Promise<EndorsementCount> {
    const path = `/api/talent/people/${encodeURIComponent(personId)}/endorsements`;
    const body: SkillBody = { skill };
    return this.call('POST', path, options, parseEndorsementCount, body);
  }

  async withdrawEndorsement(personId: string, skill: string, options: CallOptions): Promise<void> {
    const path = `/api/talent/people/${encodeURIComponent(personId)}/endorsements`;
    const body: SkillBody = { skill };
    await this.send('DELETE', path, options, body);
  }

  private async call<T>(
    method: Method,
    path: string,
    options: CallOptions,
    parse: (json: unknown) => T,
    body?: unknown,
  ): Promise<T> {
    const response = await this.send(method, path, options, body);
    try {
      return parse(await response.json());
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new TalentServiceError(
        response.status,
        TalentProblem.invalidResponse,
        undefined,
        `${method} ${path}: ${String(error)}`,
      );
    }
  }

  /** One request with the caller's token and language; any answer but 2xx becomes a TalentServiceError. */
  private async send(method: Method, path: string, options: CallOptions, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.locale,
      Authorization: `Bearer ${await this.token()}`,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new TalentServiceError(
        0,
        TalentProblem.network,
        undefined,
        `${method} ${path}: ${String(error)}`,
      );
    }
    if (!response.ok) throw await problemOf(method, path, response);
    return response;
  }

  private async token(): Promise<string> {
    try {
      return await this.getToken();
    } catch (error) {
      // MSAL's "interaction required" and friends: to the user, this is being signed out.
      throw new TalentServiceError(
        401,
        TalentProblem.unauthenticated,
        undefined,
        `getToken: ${String(error)}`,
      );
    }
  }
}

async function problemOf(method: Method, path: string, response: Response): Promise<TalentServiceError> {
  const text = await response.text().catch(() => '');
  const problem = parseProblem(safeJson(text));
  const code = problem?.code ?? CODE_BY_STATUS[response.status] ?? `http${response.status}`;
  return new TalentServiceError(
    response.status,
    code,
    problem?.message,
    `${method} ${path} → ${response.status} ${code}`,
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
