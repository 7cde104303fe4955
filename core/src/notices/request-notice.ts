import type { Actor } from '../actor';
import type { Clock } from '../clock';
import type { Locale } from '../contract/locale';
import { isAvailableNow } from '../contract/presence';
import type { Presence, PresenceSource } from '../talent/ports';
import { MAX_QUERY_LENGTH } from '../talent/find-experts';
import {
  AnonymousWatcherError,
  InvalidNoticeRequestError,
  SelfNoticeError,
  TooManyNoticesError,
} from './errors';
import {
  MAX_ADDRESS_LENGTH,
  MAX_PENDING_PER_WATCHER,
  NOTICE_WATCH_MS,
  type ConversationAddress,
  type Notice,
  type WatchedPerson,
} from './notice';
import type { NoticeStore } from './ports';

export interface RequestNoticeDependencies {
  readonly store: NoticeStore;
  readonly presence: PresenceSource;
  readonly clock: Clock;
}

export interface NoticeRequest {
  /** Who to watch, as the directory knows them (looked up by the caller, never taken from card data). */
  readonly person: WatchedPerson;
  readonly topic: string;
  readonly conversation: ConversationAddress;
  readonly locale: Locale;
}

export type NoticeOutcome =
  /** Watching from now until `expiresAt`. */
  | { readonly kind: 'watching'; readonly expiresAt: Date }
  /** The watcher already waits for this person (a second click, or another card). */
  | { readonly kind: 'alreadyWatching'; readonly expiresAt: Date }
  /** Nothing to wait for: the person is available now. */
  | { readonly kind: 'availableNow'; readonly presence: Presence };

/**
 * Asks to be told when a person becomes available. Costs one presence request, then (unless the person is
 * available) one read of the watcher's notices and one create.
 * @throws AnonymousWatcherError, SelfNoticeError, TooManyNoticesError, InvalidNoticeRequestError
 */
export async function requestNotice(
  { store, presence, clock }: RequestNoticeDependencies,
  actor: Actor,
  request: NoticeRequest,
): Promise<NoticeOutcome> {
  validate(actor, request);
  const current = await presenceOfOne(presence, request.person.userId);
  if (current && isAvailableNow(current.availability)) return { kind: 'availableNow', presence: current };
  const { notices } = await store.ofWatcher(actor.userId);
  const existing = notices.find((n) => n.person.userId === request.person.userId);
  if (existing) return { kind: 'alreadyWatching', expiresAt: existing.expiresAt };
  // Read, then create: two requests at the same moment may end one over the limit. The limit keeps the poll
  // small, not exact; the unique key is what must hold exactly, and SharePoint holds it.
  if (notices.length >= MAX_PENDING_PER_WATCHER) throw new TooManyNoticesError(MAX_PENDING_PER_WATCHER);
  const notice = noticeOf(actor, request, clock.now());
  if ((await store.create(notice)) === 'created') return { kind: 'watching', expiresAt: notice.expiresAt };
  const raced = (await store.ofWatcher(actor.userId)).notices.find(
    (n) => n.person.userId === request.person.userId,
  );
  return { kind: 'alreadyWatching', expiresAt: raced?.expiresAt ?? notice.expiresAt };
}

function validate(actor: Actor, request: NoticeRequest): void {
  if (actor.userId === '') throw new AnonymousWatcherError();
  if (actor.userId.toLowerCase() === request.person.userId.toLowerCase()) throw new SelfNoticeError();
  if (request.topic.length > MAX_QUERY_LENGTH)
    throw new InvalidNoticeRequestError(`the topic is longer than ${MAX_QUERY_LENGTH} characters`);
  if (JSON.stringify(request.conversation).length > MAX_ADDRESS_LENGTH)
    throw new InvalidNoticeRequestError(`the conversation address is longer than ${MAX_ADDRESS_LENGTH}`);
}

async function presenceOfOne(presence: PresenceSource, userId: string): Promise<Presence | undefined> {
  return (await presence.presenceOf([userId])).get(userId);
}

function noticeOf(actor: Actor, request: NoticeRequest, now: Date): Notice {
  return {
    watcherId: actor.userId,
    person: request.person,
    topic: request.topic,
    conversation: request.conversation,
    locale: request.locale,
    createdAt: now,
    expiresAt: new Date(now.getTime() + NOTICE_WATCH_MS),
  };
}
