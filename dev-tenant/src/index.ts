// @samen/dev-tenant as a library, for benchmarks and tests: start a tenant in process, or generate the seeded
// organisation without one (also `@samen/dev-tenant/seed`). `npm run tenant` is main.ts.
export { startTenant } from './tenant';
export type { TenantInfo, TenantOptions } from './tenant';
export * from './seed';
