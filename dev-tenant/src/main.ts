import { tenantOptionsFromEnv } from './config';
import { startTenant } from './tenant';

async function main(): Promise<void> {
  const options = tenantOptionsFromEnv(process.env);
  const tenant = await startTenant(options);
  console.log(`Dev tenant ready: ${tenant.info.baseUrl}`);
  const stop = () => {
    tenant.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
