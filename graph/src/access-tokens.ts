import { systemClock, type Clock } from '@samen/core';

/** Anything that can hand out a bearer token for Graph: client credentials here, MSGraphClientV3 or NAA in hosts. */
export interface AccessTokenSource {
  getAccessToken(): Promise<string>;
}

export interface ClientCredentials {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
}

export class TokenRequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(`Token request failed with ${status}: ${error}`);
    this.name = 'TokenRequestFailed';
  }
}

// Renew a little before expiry so a token never runs out between being handed out and being used.
const RENEW_BEFORE_MS = 5 * 60_000;

/** App-only tokens via the client credentials grant, cached until shortly before they expire. */
export class ClientCredentialsTokenSource implements AccessTokenSource {
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly clock: Clock = systemClock,
  ) {}

  getAccessToken(): Promise<string> {
    const now = this.clock.now().getTime();
    if (this.cached && now < this.cached.expiresAt - RENEW_BEFORE_MS)
      return Promise.resolve(this.cached.token);
    // Concurrent callers share one request instead of each fetching a token.
    this.pending ??= this.requestToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async requestToken(): Promise<string> {
    const { tokenEndpoint, clientId, clientSecret, scope } = this.credentials;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: scope ?? 'https://graph.microsoft.com/.default',
    });
    const response = await fetch(tokenEndpoint, { method: 'POST', body: form });
    const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token)
      throw new TokenRequestFailed(response.status, body.error ?? 'no access_token');
    const expiresAt = this.clock.now().getTime() + (body.expires_in ?? 0) * 1000;
    this.cached = { token: body.access_token, expiresAt };
    return body.access_token;
  }
}
