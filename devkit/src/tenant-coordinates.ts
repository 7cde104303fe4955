// The dev tenant's coordinates: `<SAMEN_DATA_DIR>/tenant.json`, which the dev tenant writes when it is ready
// (dev-tenant/README.md, "tenant.json"). This is the one place that reads the file: the service's and the
// provisioning command's local configuration, the portal server, the task runner, Jest's setup, e2e and bench
// all take it from here, so they agree on which fields exist. The dev tenant itself imports nothing of ours;
// devkit/test checks that what it writes is what this schema reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** The app registrations the dev tenant always has (dev-tenant/README.md, "App registrations"). */
export const DEV_APPS = {
  /** Samen's service: confidential, exposes `api://<clientId>`; provisioning runs as it too. */
  service: 'samen-service',
  /** The public client of the web parts, the portal and the Teams tab. */
  web: 'samen-web',
  /** Tests and tools only: confidential, with write permissions the product does not have. */
  admin: 'samen-admin',
} as const;

const CONFIDENTIAL_APPS: readonly string[] = [DEV_APPS.service, DEV_APPS.admin];

const appSchema = z.object({
  name: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1).optional(),
});

const url = z.url();

/** tenant.json, as dev-tenant/src/tenant.ts writes it. */
export const tenantCoordinatesSchema = z
  .object({
    baseUrl: url,
    graphBaseUrl: url,
    tenantId: z.string().min(1),
    issuer: url,
    tokenEndpoint: url,
    jwksUri: url,
    openIdConfiguration: url,
    caCertPath: z.string().min(1),
    domain: z.string().min(1),
    sharePointHost: z.string().min(1),
    hubSite: z.object({
      id: z.string().min(1),
      path: z.string().min(1),
      hostname: z.string().min(1),
      webUrl: url,
    }),
    apps: z.array(appSchema),
    devUserPassword: z.string().min(1),
    groundTruthPath: z.string().min(1),
    adminUrl: url,
    /** The seeded "Samen moderators" Microsoft 365 group: the service's moderators group locally. */
    moderatorsGroupId: z.guid(),
  })
  .superRefine((tenant, context) => {
    for (const name of Object.values(DEV_APPS)) {
      const app = tenant.apps.find((candidate) => candidate.name === name);
      if (!app) context.addIssue({ code: 'custom', path: ['apps'], message: `no app '${name}'` });
      else if (CONFIDENTIAL_APPS.includes(name) && !app.clientSecret)
        context.addIssue({ code: 'custom', path: ['apps'], message: `app '${name}' has no clientSecret` });
    }
  });

export type TenantCoordinates = z.infer<typeof tenantCoordinatesSchema>;
export type DevAppName = (typeof DEV_APPS)[keyof typeof DEV_APPS];

/** The file is missing, is not JSON, or lacks a field: the message names the file and every problem. */
export class TenantCoordinatesUnreadable extends Error {
  readonly code = 'tenantCoordinatesUnreadable';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Cannot use the dev tenant's ${file}: ${problems.join('; ')}`);
    this.name = 'TenantCoordinatesUnreadable';
  }
}

export const isTenantCoordinatesUnreadable = (error: unknown): error is TenantCoordinatesUnreadable =>
  error instanceof TenantCoordinatesUnreadable;

/** "missing field hubSite.id" reads better than zod's "expected string, received undefined". */
function problemOf(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `missing field ${field}`;
  return `${field}: ${issue.message}`;
}

/** Checks parsed JSON against the schema; `file` only names the source in the error. */
export function parseTenantCoordinates(json: unknown, file: string): TenantCoordinates {
  const parsed = tenantCoordinatesSchema.safeParse(json);
  if (!parsed.success) throw new TenantCoordinatesUnreadable(file, parsed.error.issues.map(problemOf));
  return parsed.data;
}

/** @throws TenantCoordinatesUnreadable */
export function readTenantCoordinates(file: string): TenantCoordinates {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new TenantCoordinatesUnreadable(file, [reason]);
  }
  return parseTenantCoordinates(json, file);
}

/**
 * Where the dev tenant's coordinates are: SAMEN_TENANT_JSON, else `tenant.json` in SAMEN_DATA_DIR, else in the
 * repository's `.samen/` (where `npm start` and `npm run tenant` keep the tenant).
 */
export function tenantJsonPath(
  env: { readonly SAMEN_TENANT_JSON?: string; readonly SAMEN_DATA_DIR?: string },
  repoRoot: string,
): string {
  if (env.SAMEN_TENANT_JSON) return env.SAMEN_TENANT_JSON;
  return resolve(env.SAMEN_DATA_DIR || resolve(repoRoot, '.samen'), 'tenant.json');
}

export interface ConfidentialApp {
  clientId: string;
  clientSecret: string;
}

/** One of the registrations the schema guarantees; a hand-made value without it is a programming error. */
export function devApp(
  tenant: TenantCoordinates,
  name: DevAppName,
): { clientId: string; clientSecret?: string } {
  const app = tenant.apps.find((candidate) => candidate.name === name);
  if (!app) throw new Error(`the dev tenant's coordinates have no app '${name}'`);
  return app;
}

/** `samen-service` or `samen-admin`, with the secret the schema guarantees they have. */
export function confidentialApp(
  tenant: TenantCoordinates,
  name: typeof DEV_APPS.service | typeof DEV_APPS.admin,
): ConfidentialApp {
  const { clientId, clientSecret } = devApp(tenant, name);
  if (!clientSecret) throw new Error(`the dev tenant's app '${name}' has no client secret`);
  return { clientId, clientSecret };
}
