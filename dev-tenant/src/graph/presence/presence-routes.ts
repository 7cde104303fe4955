import { z } from 'zod';
import { simulatedPresence } from '../../seed';
import type { TenantContext } from '../../context';
import { badRequest, GraphError } from '../../http/graph-error';
import type { GraphRequest, GraphResponse, Permissions, Route } from '../../http/types';
import { parseBody } from '../../http/validate';
import type { Db } from '../../store/database';
import { requireUser } from '../users/user-access';
import { existingUserIds } from '../users/users-store';
import {
  aggregatePresence,
  EMPTY_RECORD,
  liveSessions,
  parseDurationMs,
  PREFERRED_COMBINATIONS,
  SESSION_COMBINATIONS,
  type PresenceRecord,
  type PresenceValue,
} from './presence-state';

const PRESENCE_READ: Permissions = {
  app: ['Presence.Read.All', 'Presence.ReadWrite.All'],
  delegated: ['Presence.Read.All', 'Presence.ReadWrite.All'],
  self: ['Presence.Read', 'Presence.ReadWrite'],
};
const PRESENCE_WRITE: Permissions = { app: ['Presence.ReadWrite.All'], delegated: ['Presence.ReadWrite'] };
export const MAX_PRESENCE_IDS = 650;

export function readPresenceRecord(db: Db, userId: string): PresenceRecord {
  const row = db.prepare('SELECT doc FROM presence WHERE user_id = ?').get(userId) as
    { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as PresenceRecord) : EMPTY_RECORD;
}

function readPresenceRecords(db: Db, userIds: string[]): Map<string, PresenceRecord> {
  const rows = db
    .prepare('SELECT user_id, doc FROM presence WHERE user_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(userIds)) as Array<{ user_id: string; doc: string }>;
  return new Map(rows.map((r) => [r.user_id, JSON.parse(r.doc) as PresenceRecord]));
}

export function writePresenceRecord(db: Db, userId: string, record: PresenceRecord): void {
  db.prepare('INSERT OR REPLACE INTO presence (user_id, doc) VALUES (?, ?)').run(
    userId,
    JSON.stringify(record),
  );
}

function currentPresence(record: PresenceRecord, userId: string, now: Date): PresenceValue {
  const sessions: PresenceValue[] = liveSessions(record, now);
  const simulated = record.workPattern
    ? simulatedPresence({ id: userId, workPattern: record.workPattern as never }, now)
    : null;
  if (simulated) sessions.push(simulated);
  return aggregatePresence(sessions, record.preferred, now);
}

function presenceBody(userId: string, record: PresenceRecord, now: Date) {
  return {
    id: userId,
    ...currentPresence(record, userId, now),
    statusMessage: null,
    outOfOfficeSettings: { message: null, isOutOfOffice: false },
    sequenceNumber: String(record.sequence),
  };
}

function getPresence(ctx: TenantContext, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const body = presenceBody(user.id, readPresenceRecord(ctx.db, user.id), ctx.now());
  return {
    status: 200,
    body: { '@odata.context': `${ctx.graphBaseUrl}/$metadata#users('${user.id}')/presence/$entity`, ...body },
  };
}

const idsSchema = z.strictObject({
  ids: z.array(z.guid()).min(1).max(MAX_PRESENCE_IDS, `at most ${MAX_PRESENCE_IDS} ids per request`),
});

/** One round trip for many people; unknown ids answer PresenceUnknown rather than failing the whole call. */
function presencesByUserId(ctx: TenantContext, req: GraphRequest): GraphResponse {
  const { ids } = parseBody(idsSchema, req.body);
  const now = ctx.now();
  const known = existingUserIds(ctx.db, ids);
  const records = readPresenceRecords(ctx.db, ids);
  const value = ids.map((id) =>
    known.has(id)
      ? presenceBody(id, records.get(id) ?? EMPTY_RECORD, now)
      : { id, availability: 'PresenceUnknown', activity: 'PresenceUnknown', statusMessage: null },
  );
  return {
    status: 200,
    body: { '@odata.context': `${ctx.graphBaseUrl}/$metadata#Collection(microsoft.graph.presence)`, value },
  };
}

function expiry(
  ctx: TenantContext,
  text: string | undefined,
  fallbackMs: number,
  range: [number, number],
): string {
  const ms = text === undefined ? fallbackMs : parseDurationMs(text);
  if (ms === undefined || ms < range[0] || ms > range[1]) {
    throw badRequest(`The expirationDuration '${text ?? ''}' is not a valid duration in the allowed range.`);
  }
  return new Date(ctx.now().getTime() + ms).toISOString();
}

function checkCombination(value: PresenceValue, allowed: ReadonlyArray<readonly [string, string]>): void {
  if (!allowed.some(([a, b]) => a === value.availability && b === value.activity)) {
    throw badRequest(
      `The combination of availability '${value.availability}' and activity '${value.activity}' is not supported.`,
    );
  }
}

const setPresenceSchema = z.strictObject({
  sessionId: z.guid(),
  availability: z.string(),
  activity: z.string(),
  expirationDuration: z.string().optional(),
});

function setPresence(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const input = parseBody(setPresenceSchema, req.body);
  checkCombination(input, SESSION_COMBINATIONS);
  const expiresAt = expiry(ctx, input.expirationDuration, 5 * 60_000, [5 * 60_000, 4 * 3_600_000]);
  updateRecord(ctx, user.id, (record) => ({
    ...record,
    sessions: [
      ...liveSessions(record, ctx.now()).filter((s) => s.sessionId !== input.sessionId),
      { ...input, expiresAt },
    ],
  }));
  return { status: 200 };
}

function clearPresence(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const { sessionId } = parseBody(z.strictObject({ sessionId: z.guid() }), req.body);
  // presence-clearpresence.md: clearing a session that does not exist answers 404 (the code is our choice).
  const current = readPresenceRecord(ctx.db, user.id);
  if (!liveSessions(current, ctx.now()).some((s) => s.sessionId === sessionId)) {
    throw new GraphError(
      404,
      'NotFound',
      `The presence session '${sessionId}' does not exist for this user.`,
    );
  }
  updateRecord(ctx, user.id, (record) => ({
    ...record,
    sessions: record.sessions.filter((s) => s.sessionId !== sessionId),
  }));
  return { status: 200 };
}

const preferredSchema = z.strictObject({
  availability: z.string(),
  activity: z.string(),
  expirationDuration: z.string().optional(),
});

function setPreferred(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  const input = parseBody(preferredSchema, req.body);
  checkCombination(input, PREFERRED_COMBINATIONS);
  // Without a duration the preference holds for a day; the docs give no upper bound, we take 28 days.
  const expiresAt = expiry(ctx, input.expirationDuration, 24 * 3_600_000, [5 * 60_000, 28 * 24 * 3_600_000]);
  const { availability, activity } = input;
  updateRecord(ctx, user.id, (record) => ({ ...record, preferred: { availability, activity, expiresAt } }));
  return { status: 200 };
}

function clearPreferred(ctx: TenantContext, id: string): GraphResponse {
  const user = requireUser(ctx, id);
  updateRecord(ctx, user.id, ({ preferred: _dropped, ...record }) => record);
  return { status: 200 };
}

function updateRecord(
  ctx: TenantContext,
  userId: string,
  change: (record: PresenceRecord) => PresenceRecord,
): void {
  ctx.db.transaction(() => {
    const next = change(readPresenceRecord(ctx.db, userId));
    writePresenceRecord(ctx.db, userId, { ...next, sequence: next.sequence + 1 });
  })();
}

/** getPresencesByUserId allows 1,500 calls per 30 s per app per tenant (graph-facts.md). */
function rateLimited(limit: number, handler: Route['handler']): Route['handler'] {
  const calls = new Map<string, number[]>();
  return (req, params) => {
    const now = Date.now();
    const recent = (calls.get(req.caller.appId) ?? []).filter((t) => now - t < 30_000);
    if (recent.length >= limit) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + 30_000 - now) / 1000));
      throw new GraphError(429, 'TooManyRequests', 'Too many requests.', {
        'Retry-After': String(retryAfter),
      });
    }
    recent.push(now);
    calls.set(req.caller.appId, recent);
    return handler(req, params);
  };
}

