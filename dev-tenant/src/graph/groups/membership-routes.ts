import { z } from 'zod';
import { parseTop } from '../../odata';
import type { TenantContext } from '../../context';
import { badRequest, directoryNotFound, unsupportedQuery } from '../../http/graph-error';
import type { GraphRequest, GraphResponse, Route } from '../../http/types';
import { parseBody } from '../../http/validate';
import {
  readDirectoryQuery,
  runDirectoryQuery,
  type DirectoryQuery,
  type DirectoryResource,
} from '../directory/directory-query';
import { DIRECTORY_PAGE, nextLink, pageSize, readSkipToken } from '../paging';
import { readSelect, requireUser } from '../users/user-access';
import { checkSelectable, projectUser, type UserDoc } from '../users/user-properties';
import { USERS } from '../users/users-query';
import { getUser } from '../users/users-store';
import {
  CHECK_MEMBER_GROUPS,
  GROUP_READ,
  isGuid,
  MEMBER_OF_READ,
  MEMBERS_WRITE,
  requireGroup,
} from './group-access';
import { checkGroupSelectable, GROUPS, projectGroup, type GroupDoc } from './group-properties';
import { addMember, groupsOf, memberGroupsAmong, membersOf, removeMember } from './groups-store';

/** checkMemberGroups takes at most 20 group ids per request (graph-facts.md, "Groups"). */
export const MAX_CHECK_GROUP_IDS = 20;

/**
 * $filter, $search and $orderby on a relationship (members, memberOf) are advanced queries: Graph wants
 * ConsistencyLevel: eventual and $count=true (graph-facts.md: memberOf with `$filter=id in (...)`).
 */
function readRelationshipQuery(req: GraphRequest, resource: DirectoryResource): DirectoryQuery {
  const query = readDirectoryQuery(req, resource);
  const refined = ['$filter', '$search', '$orderby'].some((option) => req.query.has(option));
  if (refined && !query.advanced) {
    throw unsupportedQuery(
      'Request with $filter, $search or $orderby on a relationship needs ConsistencyLevel: eventual and $count=true.',
    );
  }
  return query;
}

/** One page of a relationship: directory objects, each with its `@odata.type`. */
function relationshipPage<T extends Record<string, unknown>>(
  ctx: TenantContext,
  req: GraphRequest,
  query: DirectoryQuery,
  scope: { sql: string; params: unknown[] },
  select: string[] | undefined,
  shape: (row: T) => Record<string, unknown>,
): GraphResponse {
  const offset = readSkipToken(req);
  const limit = pageSize(req, DIRECTORY_PAGE, parseTop);
  const { page, total, more } = runDirectoryQuery<T>(ctx.db, query, offset, limit, scope);
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.graphBaseUrl}/$metadata#directoryObjects${select ? `(${select.join(',')})` : ''}`,
  };
  if (query.count && offset === 0) body['@odata.count'] = total;
  body.value = page.map(shape);
  if (more) body['@odata.nextLink'] = nextLink(ctx.graphBaseUrl, req, offset + limit);
  return { status: 200, body };
}

function listMembers(ctx: TenantContext, req: GraphRequest, groupId: string): GraphResponse {
  const group = requireGroup(ctx, groupId);
  const select = readSelect(req);
  if (select) checkSelectable(select, false);
  const query = readRelationshipQuery(req, USERS);
  return relationshipPage<UserDoc>(ctx, req, query, membersOf(group.id), select, (user) => ({
    '@odata.type': '#microsoft.graph.user',
    ...projectUser(user, select),
  }));
}

function listMemberOf(ctx: TenantContext, req: GraphRequest, userId: string): GraphResponse {
  const user = requireUser(ctx, userId);
  const select = readSelect(req);
  if (select) checkGroupSelectable(select);
  const query = readRelationshipQuery(req, GROUPS);
  return relationshipPage<GroupDoc>(ctx, req, query, groupsOf(user.id), select, (group) => ({
    '@odata.type': '#microsoft.graph.group',
    ...projectGroup(group, select),
  }));
}

