import { existsSync } from 'node:fs';
import {
  confidentialApp,
  DEV_APPS,
  isTenantCoordinatesUnreadable,
  readTenantCoordinates,
  tenantJsonPath,
  type TenantCoordinates,
} from '@samen/devkit/tenant-coordinates';
import { z } from 'zod';
import type { BotCredentials } from './teams/bot-endpoint';

/** Everything the service needs to know about the tenant it serves; chosen once, at start. */
export interface ServiceConfig {
  port: number;
  graphBaseUrl: string;
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  /** Who may call the API: tokens from this issuer, for this audience (the service's own app). */
  issuer: string;
  jwksUri: string;
  audience: string;
  hubSiteId?: string;
  syncIntervalMs: number;
  /** Everyone's profile is read again once per this period, a slice each round; 0 turns the sweep off. */
  profileSweepMs: number;
  /** How often pending notices are polled: one presence request per 650 watched people each time. */
  presencePollMs: number;
  /** The bot's Azure Bot registration; absent locally, where /api/messages runs anonymously. */
  bot?: BotCredentials;
  /** The Microsoft 365 group whose members moderate the feed; nobody moderates without one. */
  moderatorsGroupId?: string;
}

const optional = z.string().min(1).optional();

const envSchema = z.object({
  SAMEN_SERVICE_PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  SAMEN_SYNC_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  // A day: profile edits that the directory delta does not show arrive within one (graph-facts.md).
  SAMEN_PROFILE_SWEEP_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(30 * 86_400_000)
    .default(86_400_000),
  // 30 s: a notice arrives within half a minute of the person becoming available, and a round costs one list
  // read and one presence request per 650 watched people, per instance — 1 of Graph's 1,500 presence calls per
  // 30 s per app (graph-facts.md), even with a dozen instances. At least 5 s, so a wrong setting cannot spend
  // the presence budget that searches need.
  SAMEN_PRESENCE_POLL_MS: z.coerce.number().int().min(5000).max(86_400_000).default(30_000),
  SAMEN_TENANT_ID: optional,
  SAMEN_CLIENT_ID: optional,
  SAMEN_CLIENT_SECRET: optional,
  SAMEN_GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  SAMEN_HUB_SITE_ID: optional,
  SAMEN_TENANT_JSON: optional,
  SAMEN_DATA_DIR: optional,
  SAMEN_MODERATORS_GROUP_ID: z.guid().optional(),
  SAMEN_BOT_APP_ID: optional,
  SAMEN_BOT_APP_PASSWORD: optional,
  SAMEN_BOT_TENANT_ID: optional,
});
type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Production: Entra ID of SAMEN_TENANT_ID, with the service's own app registration. */
function fromEntra(
  env: Env,
): Omit<ServiceConfig, 'port' | 'syncIntervalMs' | 'profileSweepMs' | 'presencePollMs'> {
  const missing = (['SAMEN_TENANT_ID', 'SAMEN_CLIENT_ID', 'SAMEN_CLIENT_SECRET'] as const).filter(
    (k) => !env[k],
  );
  if (missing.length > 0) throw new ConfigError(`Missing environment variables: ${missing.join(', ')}.`);
  const authority = `https://login.microsoftonline.com/${env.SAMEN_TENANT_ID}`;
  return {
    graphBaseUrl: env.SAMEN_GRAPH_BASE_URL,
    tokenEndpoint: `${authority}/oauth2/v2.0/token`,
    clientId: env.SAMEN_CLIENT_ID!,
    clientSecret: env.SAMEN_CLIENT_SECRET!,
    issuer: `${authority}/v2.0`,
    jwksUri: `${authority}/discovery/v2.0/keys`,
    audience: env.SAMEN_CLIENT_ID!,
    hubSiteId: env.SAMEN_HUB_SITE_ID,
  };
}

/** @throws ConfigError naming the file and what is wrong in it */
function readDevTenant(file: string): TenantCoordinates {
  try {
    return readTenantCoordinates(file);
  } catch (error) {
    throw isTenantCoordinatesUnreadable(error) ? new ConfigError(error.message) : error;
  }
}

/** Local: the dev tenant's tenant.json names the same things, for the `samen-service` app. */
function fromDevTenant(
  file: string,
): Omit<ServiceConfig, 'port' | 'syncIntervalMs' | 'profileSweepMs' | 'presencePollMs'> {
  const tenant = readDevTenant(file);
  const service = confidentialApp(tenant, DEV_APPS.service);
  return {
    graphBaseUrl: tenant.graphBaseUrl,
    tokenEndpoint: tenant.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret,
    issuer: tenant.issuer,
    jwksUri: tenant.jwksUri,
    audience: service.clientId,
    hubSiteId: tenant.hubSite.id,
    moderatorsGroupId: tenant.moderatorsGroupId,
  };
}

function devTenantFile(env: Env, repoRoot: string): string | undefined {
  const file = tenantJsonPath(env, repoRoot);
  return existsSync(file) ? file : undefined;
}

/**
 * Reads the configuration from the environment. With SAMEN_TENANT_ID set the service talks to Entra ID and
 * Microsoft Graph; without it, to the dev tenant described by tenant.json (SAMEN_TENANT_JSON or the data dir).
 */
export function loadConfig(environment: NodeJS.ProcessEnv, repoRoot: string): ServiceConfig {
  const parsed = envSchema.safeParse(environment);
  if (!parsed.success) throw new ConfigError(`Invalid service settings:\n${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  const local = env.SAMEN_TENANT_ID ? undefined : devTenantFile(env, repoRoot);
  if (!env.SAMEN_TENANT_ID && !local) {
    throw new ConfigError(
      'Set SAMEN_TENANT_ID, SAMEN_CLIENT_ID and SAMEN_CLIENT_SECRET, or start the dev tenant first (npm run tenant).',
    );
  }
  const tenant = local ? fromDevTenant(local) : fromEntra(env);
  const bot = botCredentials(env);
  // Locally the dev tenant's seeded "Samen moderators" group, unless the environment names another.
  const moderatorsGroupId = env.SAMEN_MODERATORS_GROUP_ID ?? tenant.moderatorsGroupId;
  return {
    ...tenant,
    port: env.SAMEN_SERVICE_PORT,
    syncIntervalMs: env.SAMEN_SYNC_INTERVAL_MS,
    profileSweepMs: env.SAMEN_PROFILE_SWEEP_MS,
    presencePollMs: env.SAMEN_PRESENCE_POLL_MS,
    ...(bot ? { bot } : {}),
    ...(moderatorsGroupId ? { moderatorsGroupId } : {}),
  };
}

/** Both or neither: an id without its password would reject every request the channel sends. */
function botCredentials(env: Env): BotCredentials | undefined {
  const { SAMEN_BOT_APP_ID: appId, SAMEN_BOT_APP_PASSWORD: appPassword, SAMEN_BOT_TENANT_ID: tenantId } = env;
  if (!appId && !appPassword) return undefined;
  if (!appId || !appPassword)
    throw new ConfigError('Set both SAMEN_BOT_APP_ID and SAMEN_BOT_APP_PASSWORD, or neither (local use).');
  return { appId, appPassword, ...(tenantId ? { tenantId } : {}) };
}
