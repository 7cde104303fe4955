import { resolve } from 'node:path';
import { z } from 'zod';
import { faultConfigSchema } from './faults';
import type { TenantOptions } from './tenant';

const REPO_ROOT = resolve(__dirname, '..', '..');

const integer = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  SAMEN_TENANT_PORT: integer(7443, 0, 65_535),
  SAMEN_DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, '.samen')),
  SAMEN_TLS_DIR: z.string().min(1).optional(),
  SAMEN_SEED: integer(20_260_401, 0, 2 ** 31 - 1),
  SAMEN_PEOPLE: integer(1500, 1, 200_000),
  SAMEN_PRESENCE_CALLS_PER_30S: integer(1500, 1, 1_000_000),
  SAMEN_TOKEN_LIFETIME_S: integer(3599, 60, 86_400),
  SAMEN_TENANT_FAULTS: z
    .string()
    .default('{"rules":[]}')
    .transform((text, ctx) => {
      try {
        return faultConfigSchema.parse(JSON.parse(text)).rules;
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be JSON like {"rules":[...]}: ${String(error)}` });
        return z.NEVER;
      }
    }),
});

/** Reads the dev tenant's settings from the environment, refusing bad values with a message naming them. */
export function tenantOptionsFromEnv(env: NodeJS.ProcessEnv): TenantOptions {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid dev tenant settings:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    port: e.SAMEN_TENANT_PORT,
    dataDir: resolve(e.SAMEN_DATA_DIR),
    tlsDir: resolve(e.SAMEN_TLS_DIR ?? resolve(e.SAMEN_DATA_DIR, 'tls')),
    seed: e.SAMEN_SEED,
    people: e.SAMEN_PEOPLE,
    presenceCallsPer30s: e.SAMEN_PRESENCE_CALLS_PER_30S,
    tokenLifetimeSeconds: e.SAMEN_TOKEN_LIFETIME_S,
    faults: e.SAMEN_TENANT_FAULTS,
  };
}
