// The Node entry, `@samen/graph/node`: what only a Node process (the Samen service, the provisioning command,
// the local suite) composes. The official SDK client and the token sources that hold a client secret or a
// user's assertion belong here, not in a browser bundle; so does reading the dev tenant's files. The adapters
// they are handed to come from the browser-safe entry, `@samen/graph`.
export { ClientCredentialsTokenSource, TokenRequestFailed } from '../access-tokens';
export { createGraphClient } from '../sdk-client';
export type { GraphClientOptions } from '../sdk-client';
export { InvalidProfileChanges, MeProfileWriter, OnBehalfOfTokenSource } from '../talent/on-behalf-of';
export type { OnBehalfOfCredentials } from '../talent/on-behalf-of';
export { provisionSite, UntrustedCertificate } from '../provisioning/provision-site';
export { devTenantTarget, provisionDevTenant, SERVICE_APP } from './dev-tenant';
