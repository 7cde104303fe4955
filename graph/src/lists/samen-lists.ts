import { feedLists } from './feed-lists';
import { listRegistry } from './list-schema';
import { noticeLists } from './notice-lists';
import { talentLists } from './talent-lists';

/**
 * Every list Samen provisions. A feature declares its lists in its own module and adds them here
 * (feed, challenges, ... as they arrive).
 */
export const samenLists = listRegistry(talentLists, noticeLists, feedLists);
