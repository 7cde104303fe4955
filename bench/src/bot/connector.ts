// A Bot Connector that takes every reply a bot posts (`POST {serviceUrl}/v3/conversations/{id}/activities/
// {replyToId}`, where botbuilder sends the answer to a message) and hands it to whoever waits for that reply:
// the end of an activity's round trip.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = Record<string, unknown>;

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/;

async function bodyOf(req: IncomingMessage): Promise<Reply> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply;
}

export class CaptureConnector {
  private readonly waiting = new Map<string, (reply: Reply) => void>();
  private sent = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<CaptureConnector> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const connector = new CaptureConnector(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    );
    server.on('request', (req, res) => void connector.take(req, res));
    return connector;
  }

  /** Resolves with the reply to `activityId` in `conversationId`; call it before the activity is sent. */
  replyTo(conversationId: string, activityId: string): Promise<Reply> {
    return new Promise((resolve) => this.waiting.set(`${conversationId}\u0000${activityId}`, resolve));
  }

  /** Forgets a reply nobody will receive any more (its activity failed). */
  forget(conversationId: string, activityId: string): void {
    this.waiting.delete(`${conversationId}\u0000${activityId}`);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async take(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = REPLY_PATH.exec(req.url ?? '');
    const body = await bodyOf(req);
    const key = match ? `${decodeURIComponent(match[1]!)}\u0000${decodeURIComponent(match[2]!)}` : '';
    const waiter = this.waiting.get(key);
    // Anything else (a path botbuilder should not use, a reply nobody waits for) fails loudly at the bot.
    if (req.method !== 'POST' || !waiter) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not expected"}');
      return;
    }
    this.waiting.delete(key);
    this.sent += 1;
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ id: `reply-${this.sent}` }));
    waiter(body);
  }
}
