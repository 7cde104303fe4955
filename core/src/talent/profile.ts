/** Where in a profile something was found. The first eight are what people declare (Graph and Samen). */
export type ProfileField =
  | 'skills'
  | 'languages'
  | 'jobTitle'
  | 'department'
  | 'responsibilities'
  | 'pastProjects'
  | 'aboutMe'
  | 'interests';

export type ContributionKind = 'post' | 'idea' | 'comment';

/** Something a person contributed in Samen that shows what they know. */
export interface Contribution {
  readonly kind: ContributionKind;
  /** Canonical skills it is about (tagged topics, a challenge's skills), when known. */
  readonly skillIds?: readonly string[];
  /** Its topic as written ("k8s", "#glasvezel"); read with the skill vocabulary when there are no skillIds. */
  readonly topic?: string;
  readonly at: Date;
}

/**
 * Port: contributions as evidence of expertise — posts from the feed, ideas and comments from challenges.
 * Designed now, wired as those features arrive; the profile assembler merges the answer into profiles.
 */
export interface ContributionEvidence {
  /** Contributions by these people since `since`, per user id; people without any may be missing. */
  byPeople(userIds: readonly string[], since: Date): Promise<ReadonlyMap<string, readonly Contribution[]>>;
}

/** How many colleagues endorsed a skill: by canonical skill id, or by the label typed for an unknown skill. */
export interface SkillEndorsementCount {
  readonly skill: string;
  readonly count: number;
}

/**
 * What Samen knows about a person's expertise: what they declare (Graph profile properties), what Samen adds
 * (endorsements, "open to questions", languages spoken) and evidence from their contributions.
 */
export interface ExpertiseProfile {
  /** Directory object id. */
  readonly userId: string;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
  readonly officeLocation?: string | null;
  /** Graph `skills`: as typed, in any language, canonical or not. */
  readonly skills?: readonly string[];
  readonly interests?: readonly string[];
  readonly pastProjects?: readonly string[];
  readonly responsibilities?: readonly string[];
  /** Graph `aboutMe`; may be rich text. */
  readonly aboutMe?: string | null;
  readonly endorsements?: readonly SkillEndorsementCount[];
  /** Opted in to being asked questions by colleagues they do not know. */
  readonly openToQuestions?: boolean;
  /** Languages spoken: BCP 47 tags or names ("nl", "Engels", "Turkish"). */
  readonly languages?: readonly string[];
  readonly contributions?: readonly Contribution[];
}
