import { Client, MiddlewareFactory, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { randomUUID } from 'node:crypto';
import { defineList, type ListSchema } from '../../src';
import { ClientCredentialsTokenSource } from '../../src/node';
import { app, type TestTenant } from '../../../test-support/tenant';

/** Runs before a request goes out: lets a test make something happen "meanwhile", deterministically. */
export type BeforeRequest = (request: string, index: number) => Promise<void>;

/** Records each HTTP request the client sends (retries included) as `METHOD /path`, below the version. */
class RequestRecorder implements Middleware {
  readonly requests: string[] = [];
  private next?: Middleware;

  constructor(
    private readonly versionRoot: string,
    private readonly before?: BeforeRequest,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    const request = `${context.options?.method ?? 'GET'} ${decodeURIComponent(url.pathname).slice(this.versionRoot.length)}`;
    await this.before?.(request, this.requests.length);
    this.requests.push(request);
    return this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The official client with its default middleware chain, as `createGraphClient` builds it, plus a recorder
 * just before the HTTP handler: so `requests` are the round trips that really went out.
 */
export function recordingServiceClient(
  t: TestTenant,
  before?: BeforeRequest,
): { client: Client; requests: string[] } {
  const service = app(t, 'samen-service');
  const tokens = new ClientCredentialsTokenSource({
    tokenEndpoint: t.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret!,
  });
  const url = new URL(t.graphBaseUrl);
  const recorder = new RequestRecorder(url.pathname, before);
  const chain = MiddlewareFactory.getDefaultMiddlewareChain({
    getAccessToken: () => tokens.getAccessToken(),
  });
  chain.splice(chain.length - 1, 0, recorder);
  const client = Client.initWithMiddleware({
    middleware: chain,
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([url.hostname]),
  });
  return { client, requests: recorder.requests };
}

/** The same lists under names no other test uses: `Samen Endorsements 1a2b3c4d`. */
export function uniquelyNamed(schemas: readonly ListSchema[], tag = randomUUID().slice(0, 8)): ListSchema[] {
  return schemas.map((schema) => defineList({ ...schema, displayName: `${schema.displayName} ${tag}` }));
}
