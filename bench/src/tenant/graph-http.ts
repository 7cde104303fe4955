import { DEV_APPS, confidentialApp } from '@samen/devkit/tenant-coordinates';
import type { TenantInfo } from '../dev-tenant';

/** A non-2xx answer; the message carries Graph's error code so error samples say what went wrong. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`${status} ${detail}`);
  }
}

function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as {
      error?: { code?: string; message?: string } | string;
      error_description?: string;
    };
    // Entra's token endpoint answers {error, error_description}; Graph answers {error: {code, message}}.
    if (typeof body.error === 'string') return `${body.error}: ${body.error_description ?? ''}`.slice(0, 200);
    if (body.error) return `${body.error.code ?? ''}: ${body.error.message ?? ''}`.slice(0, 200);
  } catch {
    // not JSON: the text itself is the best detail there is
  }
  return text.slice(0, 200);
}

/**
 * Plain fetch, the HTTP stack that Samen's Graph client (@microsoft/microsoft-graph-client) uses, so the
 * client-side cost in each latency is the one production pays. Node's fetch keeps connections alive, so
 * after the warm-up no request pays for a TLS handshake.
 */
export class GraphHttp {
  constructor(
    private readonly graphBaseUrl: string,
    private readonly token: string,
  ) {}

  /**
   * Resolves with the body text once all of it has arrived. It is not parsed: a latency should be the
   * tenant's work and the transfer, not the client's JSON.parse.
   */
  async send(method: string, pathOrUrl: string, body?: unknown): Promise<string> {
    const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${this.graphBaseUrl}${pathOrUrl}`;
    const response = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new HttpError(response.status, errorDetail(text));
    return text;
  }

  async json<T>(method: string, pathOrUrl: string, body?: unknown): Promise<T> {
    return JSON.parse(await this.send(method, pathOrUrl, body)) as T;
  }
}

/** An app-only Graph token (client credentials), as Samen's service gets one. */
export async function appOnlyToken(
  info: TenantInfo,
  appName: typeof DEV_APPS.service | typeof DEV_APPS.admin,
): Promise<string> {
  const app = confidentialApp(info, appName);
  const response = await fetch(info.tokenEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.clientId,
      client_secret: app.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, errorDetail(text));
  return (JSON.parse(text) as { access_token: string }).access_token;
}
