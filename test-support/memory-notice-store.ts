// An in-memory NoticeStore that behaves like the SharePoint list (style.md 10): values go through JSON, a
// version changes with every write and guards claims and deletes, and (watcher, person) is a unique key
// compared without case. The notice store contract (notice-store-contract.ts) runs against it and the list.
import type {
  MalformedRecord,
  Notice,
  NoticeClaim,
  NoticeRows,
  NoticeStore,
  StoredNotice,
} from '@samen/core';

interface Row {
  readonly id: string;
  readonly key: string;
  version: number;
  json: string;
}

const keyOf = (watcherId: string, personId: string) => `${watcherId}|${personId}`.toLowerCase();

export class MemoryNoticeStore implements NoticeStore {
  private readonly rows = new Map<string, Row>();
  private nextId = 1;
  /** Rows that hold no notice, as someone editing the list by hand leaves them. */
  readonly malformed: MalformedRecord[] = [];
  /** Every call, by name, for tests that count what a round costs. */
  readonly calls: string[] = [];

  create(notice: Notice): Promise<'created' | 'duplicate'> {
    this.calls.push('create');
    const key = keyOf(notice.watcherId, notice.person.userId);
    if ([...this.rows.values()].some((r) => r.key === key)) return Promise.resolve('duplicate');
    const id = String(this.nextId++);
    this.rows.set(id, { id, key, version: 1, json: JSON.stringify(notice) });
    return Promise.resolve('created');
  }

  ofWatcher(watcherId: string): Promise<NoticeRows> {
    this.calls.push('ofWatcher');
    const notices = [...this.rows.values()]
      .map((row) => this.read(row))
      .filter((n) => n.watcherId.toLowerCase() === watcherId.toLowerCase());
    return Promise.resolve({ notices, malformed: [] });
  }

  pending(): Promise<NoticeRows> {
    this.calls.push('pending');
    return Promise.resolve({
      notices: [...this.rows.values()].map((row) => this.read(row)),
      malformed: [...this.malformed],
    });
  }

  claim(notice: StoredNotice, claim: NoticeClaim): Promise<StoredNotice | 'lost'> {
    this.calls.push('claim');
    const row = this.current(notice);
    if (!row) return Promise.resolve('lost');
    const stored = JSON.parse(row.json) as Record<string, unknown>;
    row.json = JSON.stringify({ ...stored, claim });
    row.version += 1;
    return Promise.resolve(this.read(row));
  }

  remove(notice: StoredNotice): Promise<'removed' | 'lost'> {
    this.calls.push('remove');
    if (!this.current(notice)) return Promise.resolve('lost');
    this.rows.delete(notice.id);
    return Promise.resolve('removed');
  }

  private current(notice: StoredNotice): Row | undefined {
    const row = this.rows.get(notice.id);
    return row && String(row.version) === notice.version ? row : undefined;
  }

  private read(row: Row): StoredNotice {
    const raw = JSON.parse(row.json) as Notice & { claim?: { by: string; until: string } };
    const { claim, ...notice } = raw;
    return {
      ...notice,
      createdAt: new Date(raw.createdAt),
      expiresAt: new Date(raw.expiresAt),
      ...(claim ? { claim: { by: claim.by, until: new Date(claim.until) } } : {}),
      id: row.id,
      version: String(row.version),
    };
  }
}
