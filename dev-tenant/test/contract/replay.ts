import { randomUUID } from 'node:crypto';
import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { appToken, graphClient, tenant, userToken, type TestTenant } from '../../../test-support/tenant';
import type { DocExample } from './fixtures/types';
import { formats, matchShape, summarise } from './shape';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of a plain-text answer, or undefined for an empty one. */
  body: any;
  text: string;
  /** The client-request-id we sent, which Graph echoes. */
  clientRequestId: string;
}

/**
 * Sends a doc example's request with the official Graph client (its middleware, auth and URL handling), asking
 * for the raw response so the status and headers can be checked too.
 */
export async function replay(client: Client, example: DocExample): Promise<Reply> {
  const clientRequestId = randomUUID();
  const { method, path, headers, body } = example.request;
  const request = client
    .api(path)
    .responseType(ResponseType.RAW)
    .headers({ ...headers, 'client-request-id': clientRequestId });
  const response: Response =
    method === 'GET'
      ? await request.get()
      : method === 'POST'
        ? await request.post(body)
        : method === 'PATCH'
          ? await request.patch(body)
          : await request.delete();
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '');
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : json ? JSON.parse(text) : text,
    text,
    clientRequestId,
  };
}

/** Everything in `reply` that departs from what the doc example leads us to expect, in words. */
export function contractProblems(example: DocExample, reply: Reply): string[] {
  const problems: string[] = [];
  const expected = example.response;
  if (reply.status !== expected.status) {
    problems.push(`status ${reply.status}, expected ${expected.status}: ${reply.text.slice(0, 300)}`);
    return problems;
  }
  // Every Graph answer names its request (graph-facts.md); the client's own id comes back unchanged.
  const requestId = reply.headers.get('request-id');
  if (!requestId || !formats.guid.pattern.test(requestId)) problems.push(`request-id header: ${requestId}`);
  if (reply.headers.get('client-request-id') !== reply.clientRequestId) {
    problems.push(
      `client-request-id ${reply.headers.get('client-request-id')}, sent ${reply.clientRequestId}`,
    );
  }
  for (const [name, pattern] of Object.entries(expected.headers ?? {})) {
    const value = reply.headers.get(name);
    if (value === null || !pattern.test(value))
      problems.push(`header ${name}: ${value}, expected ${pattern}`);
  }
  const inner = reply.body?.error?.innerError;
  if (inner && inner['request-id'] !== requestId) {
    problems.push(
      `error innerError request-id ${inner['request-id']} differs from the header's ${requestId}`,
    );
  }
  const body = expected.body;
  if (body === 'empty') {
    if (reply.text !== '') problems.push(`a body, expected none: ${reply.text.slice(0, 200)}`);
  } else if ('text' in body) {
    if (!body.text.test(reply.text))
      problems.push(`body ${JSON.stringify(reply.text)}, expected ${body.text}`);
  } else {
    const report = matchShape(reply.body, body);
    problems.push(...report.missing.map((p) => `missing ${p}`));
    problems.push(...report.wrongType);
    problems.push(...summarise(report.unexpected).map((p) => `not asked for: ${p}`));
    if (!expected.truncated)
      problems.push(...summarise(report.extra).map((p) => `not in the doc's example: ${p}`));
  }
  return problems;
}

/** Fails the test with the doc page, the example and every problem found, or passes quietly. */
export function expectContract(example: DocExample, reply: Reply): void {
  expect({ doc: example.doc, example: example.example, problems: contractProblems(example, reply) }).toEqual({
    doc: example.doc,
    example: example.example,
    problems: [],
  });
}

/** Replays and checks in one step; returns the reply for the semantic checks a test adds. */
export async function replayContract(client: Client, example: DocExample): Promise<Reply> {
  const reply = await replay(client, example);
  expectContract(example, reply);
  return reply;
}

/** One token per caller for the whole file: the admin app (application permissions) or a signed-in user. */
export function callers(t: TestTenant = tenant()) {
  const cache = new Map<string, Promise<string>>();
  const cached = (key: string, get: () => Promise<string>) => () => {
    if (!cache.has(key)) cache.set(key, get());
    return cache.get(key)!;
  };
  return {
    app: graphClient(
      t,
      cached('app', () => appToken(t, 'samen-admin')),
    ),
    /** A signed-in user; `password` for users made with POST /users (seeded users share devUserPassword). */
    user: (upn: string, password?: string) =>
      graphClient(
        t,
        cached(`user:${upn}`, () =>
          password === undefined ? userToken(t, upn) : userTokenWithPassword(t, upn, password),
        ),
      ),
  };
}

async function userTokenWithPassword(t: TestTenant, upn: string, password: string): Promise<string> {
  return userToken({ ...t, devUserPassword: password }, upn);
}
