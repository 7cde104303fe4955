import { Client, MiddlewareFactory, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { AccessTokenSource } from './access-tokens';
import type { GraphRequestObserver } from './graph-client';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` in production, the dev tenant's `graphBaseUrl` locally. */
  graphBaseUrl: string;
  tokens: AccessTokenSource;
  onRequest?: GraphRequestObserver;
}

/** Sits just before the HTTP handler, so it sees what is sent, not what the caller asked for. */
class RequestObserver implements Middleware {
  private next?: Middleware;

  constructor(private readonly observe: GraphRequestObserver) {}

  execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    this.observe(context.options?.method ?? 'GET', url);
    return this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The official Graph client (it satisfies the adapters' structural `GraphClient`) with its default middleware (auth, retry on 429/503/504 honouring Retry-After,
 * redirects). A host other than graph.microsoft.com must be listed in `customHosts` or the client refuses
 * to attach the token and to follow its nextLinks (toolchain.md).
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const url = new URL(options.graphBaseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  const authProvider = { getAccessToken: () => options.tokens.getAccessToken() };
  const middleware = MiddlewareFactory.getDefaultMiddlewareChain(authProvider);
  if (options.onRequest) middleware.splice(middleware.length - 1, 0, new RequestObserver(options.onRequest));
  return Client.initWithMiddleware({
    middleware,
    baseUrl: `${url.origin}/`,
    defaultVersion: version,
    customHosts: url.hostname === 'graph.microsoft.com' ? undefined : new Set([url.hostname]),
  });
}
