import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AppRegistration } from '../auth/apps';
import { GRAPH_RESOURCE } from '../auth/apps';
import type { SigningKey } from '../auth/keys';
import { mintAccessToken } from '../auth/tokens';
import { faultConfigSchema, type Faults } from '../faults';
import { listScope } from '../graph/lists/items-store';
import { getUser, USERS_SCOPE } from '../graph/users/users-store';
import type { Db } from '../store/database';
import { pruneChanges } from '../store/delta';
import { readBody, sendJson } from './transport';

export interface AdminDeps {
  db: Db;
  faults: Faults;
  key: SigningKey;
  apps: AppRegistration[];
  tenantId: string;
  issuer: string;
  now: () => Date;
}

const mintSchema = z.strictObject({
  app: z.string(),
  user: z.string().optional(),
  audience: z.string().default(GRAPH_RESOURCE),
  lifetimeSeconds: z.number().int().min(-86_400).max(86_400).default(3599),
  /** The token's roles (app-only) or scp (delegated) instead of the app's: an app consented to fewer. */
  permissions: z.array(z.string().min(1)).max(50).optional(),
});

// Without a list id, the users delta tokens expire.
const expireSchema = z.strictObject({ listId: z.guid().optional() });

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = (await readBody(req, 256 * 1024)).toString('utf8');
  return raw ? (JSON.parse(raw) as unknown) : {};
}

/** Mints a token with chosen claims (e.g. already expired) so tests can probe token validation. */
async function mint(deps: AdminDeps, body: unknown) {
  const input = mintSchema.parse(body);
  const app = deps.apps.find((a) => a.name === input.app);
  if (!app) return { status: 404, body: { error: `No app named '${input.app}'.` } };
  const user = input.user ? getUser(deps.db, input.user) : undefined;
  if (input.user && !user) return { status: 404, body: { error: `No user '${input.user}'.` } };
  const token = await mintAccessToken(deps.key, {
    tenantId: deps.tenantId,
    issuer: deps.issuer,
    audience: input.audience,
    app: { clientId: app.clientId, name: app.name },
    user: user && { id: user.id, upn: user.userPrincipalName, displayName: user.displayName },
    roles: user ? undefined : (input.permissions ?? app.roles),
    scopes: user ? (input.permissions ?? app.delegatedScopes.filter((s) => !s.includes('/'))) : undefined,
    lifetimeSeconds: input.lifetimeSeconds,
    now: deps.now(),
  });
  return { status: 200, body: { access_token: token } };
}

type AdminAction = (
  deps: AdminDeps,
  body: unknown,
) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown };

const ACTIONS: Record<string, AdminAction> = {
  'GET /_dev/health': () => ({ status: 200, body: { status: 'ok' } }),
  'GET /_dev/faults': (deps) => ({ status: 200, body: deps.faults.describe() }),
  'PUT /_dev/faults': (deps, body) => {
    deps.faults.configure(faultConfigSchema.parse(body).rules);
    return { status: 200, body: deps.faults.describe() };
  },
  'DELETE /_dev/faults': (deps) => {
    deps.faults.configure([]);
    return { status: 200, body: deps.faults.describe() };
  },
  'POST /_dev/delta/expire': (deps, body) => {
    const { listId } = expireSchema.parse(body);
    pruneChanges(deps.db, listId ? listScope(listId) : USERS_SCOPE);
    return { status: 200, body: { expired: listId ?? 'users' } };
  },
  'POST /_dev/tokens': mint,
};

/**
 * Development controls, outside Graph's URL space and only on the loopback address the tenant listens on:
 * fault injection, expiring delta tokens, and minting test tokens. Documented in dev-tenant/README.md.
 */
export async function handleAdmin(
  deps: AdminDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const action = ACTIONS[`${req.method ?? 'GET'} ${url.pathname}`];
  if (!action) return false;
  try {
    const reply = await action(deps, await jsonBody(req));
    sendJson(res, reply.status, reply.body);
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? z.prettifyError(error)
        : error instanceof SyntaxError
          ? 'Malformed JSON.'
          : String(error);
    sendJson(res, 400, { error: message });
  }
  return true;
}
