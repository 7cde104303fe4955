// The notice store contract against the in-memory fake that the use-case and bot tests use; the same suite runs
// against the SharePoint list on the dev tenant (graph/test/notices/notice-store.test.ts).
import { MemoryNoticeStore } from '../../../test-support/memory-notice-store';
import { noticeStoreContract } from '../../../test-support/notice-store-contract';

describe('MemoryNoticeStore', () => noticeStoreContract(() => new MemoryNoticeStore()));
