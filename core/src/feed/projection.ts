import type { MalformedRecord, ProjectionLog } from '../talent/projection/ports';
import type { Comment, Follow, Like, Post } from './model';
import type { FeedReadModel } from './read-model/feed-read-model';

/**
 * One round of the feed's lists (item delta): apply `removed`, then `upserted`/`added`. An edited like or
 * follow shows as its old version removed and the new one added. Deletions of posts and comments name ids only.
 * `malformed`: rows that do not hold what their list's schema says (edited in SharePoint's own UI), reported by
 * list and item id and left out, never dropped silently.
 */
export interface FeedChanges {
  readonly posts: { readonly upserted: readonly Post[]; readonly removed: readonly string[] };
  readonly comments: { readonly upserted: readonly Comment[]; readonly removed: readonly string[] };
  readonly likes: { readonly added: readonly Like[]; readonly removed: readonly Like[] };
  readonly follows: { readonly added: readonly Follow[]; readonly removed: readonly Follow[] };
  readonly malformed: readonly MalformedRecord[];
}

/** Port: the feed's lists as rounds of changes; the first round delivers everything. Rounds never overlap. */
export interface FeedSource {
  changes(): Promise<FeedChanges>;
}

/**
 * Keeps a `FeedReadModel` fresh: the first round fills it, later rounds bring what other service instances and
 * SharePoint's own UI wrote. This service's own writes are applied at once by the API (the model's writes are
 * idempotent), so a round that delivers them again changes nothing.
 */
export class FeedProjection {
  private running?: Promise<FeedChanges>;

  constructor(
    private readonly deps: {
      readonly source: FeedSource;
      readonly model: FeedReadModel;
      readonly log: ProjectionLog;
    },
  ) {}

  /** One round; a caller arriving while one runs shares it. */
  round(): Promise<FeedChanges> {
    this.running ??= this.apply().finally(() => (this.running = undefined));
    return this.running;
  }

  private async apply(): Promise<FeedChanges> {
    const changes = await this.deps.source.changes();
    const { model } = this.deps;
    for (const id of changes.posts.removed) model.removePost(id);
    for (const id of changes.comments.removed) model.removeComment(id);
    for (const like of changes.likes.removed) model.removeLike(like.target, like.userId);
    for (const follow of changes.follows.removed) model.removeFollow(follow);
    for (const post of changes.posts.upserted) model.putPost(post);
    for (const comment of changes.comments.upserted) model.putComment(comment);
    for (const like of changes.likes.added) model.addLike(like);
    for (const follow of changes.follows.added) model.addFollow(follow);
    for (const row of changes.malformed)
      this.deps.log(`feed: ${row.list} item ${row.itemId} left out: ${row.issues.join('; ')}`);
    return changes;
  }
}
