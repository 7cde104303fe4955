import type { NoticeKind, NoticeSender, Presence, PresenceSource, StoredNotice } from '../../src';

/** Presence as getPresencesByUserId answers it, changeable between rounds; every call recorded. */
export class ChangingPresence implements PresenceSource {
  readonly calls: string[][] = [];
  failWith?: Error;
  private readonly availability = new Map<string, string>();

  set(userId: string, availability: string): this {
    this.availability.set(userId, availability);
    return this;
  }

  async presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>> {
    if (userIds.length === 0 || userIds.length > 650)
      throw new Error(`Graph rejects a batch of ${userIds.length} ids`);
    this.calls.push([...userIds]);
    if (this.failWith) throw this.failWith;
    const answer = new Map<string, Presence>();
    for (const id of userIds) {
      const availability = this.availability.get(id);
      if (availability !== undefined) answer.set(id, { availability, activity: availability });
    }
    return answer;
  }
}

/** Records what would have been sent; fails while `failing` holds the person's id. */
export class RecordingSender implements NoticeSender {
  readonly sent: Array<{ kind: NoticeKind; notice: StoredNotice }> = [];
  readonly failing = new Set<string>();

  async send(notice: StoredNotice, kind: NoticeKind): Promise<void> {
    if (this.failing.has(notice.person.userId)) throw new Error('the connector answered 502');
    this.sent.push({ kind, notice });
  }
}
