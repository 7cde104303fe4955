import type { GraphClient } from '../graph-client';

declare const checked: unique symbol;
/** The https URL of a SharePoint site (`https://contoso.sharepoint.com/sites/samen`), checked by `parseSiteUrl`. */
export interface SiteUrl {
  readonly href: string;
  readonly hostname: string;
  /** Server-relative, without a trailing slash: `/sites/samen`. */
  readonly path: string;
  readonly [checked]: true;
}

export class InvalidSiteUrl extends Error {
  readonly code = 'invalidSiteUrl';
  constructor(readonly given: string) {
    super(
      `'${given}' is not a SharePoint site URL: expected https://<tenant>.sharepoint.com/sites/<name> ` +
        '(or /teams/<name>), without a page, query or fragment.',
    );
    this.name = 'InvalidSiteUrl';
  }
}

export class SiteNotFound extends Error {
  readonly code = 'siteNotFound';
  constructor(readonly site: SiteUrl) {
    super(`No SharePoint site at ${site.href} (Graph answered 404), or the app may not see it.`);
    this.name = 'SiteNotFound';
  }
}

// SharePoint Online in the commercial cloud, GCC High, DoD, Germany and China.
const SHAREPOINT_HOST =
  /^[a-z0-9-]+\.(sharepoint\.com|sharepoint\.us|sharepoint-mil\.us|sharepoint\.de|sharepoint\.cn)$/;
const SITE_PATH = /^\/(sites|teams)(\/[A-Za-z0-9_~%-][A-Za-z0-9_.~%-]*)+$/;

function tryUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** @throws InvalidSiteUrl */
export function parseSiteUrl(text: string): SiteUrl {
  const url = tryUrl(text.trim());
  const path = url?.pathname.replace(/\/+$/, '') ?? '';
  const valid =
    url?.protocol === 'https:' &&
    !url.username &&
    !url.port &&
    !url.search &&
    !url.hash &&
    SHAREPOINT_HOST.test(url.hostname) &&
    SITE_PATH.test(path) &&
    !/\.aspx$/i.test(path);
  if (!url || !valid) throw new InvalidSiteUrl(text);
  return { href: `https://${url.hostname}${path}`, hostname: url.hostname, path } as SiteUrl;
}

const statusOf = (error: unknown) => (error as { statusCode?: unknown } | null)?.statusCode;

/** One request: `GET /sites/{hostname}:{path}` (graph-facts.md). @throws SiteNotFound */
export async function resolveSiteId(client: GraphClient, site: SiteUrl): Promise<string> {
  try {
    const found = (await client.api(`/sites/${site.hostname}:${site.path}`).select('id').get()) as {
      id?: unknown;
    };
    if (typeof found.id !== 'string') throw new Error(`Graph answered no id for the site ${site.href}.`);
    return found.id;
  } catch (error) {
    if (statusOf(error) === 404) throw new SiteNotFound(site);
    throw error;
  }
}
