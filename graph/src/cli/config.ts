import { parseArgs } from 'node:util';
import { readTenantCoordinates, tenantJsonPath as devTenantJsonPath } from '@samen/devkit/tenant-coordinates';
import { z } from 'zod';
import { MICROSOFT_GRAPH } from '../graph-client';
import { devTenantTarget } from '../node/dev-tenant';
import type { ProvisioningTarget } from '../provisioning/provision-site';
import { parseSiteUrl } from '../provisioning/site-url';

export const USAGE = `Usage: npm run provision -- [--site <url>]

Creates Samen's SharePoint lists on a site, or completes them; changes nothing that is already right.
  --site <url>   the site, e.g. https://contoso.sharepoint.com/sites/samen
                 (locally defaults to the dev tenant's hub site)
  --help         shows this text

A real tenant is configured by environment variables:
  SAMEN_CLIENT_ID       application (client) id of Samen's app registration (Sites.Manage.All)
  SAMEN_CLIENT_SECRET   a client secret of that app registration
  SAMEN_TENANT_ID       the tenant id or domain, or instead:
  SAMEN_TOKEN_ENDPOINT  the OAuth 2.0 token endpoint
  SAMEN_GRAPH_BASE_URL  default ${MICROSOFT_GRAPH}
Without them, the dev tenant's tenant.json is used (SAMEN_TENANT_JSON, or SAMEN_DATA_DIR, default .samen).`;

/** A mistake in how the command was called or configured: exit code 2, nothing was sent. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliOptions {
  site?: string;
  help: boolean;
}

/** @throws UsageError */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { site: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return { site: values.site, help: values.help ?? false };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `is required: ${what}` : 'must be text'),
});
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

const productionEnv = z.object({
  SAMEN_GRAPH_BASE_URL: httpsUrl.default(MICROSOFT_GRAPH),
  SAMEN_TOKEN_ENDPOINT: httpsUrl.optional(),
  SAMEN_TENANT_ID: z
    .string()
    .refine((v) => GUID.test(v) || DOMAIN.test(v), 'must be the tenant id (a GUID) or its domain')
    .optional(),
  SAMEN_CLIENT_ID: z
    .string(required("the application (client) id of Samen's app registration"))
    .regex(GUID, 'must be an application (client) id, a GUID'),
  SAMEN_CLIENT_SECRET: z.string(required('a client secret of that app registration')).min(1),
});
type ProductionEnv = z.infer<typeof productionEnv>;
const PRODUCTION_VARIABLES = Object.keys(productionEnv.shape);

export type Env = Readonly<Record<string, string | undefined>>;

/** Unset and empty variables are the same thing to a shell user. */
function setVariables(env: Env): Record<string, string> {
  return Object.fromEntries(
    PRODUCTION_VARIABLES.flatMap((name) => (env[name] ? [[name, env[name]] as const] : [])),
  );
}

function productionIssues(env: Record<string, string>): string[] {
  const parsed = productionEnv.safeParse(env);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  if (!env.SAMEN_TOKEN_ENDPOINT && !env.SAMEN_TENANT_ID)
    issues.push('SAMEN_TENANT_ID is required (or SAMEN_TOKEN_ENDPOINT): the tenant to get a token from');
  return issues;
}

function tokenEndpointOf(env: ProductionEnv): string {
  return (
    env.SAMEN_TOKEN_ENDPOINT ??
    `https://login.microsoftonline.com/${encodeURIComponent(env.SAMEN_TENANT_ID!)}/oauth2/v2.0/token`
  );
}

export type ProvisionConfig =
  | { source: 'environment'; target: ProvisioningTarget }
  | { source: 'dev tenant'; target: ProvisioningTarget; tenantJsonPath: string; caCertPath: string };

export interface ConfigContext {
  env: Env;
  /** Where `.samen/` is when SAMEN_DATA_DIR is not set. */
  repoRoot: string;
  exists(path: string): boolean;
}

function fromEnvironment(options: CliOptions, variables: Record<string, string>): ProvisionConfig {
  const issues = productionIssues(variables);
  if (!options.site) issues.unshift('--site is required with a real tenant');
  if (issues.length > 0) throw new UsageError(`Configuration incomplete:\n  ${issues.join('\n  ')}`);
  const env = productionEnv.parse(variables);
  const site = parseSiteUrl(options.site!);
  const credentials = {
    tokenEndpoint: tokenEndpointOf(env),
    clientId: env.SAMEN_CLIENT_ID,
    clientSecret: env.SAMEN_CLIENT_SECRET,
  };
  return { source: 'environment', target: { graphBaseUrl: env.SAMEN_GRAPH_BASE_URL, credentials, site } };
}

function fromDevTenant(options: CliOptions, tenantJsonPath: string): ProvisionConfig {
  const tenant = readTenantCoordinates(tenantJsonPath);
  const site = options.site === undefined ? undefined : parseSiteUrl(options.site);
  const target = devTenantTarget(tenant, site);
  return { source: 'dev tenant', target, tenantJsonPath, caCertPath: tenant.caCertPath };
}

/**
 * A real tenant when any SAMEN_* Graph variable is set (then all must be valid); otherwise the dev tenant, if
 * its tenant.json exists. A bad --site is refused before anything else is read.
 * @throws UsageError, InvalidSiteUrl, TenantCoordinatesUnreadable
 */
export function resolveConfig(options: CliOptions, context: ConfigContext): ProvisionConfig {
  if (options.site !== undefined) parseSiteUrl(options.site);
  const variables = setVariables(context.env);
  if (Object.keys(variables).length > 0) return fromEnvironment(options, variables);
  const tenantJsonPath = devTenantJsonPath(context.env, context.repoRoot);
  if (context.exists(tenantJsonPath)) return fromDevTenant(options, tenantJsonPath);
  throw new UsageError(
    `No Graph configuration: set SAMEN_CLIENT_ID, SAMEN_CLIENT_SECRET and SAMEN_TENANT_ID for a real tenant, ` +
      `or start the dev tenant (npm run tenant), which writes ${tenantJsonPath}.`,
  );
}
