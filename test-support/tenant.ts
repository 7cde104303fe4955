import { Client } from '@microsoft/microsoft-graph-client';
import type { RunningProcess } from '@samen/devkit/launcher';
import { readTenantCoordinates, type TenantCoordinates } from '@samen/devkit/tenant-coordinates';

/** `tenant.json` as the dev tenant writes it (devkit/src/tenant-coordinates.ts, dev-tenant/README.md). */
export type TestTenant = TenantCoordinates;

/** The dev tenant that Jest's global setup started for the whole run. */
export function tenant(): TestTenant {
  const file = process.env.SAMEN_TENANT_JSON;
  if (!file)
    throw new Error(
      'SAMEN_TENANT_JSON is not set: run the tests through `npm test` (jest globalSetup starts the tenant).',
    );
  return readTenantCoordinates(file);
}

/** A dev tenant of a test's own (global-setup.js starts it the same way as the shared one). */
export function startTenantProcess(env: Record<string, string>): Promise<RunningProcess> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const setup = require('./global-setup.js') as {
    startTenantProcess: (env: Record<string, string>) => Promise<RunningProcess>;
  };
  return setup.startTenantProcess(env);
}

export function app(t: TestTenant, name: string) {
  const found = t.apps.find((a) => a.name === name);
  if (!found) throw new Error(`tenant.json has no app '${name}'`);
  return found;
}

export async function requestToken(
  t: TestTenant,
  form: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(t.tokenEndpoint, { method: 'POST', body: new URLSearchParams(form) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function tokenOrThrow(t: TestTenant, form: Record<string, string>): Promise<string> {
  const { status, body } = await requestToken(t, form);
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.access_token as string;
}

/** An app-only Graph token for one of the tenant's registered apps. */
export function appToken(t: TestTenant, name = 'samen-admin'): Promise<string> {
  const a = app(t, name);
  return tokenOrThrow(t, {
    grant_type: 'client_credentials',
    client_id: a.clientId,
    client_secret: a.clientSecret ?? '',
    scope: 'https://graph.microsoft.com/.default',
  });
}

/** A delegated Graph token for a seeded user, signed in through the public client as SPFx would. */
export function userToken(
  t: TestTenant,
  upn: string,
  scope = 'https://graph.microsoft.com/.default',
): Promise<string> {
  return tokenOrThrow(t, {
    grant_type: 'password',
    client_id: app(t, 'samen-web').clientId,
    username: upn,
    password: t.devUserPassword,
    scope,
  });
}

/** The official Graph client against the dev tenant, with its default middleware (retry included). */
export function graphClient(t: TestTenant, token: () => Promise<string>): Client {
  const url = new URL(t.graphBaseUrl);
  return Client.initWithMiddleware({
    authProvider: { getAccessToken: token },
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([url.hostname]),
  });
}

/** Plain HTTPS to the tenant, for what a client library would hide (status lines, headers, raw bodies). */
export async function rawGraph(t: TestTenant, path: string, init: RequestInit & { token?: string } = {}) {
  const { token, headers, ...rest } = init;
  const response = await fetch(`${t.graphBaseUrl}${path}`, {
    ...rest,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(rest.body ? { 'Content-Type': 'application/json' } : {}),
      ...(headers as Record<string, string>),
    },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // a text/plain answer such as /users/$count
  }
  return { status: response.status, headers: response.headers, body: body as Record<string, any> };
}

export async function devControl(t: TestTenant, method: string, path: string, body?: unknown) {
  const response = await fetch(`${t.adminUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** Returns a few seeded users (id + upn) through Graph itself. */
export async function someUsers(
  t: TestTenant,
  count: number,
): Promise<Array<{ id: string; userPrincipalName: string; displayName: string }>> {
  const token = await appToken(t);
  const { body } = await rawGraph(t, `/users?$top=${count}&$select=id,userPrincipalName,displayName`, {
    token,
  });
  return body.value;
}
