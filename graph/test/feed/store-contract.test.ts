import { type FeedListSchemas } from '../../src';
import { describeFeedStoreContract, type FeedStoreSubject } from '../../../test-support/feed-store-contract';
import { tenant } from '../../../test-support/tenant';
import { feedStores, provisionedFeedLists } from './support';

// The Graph adapters over SharePoint lists on the dev tenant (HTTPS, the official Graph client), held to the
// contract core's fakes pass too.
const t = tenant();
let stores: FeedStoreSubject & { logged: string[] };
let lists: FeedListSchemas;

beforeAll(async () => {
  lists = await provisionedFeedLists(t);
  stores = feedStores(t, lists);
});

afterAll(() => {
  // Nothing in the contract leaves anything behind that a cascade could not remove.
  expect(stores.logged).toEqual([]);
});

describeFeedStoreContract('Graph adapters on the dev tenant', () => stores);
