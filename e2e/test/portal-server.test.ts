// The portal server on its own, without a browser or a tenant (here, beside the browser tests that use it):
// the page, the dev sign-in routes, and /api passed through to the service.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDevTenant, PortalConfigError } from '../../portal/src/server/dev-tenant';
import { UnknownUser } from '../../portal/src/server/directory';
import { startPortal, type Directory, type RunningPortal } from '../../portal/src/server/server';
import { writeTenantJson } from '../../test-support/tenant-fixture';

const USER = {
  id: 'u1',
  displayName: 'Anna de Vries',
  userPrincipalName: 'anna@example.test',
  jobTitle: null,
  department: null,
};

const directory: Directory = {
  listUsers: () => Promise.resolve([USER]),
  tokenFor: (id) =>
    id === USER.id
      ? Promise.resolve({ accessToken: 'token-for-anna', expiresOn: 1 })
      : Promise.reject(new UnknownUser(id)),
};

let seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
let service: Server;
let serviceUrl: string;
let portal: RunningPortal;
let pageDir: string;
let tabDir: string;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });
}

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'samen-portal-page-'));
  mkdirSync(join(pageDir, 'assets'));
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>Samen</title>');
  writeFileSync(join(pageDir, 'assets', 'app.js'), 'console.log(1)');
  tabDir = mkdtempSync(join(tmpdir(), 'samen-teams-tab-'));
  mkdirSync(join(tabDir, 'assets'));
  writeFileSync(join(tabDir, 'index.html'), '<!doctype html><title>Teams tab</title>');
  writeFileSync(join(tabDir, 'assets', 'tab.js'), 'console.log(2)');
  service = createServer((req, res) => {
    void body(req).then((text) => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: text });
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  portal = await startPortal({ pageDir, teamsTabDir: tabDir, serviceUrl, directory, port: 0 });
});

afterAll(async () => {
  await portal.close();
  await new Promise((resolve) => service.close(resolve));
});

beforeEach(() => {
  seen = [];
});

test('listens on loopback and serves the page, for any page path too', async () => {
  expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  for (const path of ['/', '/sites/samen/SitePages/Talentfinder.aspx']) {
    const response = await fetch(`${portal.url}${path}`);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>Samen</title>');
  }
  const asset = await fetch(`${portal.url}/assets/app.js`);
  expect(asset.headers.get('content-type')).toContain('text/javascript');
  expect(asset.headers.get('cache-control')).toContain('immutable');
});

test('serves the Teams tab under /teams/talentfinder/, redirecting the path without its slash', async () => {
  const bare = await fetch(`${portal.url}/teams/talentfinder?auth=dev`, { redirect: 'manual' });
  expect(bare.status).toBe(308);
  expect(bare.headers.get('location')).toBe('/teams/talentfinder/?auth=dev');
  expect(await (await fetch(`${portal.url}/teams/talentfinder/?auth=dev`)).text()).toContain('Teams tab');
  const asset = await fetch(`${portal.url}/teams/talentfinder/assets/tab.js`);
  expect(asset.headers.get('content-type')).toContain('text/javascript');
  expect(await asset.text()).toBe('console.log(2)');
  // A path that merely starts like the tab's is the page's.
  expect(await (await fetch(`${portal.url}/teams/talentfinderx`)).text()).toContain('<title>Samen</title>');
});

test('never serves a file outside the page folder', async () => {
  for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
    const response = await fetch(`${portal.url}${path}`);
    expect(await response.text()).not.toContain('root:');
  }
  expect((await fetch(`${portal.url}/%E0%A4%A`)).status).toBe(400);
});

test('lists the seeded users and signs one in; an unknown user is 404', async () => {
  const users = (await (await fetch(`${portal.url}/portal/users`)).json()) as { value: unknown[] };
  expect(users.value).toEqual([USER]);
  const token = await fetch(`${portal.url}/portal/token?as=u1`);
  expect(token.headers.get('cache-control')).toBe('no-store');
  expect(await token.json()).toEqual({ accessToken: 'token-for-anna', expiresOn: 1 });
  const unknown = await fetch(`${portal.url}/portal/token?as=someone`);
  expect(unknown.status).toBe(404);
  expect(((await unknown.json()) as { code: string }).code).toBe('notFound');
});

test('passes /api requests to the service unchanged: method, path, query, token, body', async () => {
  const response = await fetch(`${portal.url}/api/talent/people/u1/endorsements?x=1`, {
    method: 'POST',
    headers: { Authorization: 'Bearer abc', 'Content-Type': 'application/json' },
    body: '{"skill":"Glasvezel"}',
  });
  expect(response.status).toBe(201);
  expect(await response.json()).toEqual({ ok: true });
  expect(seen).toEqual([
    {
      method: 'POST',
      url: '/api/talent/people/u1/endorsements?x=1',
      authorization: 'Bearer abc',
      body: '{"skill":"Glasvezel"}',
    },
  ]);
});

test('a service that cannot be reached is a 503 problem', async () => {
  const down = await startPortal({ pageDir, serviceUrl: 'http://127.0.0.1:1', directory, port: 0 });
  try {
    const response = await fetch(`${down.url}/api/talent/search?q=x`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { code: string }).code).toBe('unavailable');
  } finally {
    await down.close();
  }
});

test('refuses to start without a dev tenant: it is a local host only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samen-portal-tenant-'));
  expect(() => loadDevTenant({ SAMEN_DATA_DIR: dir }, dir)).toThrow(PortalConfigError);
  const file = writeTenantJson(dir, { tokenEndpoint: 'https://login.microsoftonline.com/x', apps: [] });
  expect(() => loadDevTenant({ SAMEN_TENANT_JSON: file }, dir)).toThrow(/not a dev tenant/);
});
