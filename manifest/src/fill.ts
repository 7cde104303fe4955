import type { PackageConfig } from './config';

const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

function valuesOf(config: PackageConfig): Readonly<Record<string, string>> {
  return {
    TEAMS_APP_ID: config.SAMEN_TEAMS_APP_ID,
    BOT_ID: config.SAMEN_BOT_ID,
    API_CLIENT_ID: config.SAMEN_API_CLIENT_ID,
    HOST: config.SAMEN_PUBLIC_HOST,
    VERSION: config.SAMEN_APP_VERSION,
  };
}

function fillString(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    // A typo in the template would otherwise ship as literal braces, which only Teams' upload would reject.
    if (value === undefined) throw new Error(`manifest template: unknown placeholder ${whole}`);
    return value;
  });
}

function fillValue(value: unknown, values: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return fillString(value, values);
  if (Array.isArray(value)) return value.map((item) => fillValue(item, values));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillValue(item, values)]));
  return value;
}

/** The template with every `{{NAME}}` replaced, string by string (so a value can never break the JSON). */
export function fillManifest(template: unknown, config: PackageConfig): Record<string, unknown> {
  return fillValue(template, valuesOf(config)) as Record<string, unknown>;
}
