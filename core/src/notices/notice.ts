// "Tell me when they are available": a notice one person (the watcher) asked for about another (the person),
// delivered once, in the conversation where it was asked, when the person becomes available, or when the watch
// ends without that.
import type { Locale } from '../contract/locale';

/**
 * Where to send the notice: the channel's reference to the conversation (for Teams, botbuilder's
 * ConversationReference). Opaque to core: it is stored as JSON and read back by the edge that made it, which
 * validates it before use. Only its size is core's business (`MAX_ADDRESS_LENGTH`).
 */
export type ConversationAddress = Readonly<Record<string, unknown>>;

/** The person being watched, as the directory named them when the notice was asked for. */
export interface WatchedPerson {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

export interface Notice {
  /** Directory object id of who asked (the actor), never taken from card data. */
  readonly watcherId: string;
  readonly person: WatchedPerson;
  /** What the watcher searched for, so the notice can say why they wanted this person. */
  readonly topic: string;
  readonly conversation: ConversationAddress;
  readonly locale: Locale;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Who is delivering a notice, and until when others leave it alone (a service instance that died lets go). */
export interface NoticeClaim {
  readonly by: string;
  readonly until: Date;
}

/** A notice as stored: its id and version (the store's ETag), and a claim when an instance is delivering it. */
export interface StoredNotice extends Notice {
  readonly id: string;
  readonly version: string;
  readonly claim?: NoticeClaim;
}

/** How long a watch lasts at most: the bound, a working day. */
export const NOTICE_WATCH_MS = 8 * 60 * 60 * 1000;

/**
 * Pending notices per watcher. Ten is two results cards' worth of people (five each): enough to wait for
 * everyone a real question turned up, while one person cannot make the service watch half the company (every
 * watched person is a place in the poll's presence request).
 */
export const MAX_PENDING_PER_WATCHER = 10;

/** The longest conversation address kept: a Teams reference is about 600 characters; the list column takes more. */
export const MAX_ADDRESS_LENGTH = 4000;

/** A claim outlives a crashed instance by this much: then another instance delivers the notice. */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;

/**
 * After the watch ended, how long the "did not become available" message is retried before the notice is
 * dropped (logged): a conversation the bot was removed from refuses every message, and the list must not fill.
 */
export const GIVE_UP_AFTER_MS = 60 * 60 * 1000;
