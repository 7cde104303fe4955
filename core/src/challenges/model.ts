// A challenge: a concrete question from management, owned by a team and backed by a senior sponsor, that staff
// answer with ideas, comments and votes, and that ends with an answer for every idea.

/** draft → ideation → voting → review → decided → closed. */
export type Phase = 'draft' | 'ideation' | 'voting' | 'review' | 'decided' | 'closed';

export const PHASES: readonly Phase[] = ['draft', 'ideation', 'voting', 'review', 'decided', 'closed'];

export interface Challenge {
  readonly id: string;
  readonly title: string;
  /** The concrete question people answer. */
  readonly question: string;
  readonly context: string;
  /** The Microsoft 365 group that steers the challenge; empty while a draft has none yet. */
  readonly ownerGroupId: string;
  /** The senior manager who backs it; empty while a draft has none yet. */
  readonly sponsorId: string;
  /** Votes per person in this challenge; 0 means one vote per idea, without a budget. */
  readonly voteBudget: number;
  readonly ideationEndsAt?: Date;
  readonly votingEndsAt?: Date;
  readonly phase: Phase;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** Where an idea stands; every idea ends accepted (then maybe implemented), declined or merged. */
export type IdeaStatus = 'submitted' | 'shortlisted' | 'accepted' | 'declined' | 'implemented' | 'merged';

export interface Idea {
  readonly id: string;
  readonly challengeId: string;
  readonly title: string;
  readonly descriptionHtml: string;
  /** The first is who submitted it; merged ideas' authors join as co-authors. */
  readonly authorIds: readonly string[];
  readonly status: IdeaStatus;
  /** What the reviewers told the authors with the last decision. */
  readonly feedback?: string;
  /** Implemented ideas: what became of it. */
  readonly story?: string;
  /** Merged ideas: the idea it lives on in. */
  readonly mergedInto?: string;
  readonly createdAt: Date;
}

/** One vote: a person's slot in a challenge, spent on one idea. */
export interface Vote {
  readonly challengeId: string;
  readonly ideaId: string;
  readonly voterId: string;
  /** 1..budget; 0 when the challenge has no budget (one vote per idea). */
  readonly slot: number;
}

// Two unique keys per vote row make the rules atomic in the store, whatever the concurrency: a person's slot is
// spent once, and a person votes for an idea once.
export const voteSlotKey = (vote: Pick<Vote, 'challengeId' | 'voterId' | 'slot' | 'ideaId'>) =>
  vote.slot === 0
    ? `${vote.challengeId}|${vote.voterId}|idea:${vote.ideaId}`
    : `${vote.challengeId}|${vote.voterId}|slot:${vote.slot}`;
export const voteIdeaKey = (vote: Pick<Vote, 'challengeId' | 'voterId' | 'ideaId'>) =>
  `${vote.challengeId}|${vote.voterId}|idea:${vote.ideaId}`;
