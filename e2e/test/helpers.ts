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
