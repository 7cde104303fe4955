import { defineList } from './list-schema';

/**
 * One row per pending "tell me when they are available" notice (core/src/notices). Rows live from the click
 * to the delivery (or the end of the watch, at most 8 hours), then are deleted: the list holds what is
 * pending, so every poll reads it whole. The unique NoticeKey is "one notice per watcher and person"; claims
 * and deletes go with the row's ETag, so two service instances never both send one.
 */
export const presenceNoticesList = defineList({
  displayName: 'Samen Presence Notices',
  description: 'Teams bot: who asked to be told when a colleague is available. Written by the Samen service.',
  columns: [
    { name: 'NoticeKey', text: { maxLength: 255 }, required: true, indexed: true, enforceUniqueValues: true },
    // Indexed for "the notices of a watcher" (their limit, and "already watching").
    { name: 'WatcherId', text: { maxLength: 64 }, required: true, indexed: true },
    { name: 'PersonId', text: { maxLength: 64 }, required: true },
    // The person as the directory named them when asked: the message needs no directory lookup to be sent.
    { name: 'PersonName', text: { maxLength: 255 }, required: true },
    { name: 'PersonUpn', text: { maxLength: 255 }, required: true },
    { name: 'Topic', text: { maxLength: 255 }, required: true },
    { name: 'Locale', text: { maxLength: 16 }, required: true },
    // The channel's conversation reference as JSON (a Teams one is about 600 characters).
    { name: 'Conversation', text: { allowMultipleLines: true }, required: true },
    // Our own columns rather than the built-in Created, so times come from core's Clock port.
    { name: 'CreatedAt', dateTime: { format: 'dateTime' }, required: true },
    { name: 'ExpiresAt', dateTime: { format: 'dateTime' }, required: true },
    // Set while a service instance delivers the notice; another instance leaves it alone until ClaimedUntil.
    { name: 'ClaimedBy', text: { maxLength: 64 } },
    { name: 'ClaimedUntil', dateTime: { format: 'dateTime' } },
  ],
});

export const noticeLists = [presenceNoticesList] as const;

/** The value of NoticeKey: `watcher|person`, lower-cased (SharePoint compares unique values without case). */
export function noticeKey(watcherId: string, personId: string): string {
  if ([watcherId, personId].some((part) => part.length === 0 || part.includes('|')))
    throw new RangeError("Notice key parts must be non-empty and free of '|'.");
  return `${watcherId}|${personId}`.toLowerCase();
}
