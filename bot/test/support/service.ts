import { provisionLists, samenLists } from '@samen/graph';
import { ClientCredentialsTokenSource, createGraphClient } from '@samen/graph/node';
import { resolve } from 'node:path';
import { app, tenant } from '../../../test-support/tenant';
import { loadConfig } from '../../src/config';
import { startService, type RunningService, type ServiceOptions } from '../../src/service';

/**
 * The Samen service in process on the run's shared dev tenant, as `npm run service` composes it: Samen's lists
 * provisioned on the hub site (idempotent, so every file may ask), then the service on a free loopback port.
 */
export async function startServiceOnDevTenant(
  options: ServiceOptions = {},
  env: Record<string, string> = {},
): Promise<RunningService> {
  const t = tenant();
  const service = app(t, 'samen-service');
  const tokens = new ClientCredentialsTokenSource({
    tokenEndpoint: t.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret!,
  });
  await provisionLists(createGraphClient({ graphBaseUrl: t.graphBaseUrl, tokens }), t.hubSite.id, samenLists);
  const config = loadConfig(
    {
      SAMEN_TENANT_JSON: process.env.SAMEN_TENANT_JSON,
      SAMEN_SERVICE_PORT: '0',
      // Notice rounds when a test asks (running.notices.round()): a timer's round reads the notices list, which
      // would land among the Graph requests a test counts.
      SAMEN_PRESENCE_POLL_MS: '3600000',
      ...env,
    },
    resolve(__dirname, '../../..'),
  );
  return startService(config, '127.0.0.1', options);
}
