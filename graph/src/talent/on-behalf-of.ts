import type { GraphClient } from '../graph-client';
import { systemClock, type Clock } from '@samen/core';
import { z } from 'zod';
import { TokenRequestFailed, type AccessTokenSource } from '../access-tokens';
import { createGraphClient } from '../sdk-client';
import { issuesOf } from './graph-errors';

export interface OnBehalfOfCredentials {
  tokenEndpoint: string;
  /** The service's own app registration, the audience of `userAssertion`. */
  clientId: string;
  clientSecret: string;
  /** The signed-in user's bearer token for the Samen API, as it arrived (already validated by the service). */
  userAssertion: string;
  /** Default `https://graph.microsoft.com/.default`: the delegated Graph permissions consented for the service. */
  scope?: string;
}

// Renew a little before expiry so a token never runs out between being handed out and being used.
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Delegated Graph tokens for one signed-in user, exchanged from their token for the Samen API with the
 * on-behalf-of grant (`urn:ietf:params:oauth:grant-type:jwt-bearer`, graph-facts.md "Users"). One per request
 * or per user: it caches its token until shortly before expiry. Entra answers an expired or foreign assertion
 * with `invalid_grant` (TokenRequestFailed), and a missing consent or MFA with `interaction_required`.
 */
export class OnBehalfOfTokenSource implements AccessTokenSource {
  // Private state also makes the class nominal: no other token source (app-only ones included) passes for it.
  private cached?: { token: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly credentials: OnBehalfOfCredentials,
    private readonly clock: Clock = systemClock,
  ) {}

  getAccessToken(): Promise<string> {
    if (this.cached && this.clock.now().getTime() < this.cached.expiresAt - RENEW_BEFORE_MS)
      return Promise.resolve(this.cached.token);
    this.pending ??= this.requestToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async requestToken(): Promise<string> {
    const { tokenEndpoint, clientId, clientSecret, userAssertion, scope } = this.credentials;
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: clientId,
      client_secret: clientSecret,
      assertion: userAssertion,
      scope: scope ?? 'https://graph.microsoft.com/.default',
      requested_token_use: 'on_behalf_of',
    });
    const response = await fetch(tokenEndpoint, { method: 'POST', body: form });
    const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token)
      throw new TokenRequestFailed(response.status, body.error ?? 'no access_token');
    this.cached = {
      token: body.access_token,
      expiresAt: this.clock.now().getTime() + (body.expires_in ?? 0) * 1000,
    };
    return body.access_token;
  }
}

const values = z.array(z.string());
// Only the profile properties: Graph refuses them in the same PATCH as directory properties (graph-facts.md).
const changesSchema = z.strictObject({
  aboutMe: z.string().nullable().optional(),
  interests: values.optional(),
  pastProjects: values.optional(),
  responsibilities: values.optional(),
  skills: values.optional(),
});

/** Changes to a person's own profile properties; what is left out stays as it is. */
export type ProfileChanges = z.infer<typeof changesSchema>;

export class InvalidProfileChanges extends Error {
  readonly code = 'invalidProfileChanges';
  constructor(readonly issues: readonly string[]) {
    super(`Profile changes Graph would refuse: ${issues.join('; ')}`);
    this.name = 'InvalidProfileChanges';
  }
}

/**
 * Writes the signed-in user's own profile properties (skills, aboutMe, ...) with `PATCH /me`. Graph accepts
 * them only from the user themself with a delegated token, never app-only; so this writer can only be made
 * from an `OnBehalfOfTokenSource`, and it builds its Graph client from that alone.
 */
export class MeProfileWriter {
  private readonly client: GraphClient;

  constructor(tokens: OnBehalfOfTokenSource, graphBaseUrl: string) {
    this.client = createGraphClient({ graphBaseUrl, tokens });
  }

  /**
   * One request (none when there is nothing to change), after one token exchange per token lifetime.
   * @throws InvalidProfileChanges for anything but the profile properties; TokenRequestFailed
   */
  async update(changes: ProfileChanges): Promise<void> {
    const parsed = changesSchema.safeParse(changes);
    if (!parsed.success) throw new InvalidProfileChanges(issuesOf(parsed.error));
    const body = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    if (Object.keys(body).length === 0) return;
    await this.client.api('/me').patch(body);
  }
}
