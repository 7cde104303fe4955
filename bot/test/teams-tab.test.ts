import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAMS_TAB_PATH, mountTeamsTab } from '../src/tab/teams-tab';

// The tab's files as `gulp build` leaves them, and a secret beside them that must stay out of reach.
const root = mkdtempSync(join(tmpdir(), 'samen-tab-'));
const tabDir = join(root, 'talentfinder');
mkdirSync(join(tabDir, 'assets'), { recursive: true });
writeFileSync(join(tabDir, 'index.html'), '<!doctype html><title>Talentfinder</title>');
writeFileSync(join(tabDir, 'assets', 'main.js'), 'console.log("tab")');
writeFileSync(join(root, 'secret.txt'), 'not for the web');

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  mountTeamsTab(app, tabDir);
  app.use((_req, res) => res.status(404).end());
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the Teams tab as the service serves it', () => {
  it('serves the page and its assets, to be framed by Teams only', async () => {
    const page = await fetch(`${base}${TEAMS_TAB_PATH}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Talentfinder</title>');
    expect(page.headers.get('content-security-policy')).toMatch(
      /^frame-ancestors 'self' https:\/\/teams\.microsoft\.com /,
    );
    const script = await fetch(`${base}${TEAMS_TAB_PATH}assets/main.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('redirects the path without its slash, keeping the query (the assets are relative)', async () => {
    const response = await fetch(`${base}/teams/talentfinder?clientId=abc&scope=x`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(`${TEAMS_TAB_PATH}?clientId=abc&scope=x`);
  });

  it('serves nothing outside the tab folder, and nothing it does not have', async () => {
    for (const path of ['..%2Fsecret.txt', '%2e%2e/secret.txt', 'assets/missing.js'])
      expect((await fetch(`${base}${TEAMS_TAB_PATH}${path}`)).status).toBe(404);
  });
});
