import type { Db } from '../../store/database';
import type { GroupDoc } from './group-properties';

export function getGroup(db: Db, id: string): GroupDoc | undefined {
  const row = db.prepare('SELECT doc FROM groups WHERE id = ? COLLATE NOCASE').get(id) as
    { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as GroupDoc) : undefined;
}

/** Inserts a group with its members; lookup_id keeps the order groups were made in, as users' does. */
export function insertGroup(db: Db, doc: GroupDoc, memberIds: readonly string[]): void {
  const next = db.prepare('SELECT COALESCE(MAX(lookup_id), 0) + 1 AS n FROM groups').get() as { n: number };
  db.prepare('INSERT INTO groups (id, lookup_id, doc) VALUES (?, ?, ?)').run(
    doc.id,
    next.n,
    JSON.stringify(doc),
  );
  const add = db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)');
  for (const userId of memberIds) add.run(doc.id, userId);
}

export function deleteAllGroups(db: Db): void {
  db.prepare('DELETE FROM group_members').run();
  db.prepare('DELETE FROM groups').run();
}

export function countGroups(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM groups').get() as { n: number }).n;
}

/** False when the user already was a member (the primary key refuses the second row). */
export function addMember(db: Db, groupId: string, userId: string): boolean {
  return (
    db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId)
      .changes === 1
  );
}

/** False when the user was not a member. */
export function removeMember(db: Db, groupId: string, userId: string): boolean {
  return (
    db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId)
      .changes === 1
  );
}

/** Of `groupIds` (lower-cased GUIDs), the groups `userId` is a member of. */
export function memberGroupsAmong(db: Db, userId: string, groupIds: readonly string[]): Set<string> {
  const rows = db
    .prepare(
      `SELECT group_id FROM group_members
       WHERE user_id = ? AND lower(group_id) IN (SELECT value FROM json_each(?))`,
    )
    .all(userId, JSON.stringify(groupIds)) as Array<{ group_id: string }>;
  return new Set(rows.map((r) => r.group_id));
}

/** Subqueries for the directory query layer: a group's member ids, a user's group ids. */
export const membersOf = (groupId: string) => ({
  sql: 'SELECT user_id FROM group_members WHERE group_id = ?',
  params: [groupId],
});
export const groupsOf = (userId: string) => ({
  sql: 'SELECT group_id FROM group_members WHERE user_id = ?',
  params: [userId],
});
