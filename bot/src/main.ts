import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { startService } from './service';

async function main(): Promise<void> {
  const config = loadConfig(process.env, resolve(__dirname, '..', '..'));
  // Locally only loopback; in production the host (App Service, a container) decides who reaches the port.
  const host = process.env.SAMEN_TENANT_ID ? '0.0.0.0' : '127.0.0.1';
  const service = await startService(config, host);
  console.log(`Samen service ready: ${service.url} (${service.runtime.index.size} people indexed)`);
  const stop = () => void service.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
