import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadOrCreateApps, type AppRegistration } from './auth/apps';
import { issuerUrls, handleIssuer } from './auth/issuer-endpoints';
import { loadOrCreateSigningKey } from './auth/keys';
import { AccessTokenVerifier } from './auth/verify';
import { loadOrCreateTls } from './certs';
import type { TenantContext } from './context';
import { Faults, type FaultRule } from './faults';
import { createGraphDispatcher } from './graph/dispatcher';
import { checkPassword, getUser } from './graph/users/users-store';
import { handleAdmin } from './http/admin';
import { handleGraph } from './http/graph-endpoint';
import { sendJson } from './http/transport';
import { ensureGroups, ensureSites, HUB_SITE_PATH, moderatorsGroupId, seedOrganisation } from './seeding';
import { getMeta, openDatabase, setMeta, type Db } from './store/database';

export interface TenantOptions {
  port: number;
  dataDir: string;
  /** Where the CA and server certificate live; tests share one so a single CA is trusted. */
  tlsDir: string;
  seed: number;
  people: number;
  presenceCallsPer30s: number;
  tokenLifetimeSeconds: number;
  faults: FaultRule[];
}

export interface TenantInfo {
  baseUrl: string;
  graphBaseUrl: string;
  tenantId: string;
  issuer: string;
  tokenEndpoint: string;
  jwksUri: string;
  openIdConfiguration: string;
  caCertPath: string;
  domain: string;
  sharePointHost: string;
  hubSite: { id: string; path: string; hostname: string; webUrl: string };
  apps: Array<{ name: string; clientId: string; clientSecret?: string }>;
  devUserPassword: string;
  groundTruthPath: string;
  adminUrl: string;
  /** The seeded "Samen moderators" Microsoft 365 group, which Samen's service is configured with. */
  moderatorsGroupId: string;
}

export const DOMAIN = 'samendev.onmicrosoft.com';
export const SHAREPOINT_HOST = 'samendev.sharepoint.com';

function stableSecret(db: Db, key: string, make: () => string): string {
  const existing = getMeta(db, key);
  if (existing) return existing;
  const value = make();
  setMeta(db, key, value);
  return value;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the dev tenant: TLS, token issuer, Graph and dev controls on 127.0.0.1, seeded on first start. */
export async function startTenant(
  options: TenantOptions,
): Promise<{ info: TenantInfo; close: () => Promise<void> }> {
  const tls = loadOrCreateTls(options.tlsDir);
  const db = openDatabase(join(options.dataDir, 'tenant.db'));
  const tenantId = stableSecret(db, 'tenantId', randomUUID);
  const devUserPassword = stableSecret(
    db,
    'devUserPassword',
    () => `Samen-${randomBytes(9).toString('base64url')}`,
  );
  const key = await loadOrCreateSigningKey(db);
  const apps = loadOrCreateApps(db);
  const now = () => new Date();
  const server = createServer({ key: tls.key, cert: tls.cert });
  const port = await listen(server, options.port);
  const baseUrl = `https://127.0.0.1:${port}`;
  const urls = issuerUrls(baseUrl, tenantId);
  const ctx: TenantContext = {
    db,
    tenantId,
    graphBaseUrl: `${baseUrl}/v1.0`,
    sharePointHost: SHAREPOINT_HOST,
    domain: DOMAIN,
    now,
  };
  if (!getMeta(db, 'seed'))
    seedOrganisation(ctx, options.dataDir, { seed: options.seed, people: options.people });
  else ensureGroups(ctx);
  const hub = ensureSites(ctx);
  const faults = new Faults();
  faults.configure(options.faults);
  const verifier = new AccessTokenVerifier(urls.issuer, key, apps, now);
  const dispatcher = createGraphDispatcher(ctx, faults, { presenceCallsPer30s: options.presenceCallsPer30s });
  const accounts = accountsOf(db, devUserPassword);
  const issuerDeps = {
    tenantId,
    issuer: urls.issuer,
    key,
    apps,
    accounts,
    verifier,
    lifetimeSeconds: options.tokenLifetimeSeconds,
    now,
    urls,
    baseUrl,
  };
  const adminDeps = { db, faults, key, apps, tenantId, issuer: urls.issuer, now };
  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const route = async () => {
      if (url.pathname === '/v1.0' || url.pathname.startsWith('/v1.0/'))
        return handleGraph({ verifier, dispatcher, now }, req, res, url);
      if (await handleIssuer(issuerDeps, req, res, url)) return;
      if (await handleAdmin(adminDeps, req, res, url)) return;
      sendJson(res, 404, {
        error: {
          code: 'NotFound',
          message: `Nothing is served at ${url.pathname}. Graph lives under /v1.0.`,
        },
      });
    };
    route().catch((error: unknown) => {
      console.error('dev tenant: request failed', error);
      if (!res.headersSent)
        sendJson(res, 400, { error: { code: 'BadRequest', message: 'The request could not be read.' } });
      else res.destroy();
    });
  });
  const info: TenantInfo = {
    baseUrl,
    graphBaseUrl: ctx.graphBaseUrl,
    tenantId,
    issuer: urls.issuer,
    tokenEndpoint: urls.tokenEndpoint,
    jwksUri: urls.jwksUri,
    openIdConfiguration: urls.discovery,
    caCertPath: tls.caCertPath,
    domain: DOMAIN,
    sharePointHost: SHAREPOINT_HOST,
    hubSite: { id: hub.id, path: HUB_SITE_PATH, hostname: SHAREPOINT_HOST, webUrl: hub.webUrl },
    apps: apps.map(publicApp),
    devUserPassword,
    groundTruthPath: join(options.dataDir, 'ground-truth.json'),
    adminUrl: `${baseUrl}/_dev`,
    moderatorsGroupId: moderatorsGroupId(db),
  };
  writeFileSync(join(options.dataDir, 'tenant.json'), `${JSON.stringify(info, null, 2)}\n`);
  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    db.close();
  };
  return { info, close };
}

function publicApp(app: AppRegistration) {
  return {
    name: app.name,
    clientId: app.clientId,
    ...(app.clientSecret ? { clientSecret: app.clientSecret } : {}),
  };
}

function accountsOf(db: Db, devPassword: string) {
  const account = (user: ReturnType<typeof getUser>) =>
    user && { id: user.id, upn: user.userPrincipalName, displayName: user.displayName };
  return {
    signIn: (upn: string, password: string) => {
      const user = getUser(db, upn);
      return user && checkPassword(db, user.id, password, devPassword) ? account(user) : undefined;
    },
    byId: (id: string) => account(getUser(db, id)),
  };
}
