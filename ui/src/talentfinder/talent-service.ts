/**
 * The Talentfinder's port to the Samen service. The app talks only to this interface: the hosts (SPFx web part,
 * Teams tab, local portal) hand it an implementation — `HttpTalentService` in production, an in-memory fake in
 * tests. Shapes mirror the service's HTTP API (`/api/talent/...`), already parsed and checked.
 */

import type { Availability, Locale } from '@samen/core/contract';

// The languages and Graph's availabilities are the contract's (core), shared with the service and the hosts.
export type { Availability, Locale } from '@samen/core/contract';

export interface Presence {
  readonly availability: Availability;
  /** Graph activity (InAMeeting, Presenting, OutOfOffice, ...); kept as sent, shown when the UI knows it. */
  readonly activity: string;
}

export interface TalentQuery {
  /** What the user searched for: a skill or topic, in Dutch or English. */
  readonly q: string;
  readonly available: boolean;
  readonly department?: string;
  readonly location?: string;
  readonly top: number;
  readonly skip: number;
}

export interface TalentResult {
  readonly id: string;
  readonly displayName: string;
  readonly jobTitle: string;
  readonly department: string;
  readonly officeLocation: string;
  readonly userPrincipalName: string;
  readonly presence: Presence;
  readonly matchedSkills: readonly string[];
  /** Why this person matched, in the caller's language ("skills: Kubernetes · endorsed by 4"). */
  readonly why: string;
  readonly score: number;
}

export interface SkillSuggestion {
  readonly skillId: string;
  readonly label: string;
}

export interface TalentSearchPage {
  readonly total: number;
  readonly results: readonly TalentResult[];
  /** When nothing matched: the nearest known skills. */
  readonly suggestions: readonly SkillSuggestion[];
  /** The query as searched, when a mistyped word was read as a word colleagues wrote. */
  readonly correctedQuery?: string;
}

export interface EndorsementCount {
  readonly skill: string;
  readonly label: string;
  readonly count: number;
}

export interface MyExpertise {
  readonly id: string;
  readonly displayName: string;
  readonly skills: readonly string[];
  readonly openToQuestions: boolean;
  readonly languages: readonly string[];
  readonly endorsements: readonly EndorsementCount[];
}

/** A change to the caller's own expertise: only what is given changes. */
export interface ExpertiseChange {
  readonly skills?: readonly string[];
  readonly openToQuestions?: boolean;
  readonly languages?: readonly string[];
}

/** Every call says in which language the service should word its messages, and may be cancelled. */
export interface CallOptions {
  readonly locale: Locale;
  readonly signal?: AbortSignal;
}

export interface TalentService {
  search(query: TalentQuery, options: CallOptions): Promise<TalentSearchPage>;
  suggestSkills(prefix: string, options: CallOptions): Promise<readonly SkillSuggestion[]>;
  myExpertise(options: CallOptions): Promise<MyExpertise>;
  updateMyExpertise(change: ExpertiseChange, options: CallOptions): Promise<MyExpertise>;
  /** Endorses a colleague for one skill; the caller is the token's subject. */
  endorse(personId: string, skill: string, options: CallOptions): Promise<EndorsementCount>;
  withdrawEndorsement(personId: string, skill: string, options: CallOptions): Promise<void>;
}
