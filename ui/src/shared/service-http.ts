import { problem } from '@samen/core/contract';
import type { Locale } from '@samen/core/contract';

// The one way ui's clients talk to the Samen service: the caller's token and language on every request, any
// answer but 2xx turned into the client's own error with the service's code and words, a reply its parser refuses
// turned into "invalid response". HttpTalentService and HttpFeedService differ only in paths and parsers.

export type Method = 'GET' | 'PATCH' | 'POST' | 'DELETE';

export interface ServiceCallOptions {
  readonly locale: Locale;
  readonly signal?: AbortSignal;
}

export interface ServiceHttpOptions {
  /** The Samen service's address, e.g. `https://samen.contoso.com`; '' when the page is served by the service. */
  readonly baseUrl: string;
  /** A bearer token for the service: AadHttpClient in SPFx, Nested App Authentication in Teams, the dev tenant locally. */
  readonly getToken: () => Promise<string>;
  /** Defaults to the page's fetch. */
  readonly fetch?: typeof fetch;
}

/** The codes a client says when the service could not (network, token, a reply it does not understand). */
export interface ClientCodes {
  readonly network: string;
  readonly unauthenticated: string;
  readonly invalidResponse: string;
  /** When the body is not a problem (a gateway's HTML error page), the status alone still says what happened. */
  readonly byStatus: Readonly<Record<number, string>>;
}

export type ErrorFactory = (
  status: number,
  code: string,
  message: string | undefined,
  detail: string,
) => Error;

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export class ServiceHttp {
  private readonly baseUrl: string;
  private readonly getToken: () => Promise<string>;
  private readonly fetch: typeof fetch;

  constructor(
    options: ServiceHttpOptions,
    private readonly codes: ClientCodes,
    private readonly error: ErrorFactory,
  ) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    // Unbound, the browser's fetch throws "Illegal invocation".
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** A request whose reply is parsed; a reply the parser refuses is the client's "invalid response". */
  async call<T>(
    method: Method,
    path: string,
    options: ServiceCallOptions,
    parse: (json: unknown) => T,
    body?: unknown,
  ): Promise<T> {
    const response = await this.send(method, path, options, body);
    try {
      return parse(await response.json());
    } catch (error) {
      if (isAbort(error)) throw error;
      throw this.error(
        response.status,
        this.codes.invalidResponse,
        undefined,
        `${method} ${path}: ${String(error)}`,
      );
    }
  }

  /** One request with the caller's token and language; any answer but 2xx becomes the client's error. */
  async send(method: Method, path: string, options: ServiceCallOptions, body?: unknown): Promise<Response> {
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
      throw this.error(0, this.codes.network, undefined, `${method} ${path}: ${String(error)}`);
    }
    if (!response.ok) throw await this.problemOf(method, path, response);
    return response;
  }

  private async token(): Promise<string> {
    try {
      return await this.getToken();
    } catch (error) {
      // MSAL's "interaction required" and friends: to the user, this is being signed out.
      throw this.error(401, this.codes.unauthenticated, undefined, `getToken: ${String(error)}`);
    }
  }

  private async problemOf(method: Method, path: string, response: Response): Promise<Error> {
    const text = await response.text().catch(() => '');
    const found = problem.safeParse(safeJson(text));
    const code = found.success
      ? found.data.code
      : (this.codes.byStatus[response.status] ?? `http${response.status}`);
    const message = found.success ? found.data.message : undefined;
    return this.error(response.status, code, message, `${method} ${path} → ${response.status} ${code}`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
