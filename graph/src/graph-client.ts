import { Client } from '@microsoft/microsoft-graph-client';
import type { AccessTokenSource } from './access-tokens';

export const MICROSOFT_GRAPH = 'https://graph.microsoft.com/v1.0';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` in production, the dev tenant's `graphBaseUrl` locally. */
  graphBaseUrl: string;
  tokens: AccessTokenSource;
}

/**
 * The official Graph client with its default middleware (auth, retry on 429/503/504 honouring Retry-After,
 * redirects). A host other than graph.microsoft.com must be listed in `customHosts` or the client refuses
 * to attach the token and to follow its nextLinks (toolchain.md).
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const url = new URL(options.graphBaseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  return Client.initWithMiddleware({
    authProvider: { getAccessToken: () => options.tokens.getAccessToken() },
    baseUrl: `${url.origin}/`,
    defaultVersion: version,
    customHosts: url.hostname === 'graph.microsoft.com' ? undefined : new Set([url.hostname]),
  });
}
