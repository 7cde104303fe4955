import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

// One schema, created idempotently. Documents are JSON so that Graph shapes round-trip unchanged;
// columns exist only where SQLite must enforce something (keys, uniqueness, ordering of changes).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  lookup_id INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS users_display_name ON users (json_extract(doc, '$.displayName') COLLATE NOCASE, id);
CREATE TABLE IF NOT EXISTS groups (
  id TEXT PRIMARY KEY,
  lookup_id INTEGER NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS group_members (
  group_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX IF NOT EXISTS group_members_user ON group_members (user_id, group_id);
CREATE TABLE IF NOT EXISTS credentials (user_id TEXT PRIMARY KEY, salt TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS presence (user_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, hostname TEXT NOT NULL, path TEXT NOT NULL COLLATE NOCASE, doc TEXT NOT NULL,
  UNIQUE (hostname, path));
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  display_name TEXT NOT NULL COLLATE NOCASE,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  doc TEXT NOT NULL,
  UNIQUE (site_id, display_name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE TABLE IF NOT EXISTS unique_values (
  list_id TEXT NOT NULL,
  column_name TEXT NOT NULL,
  value TEXT NOT NULL COLLATE NOCASE,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, column_name, value)
);
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  scope TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_scope ON changes (scope, seq);
`;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers proceed while a write is committing; busy_timeout covers a second process (seed CLI).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  cacheStatements(db);
  // Lets SQLite's planner know the real shape of the data (it picks the column indexes for list filters).
  db.pragma('optimize=0x10002');
  return db;
}

const STATEMENT_CACHE_LIMIT = 1000;

/**
 * better-sqlite3 compiles SQL on every prepare(); handlers prepare per request, and compiling was about a tenth
 * of the tenant's CPU time (bench). Statements are reusable, so prepare() hands out one per SQL text. The cache
 * is bounded because $filter and $orderby make SQL texts from request input.
 */
function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  };
  Object.assign(db, { prepare: cached });
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Appends to the change log that delta queries read; scope is 'users' or 'list:<id>'. */
export function recordChange(db: Db, scope: string, entityId: string, kind: 'upsert' | 'delete'): void {
  db.prepare('INSERT INTO changes (scope, entity_id, kind) VALUES (?, ?, ?)').run(scope, entityId, kind);
}

export function latestChangeSeq(db: Db): number {
  const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}