const checkSchema = z.strictObject({ groupIds: z.array(z.string()) });

/** The ids asked about, lower-cased and once each; refused whole if one is no object id (graph-facts.md). */
function readGroupIds(req: GraphRequest): string[] {
  const { groupIds } = parseBody(checkSchema, req.body, 'Request_BadRequest');
  if (groupIds.length === 0)
    throw badRequest("The value of 'groupIds' cannot be empty.", 'Request_BadRequest');
  if (groupIds.length > MAX_CHECK_GROUP_IDS) {
    throw badRequest(
      `Too many group ids: at most ${MAX_CHECK_GROUP_IDS} can be checked in one request, got ${groupIds.length}.`,
      'Request_BadRequest',
    );
  }
  const invalid = groupIds.find((id) => !isGuid(id));
  if (invalid !== undefined) throw badRequest(`Invalid GUID: '${invalid}'.`, 'Request_BadRequest');
  return [...new Set(groupIds.map((id) => id.toLowerCase()))];
}

function checkMemberGroups(ctx: TenantContext, req: GraphRequest, userId: string): GraphResponse {
  const user = requireUser(ctx, userId);
  const asked = readGroupIds(req);
  const member = memberGroupsAmong(ctx.db, user.id, asked);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBaseUrl}/$metadata#Collection(Edm.String)`,
      value: asked.filter((id) => member.has(id)),
    },
  };
}

const refSchema = z.strictObject({ '@odata.id': z.string() });
const DIRECTORY_OBJECT_URL = /\/(?:directoryObjects|users)\/([^/?#]+)$/i;

/** The user an `@odata.id` reference names: `https://graph.microsoft.com/v1.0/directoryObjects/{id}`. */
function referencedUser(ctx: TenantContext, req: GraphRequest): UserDoc {
  const reference = parseBody(refSchema, req.body, 'Request_BadRequest')['@odata.id'];
  const id = DIRECTORY_OBJECT_URL.exec(reference)?.[1];
  if (id === undefined || !isGuid(id)) {
    throw badRequest(`Invalid URL format specified in @odata.id: '${reference}'.`, 'Request_BadRequest');
  }
  const user = getUser(ctx.db, id);
  if (!user) throw directoryNotFound(id);
  return user;
}

function addMemberRef(ctx: TenantContext, req: GraphRequest, groupId: string): GraphResponse {
  const group = requireGroup(ctx, groupId);
  const user = referencedUser(ctx, req);
  if (!addMember(ctx.db, group.id, user.id)) {
    throw badRequest(
      "One or more added object references already exist for the following modified properties: 'members'.",
      'Request_BadRequest',
    );
  }
  return { status: 204 };
}

function removeMemberRef(ctx: TenantContext, groupId: string, memberId: string): GraphResponse {
  const group = requireGroup(ctx, groupId);
  if (!removeMember(ctx.db, group.id, memberId.toLowerCase())) throw directoryNotFound(memberId);
  return { status: 204 };
}

export function membershipRoutes(ctx: TenantContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/groups/{id}/members',
      permissions: GROUP_READ,
      handler: (req, p) => listMembers(ctx, req, p.id!),
    },
    {
      method: 'POST',
      pattern: '/groups/{id}/members/$ref',
      permissions: MEMBERS_WRITE,
      handler: (req, p) => addMemberRef(ctx, req, p.id!),
    },
    {
      method: 'DELETE',
      pattern: '/groups/{id}/members/{memberId}/$ref',
      permissions: MEMBERS_WRITE,
      handler: (_req, p) => removeMemberRef(ctx, p.id!, p.memberId!),
    },
    {
      method: 'GET',
      pattern: '/users/{id}/memberOf',
      permissions: MEMBER_OF_READ,
      handler: (req, p) => listMemberOf(ctx, req, p.id!),
    },
    {
      method: 'POST',
      pattern: '/users/{id}/checkMemberGroups',
      permissions: CHECK_MEMBER_GROUPS,
      handler: (req, p) => checkMemberGroups(ctx, req, p.id!),
    },
  ];
}
