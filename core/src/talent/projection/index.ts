// The Talentfinder's projection: the directory, expertise settings and endorsement counts, merged into the
// profiles of the expertise index and kept fresh by rounds of changes.
export type { EndorsedSkill } from './endorsement-counts';
export { EndorsementCounts } from './endorsement-counts';
export type {
  DirectoryPerson,
  DirectorySource,
  EndorsementChanges,
  EndorsementSource,
  ExpertiseSettings,
  ExpertiseSettingsChanges,
  ExpertiseSettingsSource,
  MalformedRecord,
  PeopleChanges,
  ProjectionLog,
  StoredExpertiseSettings,
} from './ports';
export type { RereadPolicy } from './profile-rereads';
export { DEFAULT_REREAD_POLICY, ProfileRereads } from './profile-rereads';
export type { TalentProjectionDependencies, WithdrawnEndorsement } from './talent-projection';
export { TalentProjection } from './talent-projection';
