/** A bearer token for the Samen service's API, as `HttpTalentService` asks for one. */
export type TokenSource = () => Promise<string>;

/** The part of MSAL's nestable client the tab uses (structural, so tests pass a fake). */
export interface NestedAppClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

/** MSAL's error codes that mean "the user must take part" (consent, MFA, a new sign-in), not "broken". */
function needsInteraction(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'InteractionRequiredAuthError';
}

/**
 * Production: Nested App Authentication. Teams (the host) signs the user in; MSAL asks it for a token for the
 * service's API scope. Silent first; only when Entra ID needs the user (first consent) is a popup shown, which
 * NAA hosts allow from a user's click as well as on load.
 */
export function nestedAppTokenSource(client: Promise<NestedAppClient>, scope: string): TokenSource {
  const request = { scopes: [scope] };
  return async () => {
    const msal = await client;
    try {
      return (await msal.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!needsInteraction(error)) throw error;
      return (await msal.acquireTokenPopup(request)).accessToken;
    }
  };
}

/**
 * Local: a dev tenant token for a seeded user, from the portal that serves the tab (`/portal/token`), as the
 * portal's own page gets them. Kept until a minute before it expires.
 */
export function devTenantTokenSource(userId: string, fetchFn: typeof fetch = fetch): TokenSource {
  let cached: { accessToken: string; expiresOn: number } | undefined;
  return async () => {
    if (cached && cached.expiresOn - 60_000 > Date.now()) return cached.accessToken;
    const response = await fetchFn(`/portal/token?as=${encodeURIComponent(userId)}`);
    if (!response.ok) throw new Error(`/portal/token: ${response.status}`);
    cached = (await response.json()) as { accessToken: string; expiresOn: number };
    return cached.accessToken;
  };
}
