import {
  FeedProjection,
  FeedReadModel,
  type Clock,
  type Comment,
  type CommentDeps,
  type Comments,
  type DirectoryPerson,
  type DocumentLinks,
  type FeedNotifications,
  type FeedPeople,
  type FeedSource,
  type Follows,
  type HtmlSanitiser,
  type LikeDeps,
  type Likes,
  type ModerationDeps,
  type ModerationLog,
  type Moderators,
  type Post,
  type PostDeps,
  type Posts,
  type PresenceSource,
  type ReportDeps,
  type Reports,
  type FollowDeps,
} from '@samen/core';
import { ModeratorCache } from './moderator-cache';

export interface FeedStores {
  readonly posts: Posts;
  readonly comments: Comments;
  readonly likes: Likes;
  readonly follows: Follows;
  readonly reports: Reports;
  readonly log: ModerationLog;
  /** The lists' item delta, as rounds of changes. */
  readonly source: FeedSource;
}

export interface FeedRuntimeDeps {
  readonly stores: FeedStores;
  /** Members of the configured moderators group, asked of Graph. */
  readonly moderators: Moderators;
  /** The directory as the Talentfinder's projection holds it: names, departments, who exists. */
  readonly directory: () => ReadonlyMap<string, DirectoryPerson>;
  readonly presence: PresenceSource;
  readonly sanitiser: HtmlSanitiser;
  /** Links to the tenant's documents, made into cards ("refer, don't attach"). */
  readonly documents: DocumentLinks;
  readonly notifications: FeedNotifications;
  readonly clock: Clock;
  readonly log: (message: string, error?: unknown) => void;
}

/**
 * What the feed's HTTP API needs: the read model every page is answered from, the projection that keeps it
 * fresh, and the ports of the use cases. The API applies its own writes to the model at once, so the writer
 * sees them on the next page; the next round confirms them (applying is idempotent).
 */
export class FeedRuntime {
  readonly model: FeedReadModel;
  readonly projection: FeedProjection;
  readonly moderators: ModeratorCache;

  constructor(private readonly deps: FeedRuntimeDeps) {
    const departmentOf = (userId: string) => deps.directory().get(userId)?.department ?? undefined;
    this.model = new FeedReadModel({ clock: deps.clock, departmentOf });
    this.projection = new FeedProjection({ source: deps.stores.source, model: this.model, log: deps.log });
    this.moderators = new ModeratorCache(deps.moderators, deps.clock);
  }

  get presence(): PresenceSource {
    return this.deps.presence;
  }

  directoryPeople(): Iterable<DirectoryPerson> {
    return this.deps.directory().values();
  }

  person(userId: string): DirectoryPerson | undefined {
    return this.deps.directory().get(userId);
  }

  /** Use-case ports: every write goes to the lists; moderation asks the group afresh. */
  get useCases(): PostDeps & CommentDeps & LikeDeps & ReportDeps & FollowDeps & ModerationDeps {
    const { stores, sanitiser, documents, notifications, clock, moderators } = this.deps;
    return { ...stores, sanitiser, documents, notifications, clock, people: this.people, moderators };
  }

  afterPost(post: Post): void {
    this.model.putPost(post);
  }

  afterComment(comment: Comment): void {
    this.model.putComment(comment);
  }

  private readonly people: FeedPeople = {
    existing: async (userIds) => {
      const directory = this.deps.directory();
      return new Set(userIds.filter((id) => directory.has(id)));
    },
  };
}
