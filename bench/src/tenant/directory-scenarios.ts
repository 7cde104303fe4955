import type { Operation } from '../measure';
import type { GraphHttp } from './graph-http';

export const USER_PAGE_SIZE = 100;
/** The most ids getPresencesByUserId takes in one call. */
export const PRESENCE_BATCH = 650;

interface UserPage {
  value: Array<{ id: string }>;
  '@odata.nextLink'?: string;
}

export interface Directory {
  /** The first page's path and then every nextLink the tenant handed out, in order. */
  pageLinks: string[];
  userIds: string[];
}

/**
 * Walks `/users` once by its nextLinks. The page scenario then requests these links in turn: every offset
 * gets its share, with skiptokens the tenant itself issued rather than ones forged from its format.
 */
export async function walkUsers(http: GraphHttp): Promise<Directory> {
  const directory: Directory = { pageLinks: [], userIds: [] };
  let link: string | undefined = `/users?$top=${USER_PAGE_SIZE}`;
  while (link) {
    directory.pageLinks.push(link);
    const page: UserPage = await http.json<UserPage>('GET', link);
    directory.userIds.push(...page.value.map((user) => user.id));
    link = page['@odata.nextLink'];
  }
  return directory;
}

export function userPage(http: GraphHttp, directory: Directory): Operation {
  return async (index) => {
    await http.send('GET', directory.pageLinks[index % directory.pageLinks.length] ?? '/users');
  };
}

/** 650 consecutive ids starting at a different place each call (wrapping), or everyone if fewer exist. */
export function presenceIds(userIds: readonly string[], index: number): string[] {
  const size = Math.min(PRESENCE_BATCH, userIds.length);
  const start = (index * PRESENCE_BATCH) % Math.max(1, userIds.length);
  return Array.from({ length: size }, (_, i) => userIds[(start + i) % userIds.length] ?? '');
}

export function presenceBatch(http: GraphHttp, directory: Directory): Operation {
  return async (index) => {
    await http.send('POST', '/communications/getPresencesByUserId', {
      ids: presenceIds(directory.userIds, index),
    });
  };
}
