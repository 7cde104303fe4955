import type { TenantContext } from '../../context';
import { badRequest, directoryNotFound } from '../../http/graph-error';
import type { Grant, Permissions } from '../../http/types';
import type { GroupDoc } from './group-properties';
import { getGroup } from './groups-store';

// Permission tables of group-list.md, group-list-members.md, user-list-memberof.md,
// directoryobject-checkmembergroups.md and group-post-members.md; higher privileges count too.
const GROUP_READS = [
  'GroupMember.Read.All',
  'Group.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const GROUP_WRITES = ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'];

export const GROUP_READ: Permissions = { app: GROUP_READS, delegated: GROUP_READS };

/** A user's groups: the group permissions, or just User.Read for the signed-in user's own (`/me/memberOf`). */
export const MEMBER_OF_READ: Permissions = { app: GROUP_READS, delegated: GROUP_READS, self: ['User.Read'] };

export const MEMBERS_WRITE: Permissions = { app: GROUP_WRITES, delegated: GROUP_WRITES };

/** "User.Read.All and GroupMember.Read.All": one of the user permissions with one of the group permissions. */
function pairs(users: readonly string[]): Grant[] {
  const groups = GROUP_READS.filter((p) => p.startsWith('Group'));
  return [
    ...users.flatMap((user) => groups.map((group) => [user, group])),
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ];
}

/**
 * checkMemberGroups needs to read the user and the groups (graph-facts.md, "Groups"); for `/me` the newest
 * permission table lists User.Read alone as the least privilege.
 */
export const CHECK_MEMBER_GROUPS: Permissions = {
  app: pairs(['User.Read.All', 'User.ReadWrite.All']),
  delegated: pairs(['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All']),
  self: ['User.Read'],
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/** Groups are addressed by object id only (no UPN-like alternative key): anything else is a bad request. */
export function requireGroup(ctx: TenantContext, id: string): GroupDoc {
  if (!isGuid(id)) throw badRequest(`Invalid object identifier '${id}'.`, 'Request_BadRequest');
  const group = getGroup(ctx.db, id);
  if (!group) throw directoryNotFound(id);
  return group;
}
