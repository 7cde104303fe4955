import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../../context';
import { isoSeconds } from '../../context';
import { notFound } from '../../http/graph-error';

export interface SiteDoc {
  id: string;
  name: string;
  displayName: string;
  description: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  siteCollection: { hostname: string };
}

/** Site ids have Graph's shape: `hostname,{site-collection-guid},{web-guid}`. */
export function createSite(
  ctx: TenantContext,
  path: string,
  displayName: string,
  description: string,
): SiteDoc {
  const now = isoSeconds(ctx.now());
  const host = ctx.sharePointHost;
  const site: SiteDoc = {
    id: `${host},${randomUUID()},${randomUUID()}`,
    name: path.split('/').filter(Boolean).pop() ?? host,
    displayName,
    description,
    webUrl: `https://${host}${path === '/' ? '' : path}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    siteCollection: { hostname: host },
  };
  ctx.db
    .prepare('INSERT INTO sites (id, hostname, path, doc) VALUES (?, ?, ?, ?)')
    .run(site.id, host, normalisePath(path), JSON.stringify(site));
  return site;
}

export function normalisePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export function findSiteByPath(ctx: TenantContext, hostname: string, path: string): SiteDoc | undefined {
  const row = ctx.db
    .prepare('SELECT doc FROM sites WHERE hostname = ? AND path = ?')
    .get(hostname.toLowerCase(), normalisePath(path)) as { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as SiteDoc) : undefined;
}

/** Accepts the full composite id or, as Graph does, just the site-collection guid part. */
export function requireSite(ctx: TenantContext, id: string): SiteDoc {
  const row = ctx.db.prepare('SELECT doc FROM sites WHERE id = ? OR id LIKE ?').get(id, `%,${id},%`) as
    { doc: string } | undefined;
  if (!row) throw notFound('Requested site could not be found');
  return JSON.parse(row.doc) as SiteDoc;
}
