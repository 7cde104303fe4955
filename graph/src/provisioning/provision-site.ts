import { ClientCredentialsTokenSource, type ClientCredentials } from '../access-tokens';
import { createGraphClient } from '../sdk-client';
import type { ListSchema } from '../lists/list-schema';
import { samenLists } from '../lists/samen-lists';
import { provisionLists, type ProvisioningReport } from './provision-lists';
import { resolveSiteId, type SiteUrl } from './site-url';

/** Where to provision and as whom: chosen once by a composition root (the CLI, the dev tenant's seeding). */
export interface ProvisioningTarget {
  graphBaseUrl: string;
  credentials: ClientCredentials;
  site: SiteUrl;
  /** The CA a local tenant's certificate comes from, named in the error when this process does not trust it. */
  caCertPath?: string;
}

export class UntrustedCertificate extends Error {
  readonly code = 'untrustedCertificate';
  constructor(
    readonly url: string,
    readonly caCertPath: string | undefined,
  ) {
    super(
      `This process does not trust the TLS certificate of ${new URL(url).origin}` +
        (caCertPath
          ? `: start Node with NODE_EXTRA_CA_CERTS=${caCertPath} (read only at start; npm run provision does it).`
          : '.'),
    );
    this.name = 'UntrustedCertificate';
  }
}

const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

function isUntrustedCertificate(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if (UNTRUSTED.has((e as { code?: string }).code ?? '')) return true;
  return false;
}

/**
 * Provisions `schemas` (all of Samen's lists by default) on the target's site: a token, then one request to
 * resolve the site, then `provisionLists`. The token is fetched first, outside the Graph client, so that a
 * refused secret or an untrusted certificate is reported as such rather than as a failed Graph call.
 */
export async function provisionSite(
  target: ProvisioningTarget,
  schemas: readonly ListSchema[] = samenLists,
): Promise<ProvisioningReport> {
  const tokens = new ClientCredentialsTokenSource(target.credentials);
  await tokens.getAccessToken().catch((error: unknown) => {
    throw isUntrustedCertificate(error)
      ? new UntrustedCertificate(target.credentials.tokenEndpoint, target.caCertPath)
      : error;
  });
  const client = createGraphClient({ graphBaseUrl: target.graphBaseUrl, tokens });
  const siteId = await resolveSiteId(client, target.site);
  return provisionLists(client, siteId, schemas);
}
