import { z } from 'zod';

// Fixed, obviously-local ids so that `npm run package` works on a fresh clone; a real tenant sets its own.
export const LOCAL_DEFAULTS = {
  SAMEN_TEAMS_APP_ID: '5a3e1c7e-0b8d-4f6a-9c2e-5a4d3b2c1e01',
  SAMEN_BOT_ID: '5a3e1c7e-0b8d-4f6a-9c2e-5a4d3b2c1e02',
  SAMEN_API_CLIENT_ID: '5a3e1c7e-0b8d-4f6a-9c2e-5a4d3b2c1e03',
  // The local portal's address; Teams itself only loads https hosts (a dev tunnel in front of it).
  SAMEN_PUBLIC_HOST: 'localhost:4300',
  SAMEN_APP_VERSION: '0.1.0',
} as const;

const guid = z.guid();
// A host name with an optional port: it goes into https:// URLs, validDomains and api:// resources as is.
const host = z
  .string()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i, 'a host name, e.g. samen.contoso.com');
// Teams accepts only major.minor.patch here.
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.2.3');

/** What the manifest template needs, from the environment (the names are the environment variables). */
export const packageConfigSchema = z.strictObject({
  SAMEN_TEAMS_APP_ID: guid,
  SAMEN_BOT_ID: guid,
  SAMEN_API_CLIENT_ID: guid,
  SAMEN_PUBLIC_HOST: host,
  SAMEN_APP_VERSION: semver,
});

export type PackageConfig = z.infer<typeof packageConfigSchema>;

/** A setting that is set but wrong: the message names the variable and what it should be. */
export class PackageConfigError extends Error {
  override readonly name = 'PackageConfigError';
}

/** The package's settings: each variable from `env` when set (and not blank), else its local default. */
export function readPackageConfig(env: Readonly<Record<string, string | undefined>>): PackageConfig {
  const raw = Object.fromEntries(
    Object.entries(LOCAL_DEFAULTS).map(([name, fallback]) => [name, env[name]?.trim() || fallback]),
  );
  const parsed = packageConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new PackageConfigError(`Teams app package settings: ${problems.join('; ')}`);
}
