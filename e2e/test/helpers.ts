// What more than one browser test needs: JSON from the portal, presence set through Graph as Teams would set it,
// and axe run on a page (and its frames) with the WCAG 2.0/2.1 A and AA rules.
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import type { Page } from 'playwright-core';
import { axeSource, type TenantJson } from './suite';

export async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * HTTPS to the suite's dev tenant, trusting its CA explicitly: this test process may have started before the
 * tenant made it (NODE_EXTRA_CA_CERTS is read only at process start).
 */
function tenantRequest(
  tenant: TenantJson,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) {
  return new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    const req = request(
      url,
      { method: init.method, headers: init.headers, ca: readFileSync(tenant.caCertPath) },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

async function adminToken(tenant: TenantJson): Promise<string> {
  const admin = tenant.apps.find((a) => a.name === 'samen-admin')!;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: admin.clientId,
    client_secret: admin.clientSecret!,
    scope: 'https://graph.microsoft.com/.default',
  });
  const answer = await tenantRequest(tenant, tenant.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  if (answer.status !== 200) throw new Error(`admin token: ${answer.status} ${answer.body}`);
  return (JSON.parse(answer.body) as { access_token: string }).access_token;
}

async function presenceRequest(
  tenant: TenantJson,
  userId: string,
  action: string,
  body: object,
): Promise<void> {
  const answer = await tenantRequest(tenant, `${tenant.graphBaseUrl}/users/${userId}/presence/${action}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminToken(tenant)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (answer.status >= 300) throw new Error(`${action}: ${answer.status} ${answer.body}`);
}

/** As Teams would after the person signs in: a session of Samen's admin app, Available, for an hour. */
export async function makeAvailable(tenant: TenantJson, userId: string): Promise<void> {
  const admin = tenant.apps.find((a) => a.name === 'samen-admin')!;
  await presenceRequest(tenant, userId, 'setPresence', {
    sessionId: admin.clientId,
    availability: 'Available',
    activity: 'Available',
    expirationDuration: 'PT1H',
  });
}

/**
 * The person's own choice in Teams ("set status"), which wins over every session while one exists (makeAvailable
 * first): presence that holds whatever the seeded working day says.
 */
export async function preferPresence(tenant: TenantJson, userId: string, availability: 'Available' | 'Busy') {
  await presenceRequest(tenant, userId, 'setUserPreferredPresence', {
    availability,
    activity: availability,
    expirationDuration: 'PT1H',
  });
}

/** axe on the page and every frame in it (axe checks frames only where it has been injected too). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const frame of page.frames()) await frame.addScriptTag({ content: axeSource() });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

export interface PortalUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle?: string | null;
  department?: string | null;
}

/** The people the portal's "View as" offers: the seeded colleagues a browser test can be. */
export async function portalUsers(portalUrl: string): Promise<PortalUser[]> {
  return (await json<{ value: PortalUser[] }>(await fetch(`${portalUrl}/portal/users`), '/portal/users'))
    .value;
}

/** Calls Samen's API through the portal as `userId` would from the page: the portal's dev token, `/api/*`. */
export type Api = <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;

export async function apiAs(portalUrl: string, userId: string): Promise<Api> {
  const { accessToken } = await json<{ accessToken: string }>(
    await fetch(`${portalUrl}/portal/token?as=${encodeURIComponent(userId)}`),
    '/portal/token',
  );
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${portalUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const what = `${init.method ?? 'GET'} ${path}`;
    if (response.status === 204) return undefined as T;
    return json<T>(response, what);
  };
}

/**
 * The composer's "Blog" choice, by keyboard: Fluent's ChoiceGroup lays its label over the radio input, so a
 * pointer click lands on the label (which works for people, but Playwright refuses to click a covered element).
 */
export async function chooseBlog(page: Page, strings: { kindBlog: string }): Promise<void> {
  const blog = page.getByRole('radio', { name: strings.kindBlog, exact: true });
  await blog.focus();
  await page.keyboard.press('Space');
  expect(await blog.isChecked()).toBe(true);
}
