import type { Db } from './store/database';

/** What every Graph handler may use: the store, the clock and the tenant's public coordinates. */
export interface TenantContext {
  db: Db;
  tenantId: string;
  /** `<baseUrl>/v1.0`, used for `@odata.context`, `@odata.nextLink` and `@odata.deltaLink`. */
  graphBaseUrl: string;
  /** The emulated SharePoint host name, e.g. `samendev.sharepoint.com`. */
  sharePointHost: string;
  domain: string;
  now: () => Date;
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
