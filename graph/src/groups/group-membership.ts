import type { GroupMembership } from '@samen/core';
import { z } from 'zod';
import type { GraphClient } from '../graph-client';
import { GraphRequestFailed, parseGraph, retryAfterOf, statusOf } from '../talent/graph-errors';

/** checkMemberGroups takes at most 20 group ids per request (graph-facts.md, "Groups"). */
export const MAX_CHECK_GROUP_IDS = 20;

/**
 * Graph could not tell membership right now: throttled (429) or unavailable (503/504), still so after the
 * client's own retries. Callers deciding a permission (may this person moderate?) must refuse, not guess.
 */
export class GroupMembershipUnavailable extends Error {
  readonly code = 'groupMembershipUnavailable';
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(
      `Graph answered ${status} to checkMemberGroups${retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`}.`,
    );
    this.name = 'GroupMembershipUnavailable';
  }
}

export const isGroupMembershipUnavailable = (error: unknown): error is GroupMembershipUnavailable =>
  error instanceof GroupMembershipUnavailable;

const UNAVAILABLE = new Set([429, 503, 504]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST = 'POST /users/{id}/checkMemberGroups';

const answerSchema = z.looseObject({ value: z.array(z.string()) });

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function graphCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Group membership over Graph's checkMemberGroups (app-only: User.Read.All and GroupMember.Read.All). Transitive,
 * so nested security groups count; Microsoft 365 groups hold people directly.
 */
export class GraphGroupMembership implements GroupMembership {
  constructor(private readonly client: GraphClient) {}

  /**
   * One request for up to 20 distinct group ids (one per 20, in parallel, beyond that), none for no ids. An id
   * given twice in different case is asked once and answered under its first spelling.
   * @throws RangeError for a user or group id that is not a directory object id (a GUID), before sending
   * @throws GroupMembershipUnavailable when Graph throttles or is unavailable after the client's retries
   * @throws GraphRequestFailed when Graph refuses the request (400, 403: the app lacks a permission)
   */
  async memberOf(userId: string, groupIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (!GUID.test(userId)) throw new RangeError(`'${userId}' is not a directory object id.`);
    const invalid = groupIds.find((id) => !GUID.test(id));
    if (invalid !== undefined) throw new RangeError(`'${invalid}' is not a directory object id.`);
    const byLowerCase = new Map<string, string>();
    for (const id of groupIds) if (!byLowerCase.has(id.toLowerCase())) byLowerCase.set(id.toLowerCase(), id);
    if (byLowerCase.size === 0) return new Set();
    const answers = await Promise.all(
      chunks([...byLowerCase.values()], MAX_CHECK_GROUP_IDS).map((ids) => this.check(userId, ids)),
    );
    const members = new Set<string>();
    for (const id of answers.flat()) {
      const asked = byLowerCase.get(id.toLowerCase());
      if (asked !== undefined) members.add(asked);
    }
    return members;
  }

  /** The ids among `groupIds` Graph says the user is in; none for a user the directory does not know (404). */
  private async check(userId: string, groupIds: string[]): Promise<string[]> {
    try {
      const answer = await this.client.api(`/users/${userId}/checkMemberGroups`).post({ groupIds });
      return parseGraph(answerSchema, answer, REQUEST).value;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return [];
      if (status !== undefined && UNAVAILABLE.has(status))
        throw new GroupMembershipUnavailable(status, retryAfterOf(error));
      if (status !== undefined && status >= 400 && status < 500)
        throw new GraphRequestFailed(REQUEST, status, graphCodeOf(error));
      throw error;
    }
  }
}
