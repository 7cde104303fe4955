import { randomUUID } from 'node:crypto';
import type { AppRegistration } from './apps';
import { GRAPH_RESOURCE } from './apps';
import type { SigningKey } from './keys';
import { mintAccessToken } from './tokens';
import type { AccessTokenVerifier } from './verify';

export interface DirectoryAccounts {
  /** Returns the user when the password is right, otherwise undefined. */
  signIn(upn: string, password: string): { id: string; upn: string; displayName: string } | undefined;
  byId(id: string): { id: string; upn: string; displayName: string } | undefined;
}

export interface TokenEndpointDeps {
  tenantId: string;
  issuer: string;
  key: SigningKey;
  apps: AppRegistration[];
  accounts: DirectoryAccounts;
  verifier: AccessTokenVerifier;
  lifetimeSeconds: number;
  now: () => Date;
}

export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

/** An OAuth error in Entra's shape, with its AADSTS number. */
class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly aadsts: number,
    message: string,
  ) {
    super(message);
  }
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

interface Resource {
  audience: string;
  /** Prefix that scope names carry in a request for this resource (`https://graph.microsoft.com/User.Read`). */
  prefix: string;
  app?: AppRegistration;
}

function resolveResource(deps: TokenEndpointDeps, value: string): Resource {
  if (value === GRAPH_RESOURCE || value === '') return { audience: GRAPH_RESOURCE, prefix: GRAPH_RESOURCE };
  const app = deps.apps.find(
    (a) => a.exposesApi && (value === `api://${a.clientId}` || value === a.clientId),
  );
  if (!app) {
    throw new OAuthError(
      'invalid_resource',
      500011,
      `The resource principal named ${value} was not found in the tenant.`,
    );
  }
  return { audience: app.clientId, prefix: `api://${app.clientId}`, app };
}

/** Splits `https://graph.microsoft.com/User.Read` into resource and name; bare names are Graph's. */
function splitScope(scope: string): { resource: string; name: string } {
  const slash = scope.lastIndexOf('/');
  if (slash < 0) return { resource: GRAPH_RESOURCE, name: scope };
  return { resource: scope.slice(0, slash), name: scope.slice(slash + 1) };
}

function requestedScopes(raw: string | null): { resource: string; names: string[] } {
  const parts = (raw ?? '').split(/\s+/).filter((s) => s && !OIDC_SCOPES.has(s));
  if (parts.length === 0)
    throw new OAuthError(
      'invalid_scope',
      70011,
      "The provided value for the input parameter 'scope' is not valid.",
    );
  const split = parts.map(splitScope);
  const resource = split[0]!.resource;
  if (split.some((s) => s.resource !== resource)) {
    throw new OAuthError(
      'invalid_scope',
      28000,
      'Provided value for the input parameter scope is not valid because it contains more than one resource.',
    );
  }
  return { resource, names: split.map((s) => s.name) };
}

