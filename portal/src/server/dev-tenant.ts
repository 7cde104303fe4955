import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the portal needs from the dev tenant's `tenant.json` (documented in dev-tenant/README.md). */
export interface DevTenant {
  tokenEndpoint: string;
  graphBaseUrl: string;
  devUserPassword: string;
  /** The public client the SPFx web parts, the Teams tab and this portal sign in with. */
  webClientId: string;
  /** The Samen service's app: its API scope is `api://<clientId>/access_as_user`. */
  serviceClientId: string;
  serviceClientSecret: string;
}

export class PortalConfigError extends Error {}

interface TenantJson {
  tokenEndpoint?: string;
  graphBaseUrl?: string;
  devUserPassword?: string;
  apps?: { name: string; clientId: string; clientSecret?: string }[];
}

/**
 * The portal is a local host only: it signs seeded users in with the dev tenant's shared password, which no real
 * tenant has. Without a dev tenant it refuses to start.
 */
export function loadDevTenant(env: NodeJS.ProcessEnv, repoRoot: string): DevTenant {
  const file =
    env.SAMEN_TENANT_JSON ?? resolve(env.SAMEN_DATA_DIR ?? resolve(repoRoot, '.samen'), 'tenant.json');
  if (!existsSync(file))
    throw new PortalConfigError(`No dev tenant at ${file}: start it first (npm start or npm run tenant).`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as TenantJson;
  const web = json.apps?.find((a) => a.name === 'samen-web');
  const service = json.apps?.find((a) => a.name === 'samen-service');
  if (!json.tokenEndpoint || !json.graphBaseUrl || !json.devUserPassword || !web || !service?.clientSecret)
    throw new PortalConfigError(`${file} is not a dev tenant description (the portal works only locally).`);
  return {
    tokenEndpoint: json.tokenEndpoint,
    graphBaseUrl: json.graphBaseUrl,
    devUserPassword: json.devUserPassword,
    webClientId: web.clientId,
    serviceClientId: service.clientId,
    serviceClientSecret: service.clientSecret,
  };
}
