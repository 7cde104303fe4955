import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

/** manifest.json's schema version, and the one our template is on: the newest @microsoft/app-manifest bundles. */
export const SCHEMA_VERSION = 'v1.30';

/**
 * A schema from the copy @microsoft/app-manifest ships, read from disk and handed over, so validation never
 * falls back to fetching it (this machine, and CI's, reach no Microsoft host; toolchain.md).
 */
export function bundledSchema(
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json',
): Schema {
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const path = join(packageDir, 'build', 'json-schemas', 'teams', SCHEMA_VERSION, file);
  return JSON.parse(readFileSync(path, 'utf8')) as Schema;
}

/** Schema errors of the filled manifest ([] when it is valid). */
export function manifestProblems(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
    bundledSchema('MicrosoftTeams.schema.json'),
  );
}

/**
 * The localisation schema, its key patterns made valid for Ajv: v1.30 writes `\b]` (an unescaped `]`), which a
 * unicode regular expression (Ajv's) rejects as "Lone quantifier brackets". Escaped, they mean what they meant.
 */
function localizationSchema(): Schema {
  const schema = bundledSchema('MicrosoftTeams.Localization.schema.json') as { patternProperties?: object };
  const patterns = Object.entries(schema.patternProperties ?? {}).map(([key, value]) => [
    key.replaceAll('\\b]', '\\b\\]'),
    value,
  ]);
  return { ...schema, patternProperties: Object.fromEntries(patterns) } as Schema;
}

/** Schema errors of a localisation file such as nl.json ([] when it is valid). */
export function localizationProblems(strings: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(
    strings as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
    localizationSchema(),
  );
}
