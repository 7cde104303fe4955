export { ClientCredentialsTokenSource, TokenRequestFailed } from './access-tokens';
export type { AccessTokenSource, ClientCredentials } from './access-tokens';
export { createGraphClient, MICROSOFT_GRAPH } from './graph-client';
export type { GraphClientOptions, GraphRequestObserver } from './graph-client';
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
export { samenLists } from './lists/samen-lists';
export { planList } from './provisioning/plan';
export type { ListPlan, ProvisioningProblem, SiteColumn, SiteList } from './provisioning/plan';
export { provisionLists } from './provisioning/provision-lists';
export { isListsNotProvisioned, ListsNotProvisioned, requireLists } from './provisioning/check-lists';
export type { ProvisioningReport } from './provisioning/provision-lists';
export { provisionSite, UntrustedCertificate } from './provisioning/provision-site';
export type { ProvisioningTarget } from './provisioning/provision-site';
export { InvalidSiteUrl, parseSiteUrl, resolveSiteId, SiteNotFound } from './provisioning/site-url';
export type { SiteUrl } from './provisioning/site-url';
export { DevTenantUnreadable, provisionDevTenant, readDevTenant } from './provisioning/dev-tenant';
export {
  ConcurrentChangeConflict,
  GraphRequestFailed,
  isMalformedGraphResponse,
  isMalformedListItem,
  MalformedGraphResponse,
  MalformedListItem,
} from './talent/graph-errors';
export type { ListRows } from './talent/list-items';
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
export { InvalidProfileChanges, MeProfileWriter, OnBehalfOfTokenSource } from './talent/on-behalf-of';
export type { OnBehalfOfCredentials, ProfileChanges } from './talent/on-behalf-of';
export { GraphOwnProfileWriter } from './talent/own-profile-writer';
export { GraphPeople } from './talent/people';
