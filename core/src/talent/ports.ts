// Ports of the talent use cases, named after what they are in the domain. Adapters over Microsoft Graph and
// SharePoint lists live in graph/; fakes for tests beside the tests.

/** A person's presence as Graph reports it (graph-facts.md, "Presence"). */
export interface Presence {
  readonly availability: string;
  readonly activity: string;
}

/** Port: presence for a batch of people. The adapter makes one getPresencesByUserId call. */
export interface PresenceSource {
  /** At most `PRESENCE_BATCH_LIMIT` ids; people Graph does not know are missing from the answer. */
  presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>>;
}

/** One colleague vouching for one skill of another. */
export interface Endorsement {
  readonly endorserId: string;
  readonly personId: string;
  /** Canonical skill id when the vocabulary knows the skill. */
  readonly skillId?: string;
  /** The skill as the endorser typed it. */
  readonly skillLabel: string;
  /** Unique per endorser and person: the skill id, or `label:` and the folded label for unknown skills. */
  readonly skillKey: string;
  readonly at: Date;
}

/** Port: endorsements, stored with a unique key on endorser + person + skill key (a list column that enforces it). */
export interface Endorsements {
  add(endorsement: Endorsement): Promise<'added' | 'duplicate'>;
  remove(endorserId: string, personId: string, skillKey: string): Promise<'removed' | 'not-found'>;
}

/** Port: the people directory. */
export interface People {
  exists(userId: string): Promise<boolean>;
}

/** What a person may change about their own expertise. Absent fields stay as they are. */
export interface OwnExpertiseChanges {
  readonly skills?: readonly string[];
  readonly openToQuestions?: boolean;
  readonly languages?: readonly string[];
}

/**
 * Port: writes a person's own expertise. Skills go to their Graph profile with their own delegated token
 * (graph-facts.md: profile properties are never written app-only); the opt-in and languages to Samen's list.
 */
export interface OwnProfileWriter {
  update(userId: string, changes: OwnExpertiseChanges): Promise<void>;
}
