import type { GraphClient } from '../graph-client';
import type { Presence, PresenceSource } from '@samen/core';
import { z } from 'zod';
import { parseGraph, retryAfterOf, statusOf } from './graph-errors';

/** getPresencesByUserId takes at most 650 ids per call (graph-facts.md). */
export const MAX_PRESENCE_IDS = 650;

/**
 * Graph could not tell presence right now: throttled (429; 1,500 calls per 30 s per app) or unavailable
 * (503/504), still so after the client's own retries. The service shows people without presence instead.
 */
export class PresenceUnavailable extends Error {
  readonly code = 'presenceUnavailable';
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(
      `Graph answered ${status} to getPresencesByUserId${retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`}.`,
    );
    this.name = 'PresenceUnavailable';
  }
}

export const isPresenceUnavailable = (error: unknown): error is PresenceUnavailable =>
  error instanceof PresenceUnavailable;

const UNAVAILABLE = new Set([429, 503, 504]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST = 'POST /communications/getPresencesByUserId';

const answerSchema = z.looseObject({
  value: z.array(z.looseObject({ id: z.string(), availability: z.string(), activity: z.string() })),
});

/** Presence for many people in one round trip (app-only: Presence.Read.All). */
export class GraphPresenceSource implements PresenceSource {
  constructor(private readonly client: GraphClient) {}

  /**
   * Exactly one request for up to 650 distinct ids, none for no ids. The map is keyed by the ids as given;
   * ids Graph does not answer for are missing from it.
   * @throws RangeError for more than 650 distinct ids or an id that is not a directory object id (a GUID)
   * @throws PresenceUnavailable when Graph throttles or is unavailable after the client's retries
   */
  async presenceOf(userIds: readonly string[]): Promise<Map<string, Presence>> {
    const byLowerCase = new Map(userIds.map((id) => [id.toLowerCase(), id]));
    if (byLowerCase.size > MAX_PRESENCE_IDS)
      throw new RangeError(
        `getPresencesByUserId takes at most ${MAX_PRESENCE_IDS} ids, got ${byLowerCase.size}.`,
      );
    const invalid = userIds.find((id) => !GUID.test(id));
    if (invalid !== undefined) throw new RangeError(`'${invalid}' is not a directory object id.`);
    if (byLowerCase.size === 0) return new Map();
    const answer = parseGraph(answerSchema, await this.request([...byLowerCase.values()]), REQUEST);
    const presence = new Map<string, Presence>();
    for (const { id, availability, activity } of answer.value) {
      const asked = byLowerCase.get(id.toLowerCase());
      if (asked !== undefined) presence.set(asked, { availability, activity });
    }
    return presence;
  }

  private async request(ids: string[]): Promise<unknown> {
    try {
      return await this.client.api('/communications/getPresencesByUserId').post({ ids });
    } catch (error) {
      const status = statusOf(error);
      if (status !== undefined && UNAVAILABLE.has(status))
        throw new PresenceUnavailable(status, retryAfterOf(error));
      throw error;
    }
  }
}
