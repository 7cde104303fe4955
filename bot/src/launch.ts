import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isListsNotProvisioned } from '@samen/graph';
import { ConfigError, loadConfig } from './config';
import { startService, type RunningService, type ServiceOptions } from './service';

export interface LaunchHost {
  env: NodeJS.ProcessEnv;
  /** Where `.samen/` is when neither SAMEN_TENANT_JSON nor SAMEN_DATA_DIR says otherwise. */
  repoRoot: string;
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 2 when the configuration is wrong, 3 when the site needs `npm run provision` first. */
export const EXIT = { config: 2, notProvisioned: 3 } as const;

/** Errors whose message says all an operator needs, as one line; anything else is unexpected. */
function explain(error: unknown): { message: string; exit: number } | undefined {
  if (error instanceof ConfigError) return { message: error.message, exit: EXIT.config };
  if (isListsNotProvisioned(error)) return { message: error.message, exit: EXIT.notProvisioned };
  return undefined;
}

/**
 * What `npm run service` does, without the process (main.ts binds it): reads the configuration, starts the
 * service and says where it listens — or says in one line why it cannot start, with the exit code to end with.
 * @throws what is unexpected, for the caller to show with its stack
 */
export async function launch(
  host: LaunchHost,
  options: ServiceOptions = {},
): Promise<{ service: RunningService } | { exitCode: number }> {
  try {
    const config = loadConfig(host.env, host.repoRoot);
    // Locally only loopback; in production the host (App Service, a container) decides who reaches the port.
    const address = host.env.SAMEN_TENANT_ID ? '0.0.0.0' : '127.0.0.1';
    const tab = resolve(host.repoRoot, 'teams-app', 'dist', 'talentfinder');
    // The Teams tab is served when it was built (`gulp build`); the service runs without it otherwise.
    const teamsTabDir = options.teamsTabDir ?? (existsSync(tab) ? tab : undefined);
    const service = await startService(config, address, {
      ...options,
      ...(teamsTabDir ? { teamsTabDir } : {}),
    });
    host.out(`Samen service ready: ${service.url} (${service.runtime.index.size} people indexed)`);
    return { service };
  } catch (error) {
    const known = explain(error);
    if (!known) throw error;
    host.err(known.message);
    return { exitCode: known.exit };
  }
}
