import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A request that cannot be taken as it is: answered with its status and a problem the caller can read. */
export class BadRequest extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 415 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request's body as JSON, at most `limit` bytes: a bigger body is refused as soon as it is seen to be too
 * big (413), not after reading all of it.
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new BadRequest(415, 'unsupportedMediaType', 'Send JSON (Content-Type: application/json).');
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BadRequest(400, 'invalidRequest', 'The body is not JSON.');
  }
}

function tooLarge(limit: number): BadRequest {
  return new BadRequest(413, 'tooLarge', `The body is larger than ${limit} bytes.`);
}