function authenticateClient(
  deps: TokenEndpointDeps,
  form: URLSearchParams,
  secretRequired: boolean,
): AppRegistration {
  const clientId = form.get('client_id') ?? '';
  const app = deps.apps.find((a) => a.clientId === clientId);
  if (!app) {
    throw new OAuthError(
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${deps.tenantId}'.`,
    );
  }
  const secret = form.get('client_secret');
  if (app.clientSecret === undefined) {
    if (secretRequired)
      throw new OAuthError(
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    return app;
  }
  if (secret !== app.clientSecret) {
    throw new OAuthError(
      'invalid_client',
      7000215,
      'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    );
  }
  return app;
}

/** Delegated scopes the app may hold for the resource: `.default` means all of them (admin consent). */
function grantedScopes(app: AppRegistration, resource: Resource, names: string[]): string[] {
  const available = app.delegatedScopes
    .map(splitScope)
    .filter((s) =>
      s.resource === GRAPH_RESOURCE ? resource.prefix === GRAPH_RESOURCE : s.resource === resource.prefix,
    )
    .map((s) => s.name);
  if (names.includes('.default')) return available;
  const missing = names.filter((n) => !available.includes(n));
  if (missing.length > 0) {
    throw new OAuthError(
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${app.clientId}' named '${app.name}'. Send an interactive authorization request for this user and resource.`,
    );
  }
  return names;
}

async function clientCredentials(deps: TokenEndpointDeps, form: URLSearchParams) {
  const app = authenticateClient(deps, form, true);
  const { resource, names } = requestedScopes(form.get('scope'));
  if (names.length !== 1 || names[0] !== '.default') {
    throw new OAuthError(
      'invalid_scope',
      1002012,
      `The provided value for scope ${form.get('scope')} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  const target = resolveResource(deps, resource);
  const roles = target.audience === GRAPH_RESOURCE ? app.roles : [];
  return issue(deps, app, target, { roles }, `${resource}/.default`);
}

async function passwordGrant(deps: TokenEndpointDeps, form: URLSearchParams) {
  const app = authenticateClient(deps, form, false);
  const user = deps.accounts.signIn(form.get('username') ?? '', form.get('password') ?? '');
  if (!user)
    throw new OAuthError(
      'invalid_grant',
      50126,
      'Error validating credentials due to invalid username or password.',
    );
  const { resource, names } = requestedScopes(form.get('scope'));
  const target = resolveResource(deps, resource);
  const scopes = grantedScopes(app, target, names);
  return issue(deps, app, target, { user, scopes }, scopes.map((s) => `${target.prefix}/${s}`).join(' '));
}

/** On-behalf-of: exchanges a user's token for this API into a delegated token for another resource. */
async function onBehalfOf(deps: TokenEndpointDeps, form: URLSearchParams) {
  const app = authenticateClient(deps, form, true);
  if (form.get('requested_token_use') !== 'on_behalf_of') {
    throw new OAuthError(
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'requested_token_use'.",
    );
  }
  const assertion = await deps.verifier.verify(form.get('assertion') ?? '', app.clientId).catch(() => {
    throw new OAuthError(
      'invalid_grant',
      50013,
      'Assertion failed signature validation, is expired or has another audience.',
    );
  });
  const user = assertion.userId ? deps.accounts.byId(assertion.userId) : undefined;
  if (!user)
    throw new OAuthError(
      'invalid_grant',
      50013,
      'The assertion is not a delegated token for a user of this tenant.',
    );
  const { resource, names } = requestedScopes(form.get('scope'));
  const target = resolveResource(deps, resource);
  const scopes = grantedScopes(app, target, names);
  return issue(deps, app, target, { user, scopes }, scopes.map((s) => `${target.prefix}/${s}`).join(' '));
}

async function issue(
  deps: TokenEndpointDeps,
  app: AppRegistration,
  target: Resource,
  grant: { roles?: string[]; scopes?: string[]; user?: { id: string; upn: string; displayName: string } },
  scope: string,
): Promise<TokenReply> {
  const accessToken = await mintAccessToken(deps.key, {
    tenantId: deps.tenantId,
    issuer: deps.issuer,
    audience: target.audience,
    app: { clientId: app.clientId, name: app.name },
    lifetimeSeconds: deps.lifetimeSeconds,
    now: deps.now(),
    ...grant,
  });
  const lifetime = deps.lifetimeSeconds;
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope,
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
    },
  };
}

const GRANTS: Record<string, (deps: TokenEndpointDeps, form: URLSearchParams) => Promise<TokenReply>> = {
  client_credentials: clientCredentials,
  password: passwordGrant,
  'urn:ietf:params:oauth:grant-type:jwt-bearer': onBehalfOf,
};

/** POST /{tenant}/oauth2/v2.0/token with a form body, answered like Entra ID (errors with AADSTS codes). */
export async function handleTokenRequest(
  deps: TokenEndpointDeps,
  form: URLSearchParams,
): Promise<TokenReply> {
  const grantType = form.get('grant_type') ?? '';
  try {
    const grant = GRANTS[grantType];
    if (!grant)
      throw new OAuthError(
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType}'.`,
      );
    return await grant(deps, form);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    return { status: error.error === 'invalid_client' ? 401 : 400, body: oauthErrorBody(error, deps.now()) };
  }
}

function oauthErrorBody(error: OAuthError, now: Date) {
  const traceId = randomUUID();
  return {
    error: error.error,
    error_description: `AADSTS${error.aadsts}: ${error.message} Trace ID: ${traceId} Timestamp: ${now.toISOString()}`,
    error_codes: [error.aadsts],
    timestamp: now.toISOString(),
    trace_id: traceId,
    correlation_id: randomUUID(),
  };
}