export function presenceRoutes(ctx: TenantContext, limits: { presenceCallsPer30s: number }): Route[] {
  const byIds = rateLimited(limits.presenceCallsPer30s, (req) => presencesByUserId(ctx, req));
  return [
    {
      method: 'GET',
      pattern: '/users/{id}/presence',
      permissions: PRESENCE_READ,
      handler: (_r, p) => getPresence(ctx, p.id!),
    },
    {
      method: 'GET',
      pattern: '/communications/presences/{id}',
      permissions: PRESENCE_READ,
      handler: (_r, p) => getPresence(ctx, p.id!),
    },
    {
      method: 'POST',
      pattern: '/communications/getPresencesByUserId',
      permissions: PRESENCE_READ,
      handler: byIds,
    },
    {
      method: 'POST',
      pattern: '/users/{id}/presence/setPresence',
      permissions: PRESENCE_WRITE,
      handler: (r, p) => setPresence(ctx, r, p.id!),
    },
    {
      method: 'POST',
      pattern: '/users/{id}/presence/clearPresence',
      permissions: PRESENCE_WRITE,
      handler: (r, p) => clearPresence(ctx, r, p.id!),
    },
    {
      method: 'POST',
      pattern: '/users/{id}/presence/setUserPreferredPresence',
      permissions: PRESENCE_WRITE,
      handler: (r, p) => setPreferred(ctx, r, p.id!),
    },
    {
      method: 'POST',
      pattern: '/users/{id}/presence/clearUserPreferredPresence',
      permissions: PRESENCE_WRITE,
      handler: (_r, p) => clearPreferred(ctx, p.id!),
    },
  ];
}
