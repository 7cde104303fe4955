// Ports of the notices use cases. The SharePoint list adapter is graph/src/notices; the proactive sender lives
// at the bot's edge (bot/src/teams), the only place that knows the channel.
import type { MalformedRecord } from '../talent/projection/ports';
import type { Notice, NoticeClaim, StoredNotice } from './notice';

export interface NoticeRows {
  readonly notices: readonly StoredNotice[];
  /** Rows that do not hold a notice (edited by hand, older versions): logged by item id, never guessed at. */
  readonly malformed: readonly MalformedRecord[];
}

/**
 * Port: pending notices, shared by every service instance. One per watcher and person (a unique key: a double
 * click never makes two); writes after creation are guarded by the notice's version (an ETag).
 */
export interface NoticeStore {
  /** 'duplicate' when the watcher already waits for this person. */
  create(notice: Notice): Promise<'created' | 'duplicate'>;
  /** The watcher's pending notices. */
  ofWatcher(watcherId: string): Promise<NoticeRows>;
  /** Every pending notice. */
  pending(): Promise<NoticeRows>;
  /**
   * Marks the notice as being delivered, if it is still the version read. The claimed notice (its new
   * version), or 'lost' when it changed or went meanwhile (another instance claimed or delivered it).
   */
  claim(notice: StoredNotice, claim: NoticeClaim): Promise<StoredNotice | 'lost'>;
  /** Deletes the notice if it is still this version; 'lost' when it changed or went meanwhile. */
  remove(notice: StoredNotice): Promise<'removed' | 'lost'>;
}

/** Why a notice is sent: the person became available, or the watch ended without that. */
export type NoticeKind = 'available' | 'expired';

/** Port: sends a notice to the conversation it was asked in (a proactive message). Rejects when it could not. */
export interface NoticeSender {
  send(notice: StoredNotice, kind: NoticeKind): Promise<void>;
}
