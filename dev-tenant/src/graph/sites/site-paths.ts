import type { TenantContext } from '../../context';
import { notFound } from '../../http/graph-error';
import { findSiteByPath } from './sites-store';

/**
 * Graph addresses a site by path as `/sites/{hostname}:/{server-relative-path}` and lets further segments follow
 * after a second colon (`/sites/host:/sites/samen:/lists`). We resolve that to the site id once, so the routes
 * only ever see `/sites/{id}/...`. `/sites/root` is the tenant's root site.
 */
export function rewriteSitePath(ctx: TenantContext, path: string): string {
  const match = /^\/sites\/([^/:]+):(\/[^:]*)?(?::(\/.*)?)?$/.exec(path);
  if (match) {
    const [, host, sitePath, rest] = match;
    const site = findSiteByPath(ctx, host!, sitePath ?? '/');
    if (!site) throw notFound('Requested site could not be found');
    return `/sites/${site.id}${rest ?? ''}`;
  }
  const root = /^\/sites\/root(\/.*)?$/.exec(path);
  if (root) {
    const site = findSiteByPath(ctx, ctx.sharePointHost, '/');
    if (!site) throw notFound('Requested site could not be found');
    return `/sites/${site.id}${root[1] ?? ''}`;
  }
  return path;
}
