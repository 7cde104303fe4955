import {
  confidentialApp,
  DEV_APPS,
  readTenantCoordinates,
  type TenantCoordinates,
} from '@samen/devkit/tenant-coordinates';
import type { ListSchema } from '../lists/list-schema';
import { samenLists } from '../lists/samen-lists';
import type { ProvisioningReport } from '../provisioning/provision-lists';
import { provisionSite, type ProvisioningTarget } from '../provisioning/provision-site';
import { parseSiteUrl, type SiteUrl } from '../provisioning/site-url';

/** The app Samen's service runs as; it holds Sites.Manage.All because provisioning creates lists. */
export const SERVICE_APP = DEV_APPS.service;

/** Provisioning against the dev tenant as `samen-service`, on its hub site unless another site is given. */
export function devTenantTarget(tenant: TenantCoordinates, site?: SiteUrl): ProvisioningTarget {
  return {
    graphBaseUrl: tenant.graphBaseUrl,
    credentials: { tokenEndpoint: tenant.tokenEndpoint, ...confidentialApp(tenant, SERVICE_APP) },
    site: site ?? parseSiteUrl(tenant.hubSite.webUrl),
    caCertPath: tenant.caCertPath,
  };
}

/**
 * The dev tenant's seeding step for Samen's lists: the same provisioning as on a real tenant, against the hub
 * site of the tenant that wrote `tenantJsonPath`. The dev tenant emulates Microsoft 365 and knows none of our
 * code, so the suite's composition root calls this once the tenant is ready. This process must trust the
 * tenant's CA (NODE_EXTRA_CA_CERTS=<caCertPath> at Node's start); `graph/dist/cli/provision.js` arranges that.
 * @throws TenantCoordinatesUnreadable, UntrustedCertificate, TokenRequestFailed, SiteNotFound, or Graph's error
 */
export function provisionDevTenant(
  tenantJsonPath: string,
  schemas: readonly ListSchema[] = samenLists,
): Promise<ProvisioningReport> {
  return provisionSite(devTenantTarget(readTenantCoordinates(tenantJsonPath)), schemas);
}
