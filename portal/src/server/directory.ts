import type { DevTenant } from './dev-tenant';

/** A seeded user the page can be viewed as. */
export interface PortalUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
}

export interface IssuedToken {
  accessToken: string;
  expiresOn: number;
}

interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
  error?: string;
  error_description?: string;
}

async function requestToken(tenant: DevTenant, form: Record<string, string>): Promise<IssuedToken> {
  const response = await fetch(tenant.tokenEndpoint, { method: 'POST', body: new URLSearchParams(form) });
  const body = (await response.json()) as TokenAnswer;
  if (!response.ok || !body.access_token)
    throw new Error(`token request failed: ${response.status} ${body.error_description ?? body.error ?? ''}`);
  return { accessToken: body.access_token, expiresOn: Date.now() + (body.expires_in ?? 3599) * 1000 };
}

/**
 * The dev tenant's people, read from Graph, and sign-in as one of them. In production SharePoint signs the user
 * in and AadHttpClient gets the token; here the portal does both for a chosen seeded user.
 */
export class DevDirectory {
  private users: Promise<PortalUser[]> | undefined;

  constructor(
    private readonly tenant: DevTenant,
    private readonly count = 30,
  ) {}

  /** The first seeded people, by name: enough to view the page as a few different colleagues. */
  listUsers(): Promise<PortalUser[]> {
    this.users ??= this.readUsers().catch((error: unknown) => {
      this.users = undefined;
      throw error;
    });
    return this.users;
  }

  /** An access token for the Samen API, for the chosen user (password grant through the public client). */
  async tokenFor(userId: string): Promise<IssuedToken> {
    const user = (await this.listUsers()).find((u) => u.id === userId);
    if (!user) throw new UnknownUser(userId);
    return requestToken(this.tenant, {
      grant_type: 'password',
      client_id: this.tenant.webClientId,
      username: user.userPrincipalName,
      password: this.tenant.devUserPassword,
      scope: `api://${this.tenant.serviceClientId}/access_as_user`,
    });
  }

  private async readUsers(): Promise<PortalUser[]> {
    const { accessToken } = await requestToken(this.tenant, {
      grant_type: 'client_credentials',
      client_id: this.tenant.serviceClientId,
      client_secret: this.tenant.serviceClientSecret,
      scope: 'https://graph.microsoft.com/.default',
    });
    const select = 'id,displayName,userPrincipalName,jobTitle,department';
    const response = await fetch(`${this.tenant.graphBaseUrl}/users?$top=${this.count}&$select=${select}`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    if (!response.ok) throw new Error(`GET /users failed: ${response.status}`);
    const { value } = (await response.json()) as { value: PortalUser[] };
    return value.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}

export class UnknownUser extends Error {
  constructor(readonly userId: string) {
    super(`no seeded user ${userId}`);
  }
}
