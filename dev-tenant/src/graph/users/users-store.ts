import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../store/database';
import { recordChange } from '../../store/database';
import type { UserDoc } from './user-properties';

export const USERS_SCOPE = 'users';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By object id (Graph reads GUIDs in any case; ids are stored lower-case) or by UPN. */
export function getUser(db: Db, idOrUpn: string): UserDoc | undefined {
  const id = GUID.test(idOrUpn) ? idOrUpn.toLowerCase() : idOrUpn;
  const row = db.prepare('SELECT doc FROM users WHERE id = ? OR upn = ?').get(id, idOrUpn) as
    { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as UserDoc) : undefined;
}

/** One query for many ids: the ids travel as a JSON array. */
export function getUsersByIds(db: Db, ids: string[]): Map<string, UserDoc> {
  const rows = db
    .prepare('SELECT id, doc FROM users WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Array<{ id: string; doc: string }>;
  return new Map(rows.map((r) => [r.id, JSON.parse(r.doc) as UserDoc]));
}

export function existingUserIds(db: Db, ids: string[]): Set<string> {
  const rows = db
    .prepare('SELECT id FROM users WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Array<{
    id: string;
  }>;
  return new Set(rows.map((r) => r.id));
}

export function userLookupId(db: Db, id: string): number | undefined {
  const row = db.prepare('SELECT lookup_id FROM users WHERE id = ?').get(id) as
    { lookup_id: number } | undefined;
  return row?.lookup_id;
}

/** Inserts a user; the UNIQUE constraint on upn is what refuses a second account with the same name. */
export function insertUser(db: Db, doc: UserDoc, password: string | undefined): void {
  const next = db.prepare('SELECT COALESCE(MAX(lookup_id), 9) + 1 AS n FROM users').get() as { n: number };
  db.prepare('INSERT INTO users (id, upn, lookup_id, doc) VALUES (?, ?, ?, ?)').run(
    doc.id,
    doc.userPrincipalName,
    next.n,
    JSON.stringify(doc),
  );
  if (password !== undefined) setPassword(db, doc.id, password);
  recordChange(db, USERS_SCOPE, doc.id, 'upsert');
}

export function replaceUser(db: Db, doc: UserDoc): void {
  db.prepare('UPDATE users SET upn = ?, doc = ? WHERE id = ?').run(
    doc.userPrincipalName,
    JSON.stringify(doc),
    doc.id,
  );
  recordChange(db, USERS_SCOPE, doc.id, 'upsert');
}

export function deleteUser(db: Db, id: string): void {
  db.prepare('DELETE FROM users WHERE id = ?').run(id);
  db.prepare('DELETE FROM credentials WHERE user_id = ?').run(id);
  db.prepare('DELETE FROM presence WHERE user_id = ?').run(id);
  // Entra removes a deleted user from every group they were in.
  db.prepare('DELETE FROM group_members WHERE user_id = ?').run(id);
  recordChange(db, USERS_SCOPE, id, 'delete');
}

export function setPassword(db: Db, userId: string, password: string): void {
  const salt = randomBytes(16).toString('hex');
  const hash = scryptSync(password, salt, 32).toString('hex');
  db.prepare('INSERT OR REPLACE INTO credentials (user_id, salt, hash) VALUES (?, ?, ?)').run(
    userId,
    salt,
    hash,
  );
}

/**
 * Seeded users have no row of their own and sign in with the tenant's shared dev password;
 * users created through POST /users sign in with the password they were given.
 */
export function checkPassword(db: Db, userId: string, password: string, devPassword: string): boolean {
  const row = db.prepare('SELECT salt, hash FROM credentials WHERE user_id = ?').get(userId) as
    { salt: string; hash: string } | undefined;
  if (!row) return password === devPassword;
  const actual = scryptSync(password, row.salt, 32);
  return timingSafeEqual(actual, Buffer.from(row.hash, 'hex'));
}
