import type { GraphClient } from '../graph-client';
import {
  commentsList,
  followsList,
  likesList,
  moderationLogList,
  postsList,
  reportsList,
} from '../lists/feed-lists';
import type { ListSchema } from '../lists/list-schema';
import { FeedItems } from './feed-items';

export interface FeedListSchemas {
  readonly posts: ListSchema;
  readonly comments: ListSchema;
  readonly likes: ListSchema;
  readonly follows: ListSchema;
  readonly reports: ListSchema;
  readonly moderation: ListSchema;
}

/** The hub site, and the feed's lists when they are not the declared ones (tests use uniquely named copies). */
export interface FeedListLocation {
  readonly siteId: string;
  readonly lists?: Partial<FeedListSchemas>;
}

const DECLARED: FeedListSchemas = {
  posts: postsList,
  comments: commentsList,
  likes: likesList,
  follows: followsList,
  reports: reportsList,
  moderation: moderationLogList,
};

export function feedListItems(
  client: GraphClient,
  location: FeedListLocation,
): { readonly [K in keyof FeedListSchemas]: FeedItems } {
  const lists = { ...DECLARED, ...location.lists };
  const items = (list: ListSchema) => new FeedItems(client, location.siteId, list);
  return {
    posts: items(lists.posts),
    comments: items(lists.comments),
    likes: items(lists.likes),
    follows: items(lists.follows),
    reports: items(lists.reports),
    moderation: items(lists.moderation),
  };
}
