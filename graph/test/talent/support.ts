import { Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { randomUUID } from 'node:crypto';
import { provisionLists, talentLists, type ListSchema } from '../../src';
import { appToken, rawGraph, requestToken, type TestTenant } from '../../../test-support/tenant';
import { recordingServiceClient, uniquelyNamed } from '../provisioning/support';

export { recordingServiceClient };
export type { BeforeRequest } from '../provisioning/support';

/** The Talentfinder's lists under names no other test uses, provisioned on the hub site. */
export async function provisionedTalentLists(
  t: TestTenant,
): Promise<{ endorsements: ListSchema; settings: ListSchema }> {
  const [endorsements, settings] = uniquelyNamed(talentLists);
  const report = await provisionLists(recordingServiceClient(t).client, t.hubSite.id, [
    endorsements!,
    settings!,
  ]);
  if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems));
  return { endorsements: endorsements!, settings: settings! };
}

/** The id SharePoint gave a list, for the dev controls that take one. */
export async function listId(t: TestTenant, list: ListSchema): Promise<string> {
  const token = await appToken(t);
  const { body } = await rawGraph(
    t,
    `/sites/${t.hubSite.id}/lists/${encodeURIComponent(list.displayName)}?$select=id`,
    { token },
  );
  return body.id as string;
}

export interface CreatedUser {
  id: string;
  userPrincipalName: string;
  password: string;
}

/** A new directory user (as an administrator makes one), who can sign in with `password`. */
export async function createUser(
  t: TestTenant,
  properties: Record<string, unknown> = {},
): Promise<CreatedUser> {
  const nickname = `talent-${randomUUID().slice(0, 8)}`;
  const password = `Pw-${randomUUID()}`;
  const { status, body } = await rawGraph(t, '/users', {
    method: 'POST',
    token: await appToken(t),
    body: JSON.stringify({
      accountEnabled: true,
      displayName: `Test ${nickname}`,
      mailNickname: nickname,
      userPrincipalName: `${nickname}@${t.domain}`,
      passwordProfile: { password },
      ...properties,
    }),
  });
  if (status !== 201) throw new Error(`POST /users answered ${status}: ${JSON.stringify(body)}`);
  return { id: body.id as string, userPrincipalName: body.userPrincipalName as string, password };
}

/** An administrator's change to a user (directory properties), or their deletion. */
export async function adminRequest(
  t: TestTenant,
  method: 'PATCH' | 'DELETE',
  userId: string,
  body?: unknown,
) {
  const { status } = await rawGraph(t, `/users/${userId}`, {
    method,
    token: await appToken(t),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (status !== 204) throw new Error(`${method} /users/${userId} answered ${status}`);
}

export const count = (requests: readonly string[], request: string) =>
  requests.filter((r) => r === request).length;

/** A delegated Samen API token for a user, as the web part gets one (`api://<service>/access_as_user`). */
export async function apiTokenFor(t: TestTenant, user: CreatedUser): Promise<string> {
  const service = t.apps.find((a) => a.name === 'samen-service')!;
  const { status, body } = await requestToken(t, {
    grant_type: 'password',
    client_id: t.apps.find((a) => a.name === 'samen-web')!.clientId,
    username: user.userPrincipalName,
    password: user.password,
    scope: `api://${service.clientId}/access_as_user`,
  });
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.access_token as string;
}

/** A user's own delegated Graph token, for writes only they may make (their profile properties). */
export async function graphTokenFor(t: TestTenant, user: CreatedUser): Promise<string> {
  const { status, body } = await requestToken(t, {
    grant_type: 'password',
    client_id: t.apps.find((a) => a.name === 'samen-web')!.clientId,
    username: user.userPrincipalName,
    password: user.password,
    scope: 'https://graph.microsoft.com/.default',
  });
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return body.access_token as string;
}

/** Answers requests from a table, exactly by `METHOD /path?query` below the version, and fails on anything else. */
export function cannedClient(answers: Record<string, { status?: number; body: unknown }>): Client {
  const middleware: Middleware = {
    execute: async (context: Context) => {
      const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
      const key = `${context.options?.method ?? 'GET'} ${decodeURIComponent(url.pathname + url.search).replace(/^\/v1\.0/, '')}`;
      const answer = answers[key];
      if (!answer) throw new Error(`unexpected request: ${key}`);
      context.response = new Response(JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
  return Client.initWithMiddleware({ middleware, baseUrl: 'https://graph.example/', defaultVersion: 'v1.0' });
}
