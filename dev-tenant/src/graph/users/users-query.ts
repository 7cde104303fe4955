import type { GraphRequest } from '../../http/types';
import type { Db } from '../../store/database';
import {
  readDirectoryQuery,
  runDirectoryQuery,
  type DirectoryPage,
  type DirectoryQuery,
  type DirectoryResource,
} from '../directory/directory-query';
import { FILTERABLE_TYPES, type UserDoc } from './user-properties';

/** Users for the directory query layer: profile properties are deliberately not filterable. */
export const USERS: DirectoryResource = {
  name: 'User',
  table: 'users',
  filterable: FILTERABLE_TYPES,
  simpleOrderBy: ['displayName', 'userPrincipalName'],
};

export type UserQuery = DirectoryQuery;
export type UserPage = DirectoryPage<UserDoc>;

/** Reads $filter, $search, $orderby and $count, applying Graph's ConsistencyLevel rules (graph-facts.md). */
export function readUserQuery(req: GraphRequest): UserQuery {
  return readDirectoryQuery(req, USERS);
}

export function runUserQuery(
  db: Db,
  query: UserQuery,
  offset: number,
  limit: number,
  scope?: { sql: string; params: unknown[] },
): UserPage {
  return runDirectoryQuery<UserDoc>(db, query, offset, limit, scope);
}
