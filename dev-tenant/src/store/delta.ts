import { GraphError } from '../http/graph-error';
import type { Db } from './database';
import { getMeta, latestChangeSeq, setMeta } from './database';

/**
 * Delta tokens and skip tokens are opaque to callers; inside they name the change-log position they stand for.
 * A delta page walks the entities changed in (from, to]; from = 0 means "everything that exists now".
 */
export interface DeltaCursor {
  from: number;
  to: number;
  offset: number;
}

export function encodeToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode<T>(token: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through: a token we did not make
  }
  throw new GraphError(400, 'invalidRequest', `The token '${token}' is malformed.`);
}

const isCursor = (v: unknown): v is DeltaCursor =>
  typeof v === 'object' &&
  v !== null &&
  ['from', 'to', 'offset'].every((k) => Number.isInteger((v as Record<string, unknown>)[k]));
const isDeltaToken = (v: unknown): v is { seq: number } =>
  typeof v === 'object' && v !== null && Number.isInteger((v as Record<string, unknown>).seq);

export const decodeCursor = (token: string) => decode(token, isCursor);

/** Turns a delta token into a cursor, answering 410 when the log it points into was pruned (graph-facts.md). */
export function cursorFromDeltaToken(db: Db, scope: string, token: string): DeltaCursor {
  const { seq } = decode(token, isDeltaToken);
  const prunedBelow = Number(getMeta(db, `changesPrunedBelow:${scope}`) ?? '0');
  if (seq < prunedBelow || seq > latestChangeSeq(db)) {
    throw new GraphError(
      410,
      'resyncChangesApplyDifferences',
      'The delta token has expired. Replace any local items with the server version and start a new delta query.',
    );
  }
  return { from: seq, to: latestChangeSeq(db), offset: 0 };
}

export function freshCursor(db: Db): DeltaCursor {
  return { from: 0, to: latestChangeSeq(db), offset: 0 };
}

/** Entities changed in (from, to] with their last kind of change, oldest change first. */
export function changedSince(db: Db, scope: string, cursor: DeltaCursor, limit: number) {
  return db
    .prepare(
      `SELECT entity_id AS id, kind FROM changes c
       WHERE scope = ? AND seq > ? AND seq <= ?
         AND seq = (SELECT MAX(seq) FROM changes WHERE scope = c.scope AND entity_id = c.entity_id AND seq <= ?)
       ORDER BY seq LIMIT ? OFFSET ?`,
    )
    .all(scope, cursor.from, cursor.to, cursor.to, limit, cursor.offset) as Array<{
    id: string;
    kind: 'upsert' | 'delete';
  }>;
}

/** Drops a scope's change log so its earlier delta tokens expire; `/_dev/delta/expire` uses it for resync tests. */
export function pruneChanges(db: Db, scope: string): void {
  const seq = latestChangeSeq(db);
  db.prepare('DELETE FROM changes WHERE scope = ? AND seq <= ?').run(scope, seq);
  // A token at `seq` has seen everything; any older one needs changes that are now gone.
  setMeta(db, `changesPrunedBelow:${scope}`, String(seq));
}
