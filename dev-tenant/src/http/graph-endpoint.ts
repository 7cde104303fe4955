import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenVerifier } from '../auth/verify';
import { TokenRejected } from '../auth/verify';
import type { GraphDispatcher } from '../graph/dispatcher';
import { errorBody, newRequestIds } from './graph-error';
import { BodyTooLarge, headerRecord, readBody, sendJson, sendText, sleep } from './transport';
import type { Caller, GraphResponse } from './types';

const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export interface GraphEndpointDeps {
  verifier: AccessTokenVerifier;
  dispatcher: GraphDispatcher;
  now: () => Date;
}

type Failure = { status: number; code: string; message: string; headers?: Record<string, string> };

function fail(
  res: ServerResponse,
  deps: GraphEndpointDeps,
  f: Failure,
  clientRequestId: string | undefined,
): void {
  const ids = newRequestIds(clientRequestId);
  sendJson(res, f.status, errorBody(f.code, f.message, ids, deps.now()), {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    ...f.headers,
  });
}

async function authenticate(
  deps: GraphEndpointDeps,
  authorization: string | undefined,
): Promise<Caller | Failure> {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
  try {
    return await deps.verifier.verifyForGraph(token);
  } catch (error) {
    if (!(error instanceof TokenRejected)) throw error;
    const challenge =
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
    return {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: error.message,
      headers: { 'WWW-Authenticate': challenge },
    };
  }
}

function parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Splits `/v1.0/users/a%40b.nl` into Graph's path, decoding each segment once. */
function graphPath(pathname: string): string {
  const rest = pathname.slice('/v1.0'.length).replace(/\/+$/, '');
  return (
    rest
      .split('/')
      .map((s) => decodeURIComponent(s))
      .join('/') || '/'
  );
}

function send(
  res: ServerResponse,
  response: GraphResponse,
  ids: { requestId: string; clientRequestId: string },
): void {
  const headers = {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    ...(response.headers ?? {}),
  };
  if (response.text !== undefined) return sendText(res, response.status, response.text, headers);
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  sendJson(res, response.status, response.body, { ...headers, 'Content-Type': GRAPH_JSON });
}

/** Transport for `/v1.0/*`: body limits, JSON parsing and authentication, then the dispatcher. */
export async function handleGraph(
  deps: GraphEndpointDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = headerRecord(req);
  const clientRequestId = headers['client-request-id'];
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return fail(
      res,
      deps,
      {
        status: 413,
        code: 'RequestEntityTooLarge',
        message: 'The request body exceeds the maximum size of 4 MB.',
      },
      clientRequestId,
    );
  }
  const caller = await authenticate(deps, headers.authorization);
  if ('code' in caller) return fail(res, deps, caller, clientRequestId);
  const body = parseJson(raw);
  if (!body.ok) {
    const message =
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
    return fail(res, deps, { status: 400, code: 'BadRequest', message }, clientRequestId);
  }
  const delays: number[] = [];
  const request = {
    method: req.method ?? 'GET',
    path: graphPath(url.pathname),
    query: url.searchParams,
    headers,
    body: body.value,
    caller,
  };
  const ids = newRequestIds(clientRequestId);
  const response = deps.dispatcher.dispatch(request, delays, ids);
  const delay = delays.reduce((a, b) => a + b, 0);
  if (delay > 0) await sleep(delay);
  send(res, response, ids);
}
