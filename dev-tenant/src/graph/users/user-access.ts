import { parseSelect } from '../../odata';
import type { TenantContext } from '../../context';
import { directoryNotFound } from '../../http/graph-error';
import type { GraphRequest, Permissions } from '../../http/types';
import type { UserDoc } from './user-properties';
import { getUser } from './users-store';

export const USER_READ: Permissions = {
  app: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All'],
  self: ['User.Read', 'User.ReadWrite'],
};

export function readSelect(req: GraphRequest): string[] | undefined {
  const text = req.query.get('$select');
  return text ? parseSelect(text) : undefined;
}

export function requireUser(ctx: TenantContext, idOrUpn: string): UserDoc {
  const user = getUser(ctx.db, idOrUpn);
  if (!user) throw directoryNotFound(idOrUpn);
  return user;
}
