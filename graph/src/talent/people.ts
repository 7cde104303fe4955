import type { GraphClient } from '../graph-client';
import type { People } from '@samen/core';
import { z } from 'zod';
import { parseGraph, statusOf } from './graph-errors';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const userSchema = z.looseObject({ id: z.string(), accountEnabled: z.boolean().nullable().optional() });

/** The directory, asked directly: one request per question (the service may answer from its index instead). */
export class GraphPeople implements People {
  constructor(private readonly client: GraphClient) {}

  /** True for an enabled user with this object id. Graph also finds users by UPN; this port takes ids only. */
  async exists(userId: string): Promise<boolean> {
    if (!GUID.test(userId)) return false;
    try {
      const user = await this.client.api(`/users/${userId}`).select(['id', 'accountEnabled']).get();
      return parseGraph(userSchema, user, 'GET /users/{id}').accountEnabled !== false;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }
}
