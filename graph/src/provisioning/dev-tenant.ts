import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ListSchema } from '../lists/list-schema';
import { samenLists } from '../lists/samen-lists';
import type { ProvisioningReport } from './provision-lists';
import { provisionSite, type ProvisioningTarget } from './provision-site';
import { parseSiteUrl, type SiteUrl } from './site-url';

/** The part of the dev tenant's `tenant.json` (dev-tenant/README.md) that provisioning needs. */
const tenantJsonSchema = z.object({
  graphBaseUrl: z.url(),
  tokenEndpoint: z.url(),
  caCertPath: z.string().min(1),
  hubSite: z.object({ webUrl: z.string() }),
  apps: z.array(z.object({ name: z.string(), clientId: z.string(), clientSecret: z.string().optional() })),
});
export type DevTenantJson = z.infer<typeof tenantJsonSchema>;

/** The app Samen's service runs as; it holds Sites.Manage.All because provisioning creates lists. */
export const SERVICE_APP = 'samen-service';

export class DevTenantUnreadable extends Error {
  readonly code = 'devTenantUnreadable';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot use the dev tenant's ${path}: ${reason}`);
    this.name = 'DevTenantUnreadable';
  }
}

/** @throws DevTenantUnreadable */
export function readDevTenant(tenantJsonPath: string): DevTenantJson {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(tenantJsonPath, 'utf8'));
  } catch (error) {
    throw new DevTenantUnreadable(tenantJsonPath, (error as Error).message);
  }
  const parsed = tenantJsonSchema.safeParse(json);
  if (!parsed.success) throw new DevTenantUnreadable(tenantJsonPath, z.prettifyError(parsed.error));
  return parsed.data;
}

/** Provisioning against the dev tenant as `samen-service`, on its hub site unless another site is given. */
export function devTenantTarget(
  tenant: DevTenantJson,
  tenantJsonPath: string,
  site?: SiteUrl,
): ProvisioningTarget {
  const service = tenant.apps.find((app) => app.name === SERVICE_APP);
  if (!service?.clientSecret)
    throw new DevTenantUnreadable(tenantJsonPath, `no app '${SERVICE_APP}' with a client secret`);
  return {
    graphBaseUrl: tenant.graphBaseUrl,
    credentials: {
      tokenEndpoint: tenant.tokenEndpoint,
      clientId: service.clientId,
      clientSecret: service.clientSecret,
    },
    site: site ?? parseSiteUrl(tenant.hubSite.webUrl),
    caCertPath: tenant.caCertPath,
  };
}

/**
 * The dev tenant's seeding step for Samen's lists: the same provisioning as on a real tenant, against the hub
 * site of the tenant that wrote `tenantJsonPath`. The dev tenant emulates Microsoft 365 and knows none of our
 * code, so the suite's composition root calls this once the tenant is ready. This process must trust the
 * tenant's CA (NODE_EXTRA_CA_CERTS=<caCertPath> at Node's start); `graph/dist/cli/provision.js` arranges that.
 * @throws DevTenantUnreadable, UntrustedCertificate, TokenRequestFailed, SiteNotFound, or Graph's error
 */
export function provisionDevTenant(
  tenantJsonPath: string,
  schemas: readonly ListSchema[] = samenLists,
): Promise<ProvisioningReport> {
  return provisionSite(devTenantTarget(readDevTenant(tenantJsonPath), tenantJsonPath), schemas);
}
