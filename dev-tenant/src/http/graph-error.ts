import { randomUUID } from 'node:crypto';

/**
 * An error answered with Microsoft Graph's error body:
 * {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}} (graph-facts.md).
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

export function newRequestIds(clientRequestId: string | undefined): RequestIds {
  const requestId = randomUUID();
  return { requestId, clientRequestId: clientRequestId ?? requestId };
}

export function errorBody(code: string, message: string, ids: RequestIds, now: Date) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

// The common shapes, named once so every route answers them alike.
export const badRequest = (message: string, code = 'invalidRequest') => new GraphError(400, code, message);
export const notFound = (message: string, code = 'itemNotFound') => new GraphError(404, code, message);
export const directoryNotFound = (id: string) =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
export const unsupportedQuery = (message: string) => new GraphError(400, 'Request_UnsupportedQuery', message);
export const accessDenied = (message = 'Either scp or roles claim need to be present in the token.') =>
  new GraphError(403, 'Authorization_RequestDenied', message);
