// "Tell me when they are available": watching a colleague's presence on someone's behalf, bounded in time and
// number, and telling them once in the conversation they asked in.
export type { ConversationAddress, Notice, NoticeClaim, StoredNotice, WatchedPerson } from './notice';
export {
  CLAIM_LEASE_MS,
  GIVE_UP_AFTER_MS,
  MAX_ADDRESS_LENGTH,
  MAX_PENDING_PER_WATCHER,
  NOTICE_WATCH_MS,
} from './notice';
export type { NoticeErrorCode } from './errors';
export {
  AnonymousWatcherError,
  InvalidNoticeRequestError,
  isNoticeError,
  NoticeError,
  SelfNoticeError,
  TooManyNoticesError,
} from './errors';
export type { NoticeKind, NoticeRows, NoticeSender, NoticeStore } from './ports';
export type { NoticeOutcome, NoticeRequest, RequestNoticeDependencies } from './request-notice';
export { requestNotice } from './request-notice';
export type { PollDependencies, PollReport } from './poll-notices';
export { pollNotices } from './poll-notices';
