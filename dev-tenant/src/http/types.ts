/** Who is calling, taken from a validated access token. */
export interface Caller {
  kind: 'app' | 'user';
  appId: string;
  appName: string;
  /** Set for delegated tokens: the signed-in user. */
  userId?: string;
  /** `roles` of an app-only token or `scp` of a delegated token. */
  permissions: string[];
}

/** A Graph request after transport concerns (TLS, body reading, auth) are done; $batch builds these too. */
export interface GraphRequest {
  method: string;
  /** Path below /v1.0, percent-decoded per segment, no trailing slash, e.g. `/users/abc/presence`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  caller: Caller;
  /** True when the request was made as `/me/...` and rewritten to the caller's `/users/{id}/...`. */
  viaMe?: boolean;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; omitted for 204. */
  body?: unknown;
  /** A text/plain body (e.g. /users/$count). */
  text?: string;
}

export type Params = Record<string, string>;
export type Handler = (req: GraphRequest, params: Params) => GraphResponse;

/**
 * One way to be allowed: a permission, or permissions that are needed together (Graph's tables say
 * "User.Read.All and GroupMember.Read.All" for checkMemberGroups: graph-facts.md, "Groups").
 */
export type Grant = string | readonly string[];

/**
 * Any-of permission sets. A route lists what an app-only token (`roles`) or a delegated token (`scp`) needs;
 * an absent list means that kind of token is not accepted at all.
 */
export interface Permissions {
  app?: readonly Grant[];
  delegated?: readonly Grant[];
  /** Delegated permissions that suffice when the request addressed the caller through `/me`. */
  self?: readonly Grant[];
}

export interface Route {
  method: string;
  pattern: string;
  permissions: Permissions;
  handler: Handler;
}
