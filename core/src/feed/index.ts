// The feed: posts, comments, likes, follows, reports and moderation, with the rules for who may do what, and
// the in-memory read model the service answers feeds from. Pure TypeScript: it runs in SPFx, the browser and Node.
export * from './model';
export * from './errors';
export type * from './ports';
export type { Topic } from './topics';
export { readTopic, readTopics } from './topics';
export type { NewPostInput, PostDeps, PostEdit } from './posts';
export { createPost, deletePost, editPost } from './posts';
export type { CommentDeps, NewCommentInput } from './comments';
export { addComment, deleteComment, editComment } from './comments';
export type { LikeDeps, ReportDeps } from './reactions';
export { like, report, unlike } from './reactions';
export type { FollowDeps, FollowRequest } from './follows';
export { follow, unfollow } from './follows';
export type { ModerationAction, ModerationDeps, ModerationOutcome } from './moderation';
export { moderate } from './moderation';
export { isVisibleTo } from './targets';
export { MAX_VERSION_ATTEMPTS, VersionConflictError } from './versions';
export type {
  CommentView,
  FeedPage,
  FeedPageQuery,
  FeedReadModelOptions,
  FeedView,
  ForYouReason,
  PostView,
  Viewer,
} from './read-model/feed-read-model';
export { FeedReadModel } from './read-model/feed-read-model';
export type { FeedChanges, FeedSource } from './projection';
export { FeedProjection } from './projection';
export type { PickablePerson } from './people-search';
export { MAX_PEOPLE_QUERY_LENGTH, pickPeople } from './people-search';
export type { DocumentType } from './document-links';
export { TenantDocumentLinks } from './document-links';
