import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  /** A raw body (not JSON), e.g. a gateway's HTML page. */
  readonly text?: string;
  /** Answer only after this many milliseconds (for cancellation). */
  readonly delayMs?: number;
}

/**
 * A tiny local HTTP server standing in for the Samen service. Replies are keyed by exact `METHOD url`; anything
 * else is answered 599 and recorded as unexpected, so a wrong URL fails loudly (style.md 12).
 */
export class HttpStub {
  readonly requests: Recorded[] = [];
  readonly unexpected: string[] = [];
  private readonly replies = new Map<string, Reply>();
  private server?: Server;

  on(method: string, url: string, reply: Reply): void {
    this.replies.set(`${method} ${url}`, reply);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const key = `${request.method} ${request.url}`;
        this.requests.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body,
        });
        const reply = this.replies.get(key);
        if (!reply) this.unexpected.push(key);
        const { status, text, delayMs } = reply ?? { status: 599, text: `no stub for ${key}` };
        const payload = text ?? (reply?.body === undefined ? '' : JSON.stringify(reply.body));
        setTimeout(() => {
          if (response.destroyed) return;
          response.writeHead(status, text === undefined ? { 'Content-Type': 'application/json' } : {});
          response.end(status === 204 ? undefined : payload);
        }, delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
