import type { Actor } from '../actor';
import {
  AlreadyVotedError,
  BudgetSpentError,
  IdeaNotOpenError,
  VoteNotFoundError,
  WrongPhaseError,
} from './errors';
import type { Challenge, Idea, Vote } from './model';

/**
 * Port: votes, each row under two unique keys (`voteSlotKey`, `voteIdeaKey`): the store refuses a second use of
 * a slot and a second vote for an idea, so concurrent votes can never exceed a budget.
 */
export interface Votes {
  add(vote: Vote): Promise<'added' | 'slot-taken' | 'already-voted'>;
  remove(challengeId: string, voterId: string, ideaId: string): Promise<'removed' | 'not-found'>;
}

/** The slots a person has in a challenge: 1..budget, or the single "per idea" slot 0 without a budget. */
export function slotsOf(challenge: Pick<Challenge, 'voteBudget'>): number[] {
  return challenge.voteBudget === 0 ? [0] : Array.from({ length: challenge.voteBudget }, (_, i) => i + 1);
}

/** Votes a person has left: the budget less the votes they cast (unlimited, as undefined, without a budget). */
export function votesLeft(challenge: Pick<Challenge, 'voteBudget'>, castByVoter: number): number | undefined {
  return challenge.voteBudget === 0 ? undefined : Math.max(0, challenge.voteBudget - castByVoter);
}

const isOpen = (idea: Idea) => idea.status === 'submitted' || idea.status === 'shortlisted';

/**
 * The actor votes for an idea during voting: the first free slot is taken; the store's keys decide, so two votes
 * at once never take the same slot, and the slots run out at the budget.
 */
export async function castVote(votes: Votes, actor: Actor, challenge: Challenge, idea: Idea): Promise<Vote> {
  if (challenge.phase !== 'voting') throw new WrongPhaseError('vote', challenge.phase);
  if (idea.challengeId !== challenge.id || !isOpen(idea)) throw new IdeaNotOpenError(idea.id);
  for (const slot of slotsOf(challenge)) {
    const vote: Vote = { challengeId: challenge.id, ideaId: idea.id, voterId: actor.userId, slot };
    const outcome = await votes.add(vote);
    if (outcome === 'added') return vote;
    if (outcome === 'already-voted') throw new AlreadyVotedError(idea.id);
  }
  if (challenge.voteBudget === 0) throw new AlreadyVotedError(idea.id);
  throw new BudgetSpentError(challenge.voteBudget);
}

/** The actor takes their vote back during voting; its slot is free again. */
export async function withdrawVote(
  votes: Votes,
  actor: Actor,
  challenge: Challenge,
  ideaId: string,
): Promise<void> {
  if (challenge.phase !== 'voting') throw new WrongPhaseError('vote', challenge.phase);
  if ((await votes.remove(challenge.id, actor.userId, ideaId)) === 'not-found')
    throw new VoteNotFoundError(ideaId);
}
