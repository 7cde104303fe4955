/** A seeded user of the dev tenant, as the portal server lists them. */
export interface PortalUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string | null;
  readonly department: string | null;
}

export async function fetchUsers(): Promise<PortalUser[]> {
  const response = await fetch('/portal/users', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`/portal/users: ${response.status}`);
  return ((await response.json()) as { value: PortalUser[] }).value;
}

/**
 * The local stand-in for SPFx's AadHttpClient: a token for the Samen API, for the user the page is viewed as,
 * from the portal server (which signs that user in at the dev tenant). Kept until a minute before it expires.
 */
export function devTokenSource(userId: string): () => Promise<string> {
  let cached: { accessToken: string; expiresOn: number } | undefined;
  return async () => {
    if (cached && cached.expiresOn - 60_000 > Date.now()) return cached.accessToken;
    const response = await fetch(`/portal/token?as=${encodeURIComponent(userId)}`);
    if (!response.ok) throw new Error(`/portal/token: ${response.status}`);
    cached = (await response.json()) as { accessToken: string; expiresOn: number };
    return cached.accessToken;
  };
}
