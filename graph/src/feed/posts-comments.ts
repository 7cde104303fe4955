import type {
  Comment,
  CommentChanges,
  Comments,
  NewComment,
  NewPost,
  Post,
  PostChanges,
  Posts,
  Versioned,
  WriteOutcome,
} from '@samen/core';
import type { GraphClient } from '../graph-client';
import type { BatchOptions } from '../batch';
import { FeedCascade, type FeedLog } from './cascade';
import { feedListItems, type FeedListLocation } from './locations';
import {
  commentChangeFields,
  commentOf,
  newCommentFields,
  newPostFields,
  postChangeFields,
  postOf,
} from './post-rows';
import { VersionedStore } from './versioned-store';

export interface FeedStoreOptions extends FeedListLocation {
  /** Where cascades report what they could not remove (default: console.warn). */
  readonly log?: FeedLog;
  readonly batch?: BatchOptions;
}

const POST_FIELDS = [
  'Kind',
  'PostTitle',
  'BodyHtml',
  'AuthorId',
  'Topics',
  'Mentions',
  'Links',
  'EventId',
  'CreatedAt',
  'EditedAt',
  'HiddenBy',
  'HiddenReason',
  'HiddenAt',
];
const COMMENT_FIELDS = [
  'PostId',
  'ParentId',
  'AuthorId',
  'BodyHtml',
  'Mentions',
  'CreatedAt',
  'EditedAt',
  'HiddenBy',
  'HiddenReason',
  'HiddenAt',
];

function cascadeOf(client: GraphClient, options: FeedStoreOptions): FeedCascade {
  const lists = feedListItems(client, options);
  // The default for hosts that pass no log: never silent.
  const log = options.log ?? ((message: string) => console.warn(message));
  return new FeedCascade(client, lists, log, options.batch);
}

/**
 * Posts in `Samen Posts`; a post's id is its item id. Requests: create 1, get 1, update 1; remove 1 (the
 * DELETE with If-Match) and then the cascade (`FeedCascade`): 1 `$batch` of reads, 1 more per 10 comments,
 * 1 per 20 deletes — a post without comments, likes or reports costs 2.
 */
export class GraphPosts implements Posts {
  private readonly store: VersionedStore<Post>;
  private readonly cascade: FeedCascade;

  constructor(client: GraphClient, options: FeedStoreOptions) {
    this.store = new VersionedStore(feedListItems(client, options).posts, postOf, POST_FIELDS);
    this.cascade = cascadeOf(client, options);
  }

  create(post: NewPost): Promise<Post> {
    return this.store.create((key) => newPostFields(post, key));
  }

  get(id: string): Promise<Versioned<Post> | undefined> {
    return this.store.get(id);
  }

  update(id: string, changes: PostChanges, etag: string): Promise<WriteOutcome> {
    return this.store.update(id, postChangeFields(changes), etag);
  }

  async remove(id: string, etag: string): Promise<WriteOutcome> {
    const outcome = await this.store.remove(id, etag);
    if (outcome === 'written') await this.cascade.afterRemoving({ kind: 'post', id });
    return outcome;
  }
}

/** Comments in `Samen Comments`, like `GraphPosts`; remove takes the replies and the likes and reports along. */
export class GraphComments implements Comments {
  private readonly store: VersionedStore<Comment>;
  private readonly cascade: FeedCascade;

  constructor(client: GraphClient, options: FeedStoreOptions) {
    this.store = new VersionedStore(feedListItems(client, options).comments, commentOf, COMMENT_FIELDS);
    this.cascade = cascadeOf(client, options);
  }

  create(comment: NewComment): Promise<Comment> {
    return this.store.create((key) => newCommentFields(comment, key));
  }

  get(id: string): Promise<Versioned<Comment> | undefined> {
    return this.store.get(id);
  }

  update(id: string, changes: CommentChanges, etag: string): Promise<WriteOutcome> {
    return this.store.update(id, commentChangeFields(changes), etag);
  }

  async remove(id: string, etag: string): Promise<WriteOutcome> {
    const outcome = await this.store.remove(id, etag);
    if (outcome === 'written') await this.cascade.afterRemoving({ kind: 'comment', id });
    return outcome;
  }
}
