import { randomUUID } from 'node:crypto';
import { parseTop } from '../../odata';
import type { TenantContext } from '../../context';
import { isoSeconds } from '../../context';
import { badRequest, directoryNotFound, GraphError } from '../../http/graph-error';
import type { GraphRequest, GraphResponse, Permissions, Route } from '../../http/types';
import { parseBody } from '../../http/validate';
import { nextLink, pageSize, readSkipToken } from '../paging';
import { usersDeltaRoute } from './users-delta';
import { readSelect, requireUser, USER_READ } from './user-access';
import { readUserQuery, runUserQuery } from './users-query';
import { checkSelectable, PROFILE_PROPERTIES, projectUser, type UserDoc } from './user-properties';
import { createUserSchema, updateDirectorySchema, updateProfileSchema } from './user-schemas';
import { deleteUser, getUser, insertUser, replaceUser, setPassword } from './users-store';

const USER_WRITE: Permissions = {
  app: ['User.ReadWrite.All'],
  delegated: ['User.ReadWrite.All'],
  self: ['User.ReadWrite'],
};
const USER_ADMIN: Permissions = { app: ['User.ReadWrite.All'], delegated: ['User.ReadWrite.All'] };

function contextUrl(ctx: TenantContext, select: string[] | undefined, suffix = ''): string {
  return `${ctx.graphBaseUrl}/$metadata#users${select ? `(${select.join(',')})` : ''}${suffix}`;
}

function listUsers(ctx: TenantContext, req: GraphRequest): GraphResponse {
  const select = readSelect(req);
  if (select) checkSelectable(select, false);
  const query = readUserQuery(req);
  const offset = readSkipToken(req);
  const limit = pageSize(req, { default: 100, max: 999 }, parseTop);
  const { page, total, more } = runUserQuery(ctx.db, query, offset, limit);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, select) };
  if (query.count && offset === 0) body['@odata.count'] = total;
  body.value = page.map((u) => projectUser(u, select));
  if (more) body['@odata.nextLink'] = nextLink(ctx.graphBaseUrl, req, offset + limit);
  return { status: 200, body };
}

function countUsers(ctx: TenantContext, req: GraphRequest): GraphResponse {
  if ((req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
    throw new GraphError(
      400,
      'Request_BadRequest',
      '$count is not currently supported without the header ConsistencyLevel: eventual.',
    );
  }
  const query = readUserQuery(req);
  const { total } = runUserQuery(ctx.db, { ...query, count: true }, 0, 1);
  return { status: 200, text: String(total) };
}

function getOneUser(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const select = readSelect(req);
  if (select) checkSelectable(select, true);
  const user = requireUser(ctx, id);
  return {
    status: 200,
    body: { '@odata.context': contextUrl(ctx, select, '/$entity'), ...projectUser(user, select) },
  };
}

function createUser(ctx: TenantContext, req: GraphRequest): GraphResponse {
  const input = parseBody(createUserSchema, req.body, 'Request_BadRequest');
  const domain = input.userPrincipalName.split('@')[1]?.toLowerCase();
  if (domain !== ctx.domain) {
    throw badRequest(
      `The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization: ${ctx.domain}.`,
      'Request_BadRequest',
    );
  }
  if (getUser(ctx.db, input.userPrincipalName)) {
    throw badRequest(
      'Another object with the same value for property userPrincipalName already exists.',
      'Request_BadRequest',
    );
  }
  const { passwordProfile, ...properties } = input;
  const doc: UserDoc = {
    ...properties,
    id: randomUUID(),
    createdDateTime: isoSeconds(ctx.now()),
    userType: 'Member',
  } as UserDoc;
  ctx.db.transaction(() => insertUser(ctx.db, doc, passwordProfile.password))();
  return {
    status: 201,
    body: { '@odata.context': contextUrl(ctx, undefined, '/$entity'), ...projectUser(doc, undefined) },
  };
}

function updateUser(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const keys = Object.keys((req.body ?? {}) as object);
  const profileKeys = keys.filter((k) => PROFILE_PROPERTIES.has(k));
  if (profileKeys.length > 0) {
    if (profileKeys.length !== keys.length) {
      throw badRequest(
        'Profile properties (aboutMe, skills, interests, ...) cannot be updated in the same request as directory properties.',
        'Request_BadRequest',
      );
    }
    if (req.caller.kind !== 'user' || req.caller.userId !== user.id) {
      throw new GraphError(
        403,
        'Authorization_RequestDenied',
        'Profile properties can only be updated by the user themself with a delegated token.',
      );
    }
    replaceUser(ctx.db, { ...user, ...parseBody(updateProfileSchema, req.body, 'Request_BadRequest') });
    return { status: 204 };
  }
  const { passwordProfile, ...changes } = parseBody(updateDirectorySchema, req.body, 'Request_BadRequest');
  ctx.db.transaction(() => {
    replaceUser(ctx.db, { ...user, ...changes } as UserDoc);
    if (passwordProfile) setPassword(ctx.db, user.id, passwordProfile.password);
  })();
  return { status: 204 };
}

function removeUser(ctx: TenantContext, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  ctx.db.transaction(() => deleteUser(ctx.db, user.id))();
  return { status: 204 };
}

function manager(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const boss = typeof user.managerId === 'string' ? getUser(ctx.db, user.managerId) : undefined;
  if (!boss) throw directoryNotFound('manager');
  const select = readSelect(req);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBaseUrl}/$metadata#directoryObjects/$entity`,
      '@odata.type': '#microsoft.graph.user',
      ...projectUser(boss, select),
    },
  };
}

export function userRoutes(ctx: TenantContext): Route[] {
  return [
    usersDeltaRoute(ctx),
    {
      method: 'GET',
      pattern: '/users/$count',
      permissions: USER_READ,
      handler: (req) => countUsers(ctx, req),
    },
    { method: 'GET', pattern: '/users', permissions: USER_READ, handler: (req) => listUsers(ctx, req) },
    { method: 'POST', pattern: '/users', permissions: USER_ADMIN, handler: (req) => createUser(ctx, req) },
    {
      method: 'GET',
      pattern: '/users/{id}',
      permissions: USER_READ,
      handler: (req, p) => getOneUser(ctx, req, p.id!),
    },
    {
      method: 'PATCH',
      pattern: '/users/{id}',
      permissions: USER_WRITE,
      handler: (req, p) => updateUser(ctx, req, p.id!),
    },
    {
      method: 'DELETE',
      pattern: '/users/{id}',
      permissions: USER_ADMIN,
      handler: (_req, p) => removeUser(ctx, p.id!),
    },
    {
      method: 'GET',
      pattern: '/users/{id}/manager',
      permissions: USER_READ,
      handler: (req, p) => manager(ctx, req, p.id!),
    },
  ];
}
