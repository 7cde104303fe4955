// The browser-safe entry, `@samen/graph`: the adapters that implement core's ports over any `GraphClient`
// (structural: the SDK's client, SPFx's MSGraphClientV3, a Teams client over NAA, a test double), the list
// schemas, and provisioning over a client. No Node built-ins, no Graph SDK at run time (ESLint keeps it so,
// and packaging/test/browser-bundle.test.ts bundles it for the browser). The Node side — the SDK client,
// client-secret and on-behalf-of tokens, provisioning a site from the command line or the dev tenant's
// files — is `@samen/graph/node` (src/node/index.ts).
export { MICROSOFT_GRAPH } from './graph-client';
export type { GraphClient, GraphRequestBuilder, GraphRequestObserver } from './graph-client';
export type { AccessTokenSource, ClientCredentials } from './access-tokens';
export { MAX_BATCH_SIZE, sendBatch } from './batch';
export type { BatchOptions, BatchRequest, BatchResponse } from './batch';
export {
  COLUMN_TYPES,
  columnType,
  defineList,
  isListSchemaError,
  listRegistry,
  listSchemaIssues,
  ListSchemaError,
} from './lists/list-schema';
export type {
  ColumnSchema,
  ColumnType,
  ListDefinition,
  ListSchema,
  SamenListName,
} from './lists/list-schema';
export { endorsementKey, endorsementsList, expertiseSettingsList, talentLists } from './lists/talent-lists';
export { noticeKey, noticeLists, presenceNoticesList } from './lists/notice-lists';
export { samenLists } from './lists/samen-lists';
export { GraphNoticeStore } from './notices/notice-store';
export { planList } from './provisioning/plan';
export type { ListPlan, ProvisioningProblem, SiteColumn, SiteList } from './provisioning/plan';
export { provisionLists } from './provisioning/provision-lists';
export { isListsNotProvisioned, ListsNotProvisioned, requireLists } from './provisioning/check-lists';
export type { ProvisioningReport } from './provisioning/provision-lists';
export type { ProvisioningTarget } from './provisioning/provision-site';
export { InvalidSiteUrl, parseSiteUrl, resolveSiteId, SiteNotFound } from './provisioning/site-url';
export type { SiteUrl } from './provisioning/site-url';
export {
  ConcurrentChangeConflict,
  GraphRequestFailed,
  isGraphBusy,
  isMalformedGraphResponse,
  isMalformedListItem,
  MalformedGraphResponse,
  MalformedListItem,
} from './talent/graph-errors';
export type { ListRows } from './talent/list-items';
export {
  GraphGroupMembership,
  GroupMembershipUnavailable,
  isGroupMembershipUnavailable,
  MAX_CHECK_GROUP_IDS,
} from './groups/group-membership';
export { GraphPeopleSync } from './talent/people-sync';
export type { DirectoryPerson, PeopleChanges, PeopleSyncOptions } from './talent/people-sync';
export {
  GraphPresenceSource,
  isPresenceUnavailable,
  MAX_PRESENCE_IDS,
  PresenceUnavailable,
} from './talent/presence-source';
export { endorsementKeyOf, GraphEndorsementStore } from './talent/endorsement-store';
export type { EndorsementChanges, StoredEndorsement } from './talent/endorsement-store';
export { GraphExpertiseSettingsStore } from './talent/expertise-settings-store';
export type {
  ExpertiseSettings,
  SettingsChange,
  SettingsWrite,
  StoredExpertiseSettings,
  StoredSettingsChanges,
} from './talent/expertise-settings-store';
export type { ProfileChanges } from './talent/on-behalf-of';
export { GraphOwnProfileWriter } from './talent/own-profile-writer';
export { GraphPeople } from './talent/people';
export {
  commentsList,
  feedLists,
  followsList,
  likesList,
  moderationLogList,
  postsList,
  reportsList,
  storedFollowKey,
  storedLikeKey,
  storedReportKey,
} from './lists/feed-lists';
export type { FeedLog } from './feed/cascade';
export type { FeedListLocation, FeedListSchemas } from './feed/locations';
export { GraphComments, GraphPosts } from './feed/posts-comments';
export type { FeedStoreOptions } from './feed/posts-comments';
export { GraphFollows, GraphLikes, GraphModerationLog, GraphReports } from './feed/reactions';
export { GraphFeedSource } from './feed/feed-source';
// The rows as the adapters write them: the feed benchmark seeds lists with them through `$batch`.
export { newCommentFields, newPostFields } from './feed/post-rows';
export { followFields, likeFields } from './feed/reaction-rows';
