import { cleanText } from '../talent/text/normalise';
import {
  DecisionMoveError,
  FeedbackRequiredError,
  InvalidMergeError,
  StoryRequiredError,
  WrongPhaseError,
} from './errors';
import type { Challenge, Idea, IdeaStatus, Vote } from './model';

export type Decision = Exclude<IdeaStatus, 'submitted' | 'merged'>;

// Where each decision may come from, and in which phase it is taken.
const FROM: Readonly<Record<Decision, readonly IdeaStatus[]>> = {
  shortlisted: ['submitted'],
  accepted: ['submitted', 'shortlisted'],
  declined: ['submitted', 'shortlisted'],
  implemented: ['accepted'],
};
const PHASE: Readonly<Record<Decision, readonly Challenge['phase'][]>> = {
  shortlisted: ['review'],
  accepted: ['review'],
  declined: ['review'],
  // "Implemented" comes later, when it happened: after the decisions, also once the challenge is closed.
  implemented: ['decided', 'closed'],
};

/**
 * A reviewer's decision on an idea, always with feedback to its authors ("every idea gets an answer"); an
 * implemented idea also tells what became of it. Who may decide is checked by the caller (stewards only).
 */
export function decide(
  challenge: Challenge,
  idea: Idea,
  to: Decision,
  feedback: unknown,
  story?: unknown,
): Idea {
  if (!PHASE[to].includes(challenge.phase))
    throw new WrongPhaseError(to === 'implemented' ? 'implement' : 'decide', challenge.phase);
  if (!FROM[to].includes(idea.status)) throw new DecisionMoveError(idea.status, to);
  const words = typeof feedback === 'string' ? cleanText(feedback) : '';
  if (words === '') throw new FeedbackRequiredError();
  if (to !== 'implemented') return { ...idea, status: to, feedback: words };
  const told = typeof story === 'string' ? cleanText(story) : '';
  if (told === '') throw new StoryRequiredError();
  return { ...idea, status: to, feedback: words, story: told };
}

/** What a merge does to the votes on the merged idea: each carried over, unless its voter already voted there. */
export interface VoteMoves {
  readonly moved: readonly Vote[];
  /** Votes whose voter already voted for the target: withdrawn, so nobody counts twice, their slots freed. */
  readonly withdrawn: readonly Vote[];
}

/**
 * Merges a duplicate into another idea of the same challenge during ideation or review: the duplicate ends as
 * "merged" (pointing to the other), its authors become co-authors, and its votes carry over without counting
 * anyone twice.
 */
export function mergeIdeas(
  challenge: Challenge,
  duplicate: Idea,
  into: Idea,
  votesOnDuplicate: readonly Vote[],
  votersOfTarget: ReadonlySet<string>,
): { duplicate: Idea; into: Idea; votes: VoteMoves } {
  if (!['ideation', 'voting', 'review'].includes(challenge.phase))
    throw new WrongPhaseError('merge', challenge.phase);
  if (duplicate.id === into.id) throw new InvalidMergeError('itself');
  if (duplicate.challengeId !== challenge.id || into.challengeId !== challenge.id)
    throw new InvalidMergeError('other-challenge');
  const open = (idea: Idea) => idea.status === 'submitted' || idea.status === 'shortlisted';
  if (!open(duplicate) || !open(into)) throw new InvalidMergeError('not-open');
  const moved: Vote[] = [];
  const withdrawn: Vote[] = [];
  for (const vote of votesOnDuplicate) {
    if (votersOfTarget.has(vote.voterId)) withdrawn.push(vote);
    else moved.push({ ...vote, ideaId: into.id });
  }
  return {
    duplicate: { ...duplicate, status: 'merged', mergedInto: into.id },
    into: { ...into, authorIds: [...new Set([...into.authorIds, ...duplicate.authorIds])] },
    votes: { moved, withdrawn },
  };
}
