import { existsSync } from 'node:fs';
import {
  confidentialApp,
  devApp,
  DEV_APPS,
  isTenantCoordinatesUnreadable,
  readTenantCoordinates,
  tenantJsonPath,
  type TenantCoordinates,
} from '@samen/devkit/tenant-coordinates';

/** What the portal needs from the dev tenant's coordinates (devkit/src/tenant-coordinates.ts). */
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

function read(file: string): TenantCoordinates {
  try {
    return readTenantCoordinates(file);
  } catch (error) {
    if (!isTenantCoordinatesUnreadable(error)) throw error;
    throw new PortalConfigError(
      `${file} is not a dev tenant description (the portal works only locally): ${error.problems.join('; ')}`,
    );
  }
}

/**
 * The portal is a local host only: it signs seeded users in with the dev tenant's shared password, which no real
 * tenant has. Without a dev tenant it refuses to start.
 */
export function loadDevTenant(env: NodeJS.ProcessEnv, repoRoot: string): DevTenant {
  const file = tenantJsonPath(env, repoRoot);
  if (!existsSync(file))
    throw new PortalConfigError(`No dev tenant at ${file}: start it first (npm start or npm run tenant).`);
  const tenant = read(file);
  const service = confidentialApp(tenant, DEV_APPS.service);
  return {
    tokenEndpoint: tenant.tokenEndpoint,
    graphBaseUrl: tenant.graphBaseUrl,
    devUserPassword: tenant.devUserPassword,
    webClientId: devApp(tenant, DEV_APPS.web).clientId,
    serviceClientId: service.clientId,
    serviceClientSecret: service.clientSecret,
  };
}
