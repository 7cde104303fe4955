export { ClientCredentialsTokenSource, TokenRequestFailed } from './access-tokens';
export type { AccessTokenSource, ClientCredentials } from './access-tokens';
export { createGraphClient, MICROSOFT_GRAPH } from './graph-client';
export type { GraphClientOptions } from './graph-client';
export { MAX_BATCH_SIZE, sendBatch } from './batch';
export type { BatchOptions, BatchRequest, BatchResponse } from './batch';
