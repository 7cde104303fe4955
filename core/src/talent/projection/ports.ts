// Ports of the Talentfinder's projection: where the people, their settings and endorsements come from, as
// rounds of changes. The Graph adapters (graph/src/talent) implement them over users delta and list item delta.
import type { Endorsement } from '../ports';
import type { ExpertiseProfile } from '../profile';

/** A person as the directory and their profile describe them. */
export interface DirectoryPerson {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail: string | null;
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly officeLocation: string | null;
  /** What they declare: directory facts plus the profile properties (skills, interests, ...). */
  readonly profile: ExpertiseProfile;
}

/**
 * One round of the directory: apply `removed` (gone, or account disabled), then `upserted`.
 * `unread`: people whose profile could not be read this round (throttled or unavailable after retries, refused, or malformed: the adapter logs each by id); keep
 * what you had for them and ask again with `refreshProfiles`.
 * `resynced`: everyone was read again (the delta token had expired, or there was none); `removed` then also
 * names those delivered earlier who are no longer there.
 */
export interface PeopleChanges {
  readonly upserted: readonly DirectoryPerson[];
  readonly removed: readonly string[];
  readonly unread: readonly string[];
  readonly resynced?: true;
}

/** Port: the people directory, read as rounds of changes. Rounds never overlap. */
export interface DirectorySource {
  /** Everyone. */
  initial(): Promise<PeopleChanges>;
  /** What changed since the previous round. */
  changes(): Promise<PeopleChanges>;
  /** Reads these people again, directory and profile. */
  refreshProfiles(userIds: readonly string[]): Promise<PeopleChanges>;
}

/**
 * A record of one of Samen's lists that does not hold what its schema says (edited in SharePoint's own UI,
 * or written by an older version). Reported beside the good records, never dropped silently.
 */
export interface MalformedRecord {
  readonly list: string;
  readonly itemId: string;
  readonly issues: readonly string[];
}

/** What changed in the endorsements since the previous round: apply `removed`, then `added`. */
export interface EndorsementChanges {
  readonly added: readonly Endorsement[];
  readonly removed: readonly Endorsement[];
  readonly malformed: readonly MalformedRecord[];
}

/** Port: endorsements as rounds of changes; the first round delivers every endorsement. */
export interface EndorsementSource {
  changes(): Promise<EndorsementChanges>;
}

/** What only Samen knows about a person's expertise: the opt-in and the languages they speak. */
export interface ExpertiseSettings {
  readonly openToQuestions: boolean;
  /** BCP 47 tags or names ("nl", "Engels"), as the person gave them. */
  readonly languages: readonly string[];
}

export interface StoredExpertiseSettings extends ExpertiseSettings {
  readonly userId: string;
}

/**
 * What changed in the expertise settings since the previous round: `removed` names users whose settings are
 * gone (their row deleted, or no longer readable: see `malformed`), `upserted` the settings as they are now.
 */
export interface ExpertiseSettingsChanges {
  readonly upserted: readonly StoredExpertiseSettings[];
  readonly removed: readonly string[];
  readonly malformed: readonly MalformedRecord[];
  /** The delta token had expired and the list was read again in full; the difference is still reported. */
  readonly resynced: boolean;
}

/** Port: expertise settings as rounds of changes; the first round delivers everyone's settings. */
export interface ExpertiseSettingsSource {
  changes(): Promise<ExpertiseSettingsChanges>;
}

/** Port: where the projection reports what an operator should know (a malformed row, a round that failed). */
export type ProjectionLog = (message: string, error?: unknown) => void;
