import type { Actor } from '../actor';
import { IncompleteChallengeError, NotStewardError, PhaseMoveError } from './errors';
import type { Challenge, Phase } from './model';

// Phases only go forward, one step at a time: people must be able to trust that the voting they took part in is
// what was decided on.
const NEXT: Readonly<Record<Phase, Phase | undefined>> = {
  draft: 'ideation',
  ideation: 'voting',
  voting: 'review',
  review: 'decided',
  decided: 'closed',
  closed: undefined,
};

/**
 * What a challenge lacks to open (leave draft): an owning team, a sponsor, a question, and end dates for ideation
 * and voting, in the future and in that order. The source platform's lesson: a challenge works only when a team
 * steers it, the question is concrete and senior management backs it.
 */
export function missingToOpen(challenge: Challenge, now: Date): string[] {
  const missing: string[] = [];
  if (challenge.ownerGroupId.trim() === '') missing.push('ownerGroupId');
  if (challenge.sponsorId.trim() === '') missing.push('sponsorId');
  if (challenge.question.trim() === '') missing.push('question');
  const ideationEnds = challenge.ideationEndsAt?.getTime();
  const votingEnds = challenge.votingEndsAt?.getTime();
  if (ideationEnds === undefined || ideationEnds <= now.getTime()) missing.push('ideationEndsAt');
  if (votingEnds === undefined || ideationEnds === undefined || votingEnds <= ideationEnds)
    missing.push('votingEndsAt');
  return missing;
}

/** Whether the actor steers this challenge: a member of its owning group, or one of its moderators. */
export interface Stewardship {
  isSteward(actor: Actor, challenge: Challenge): Promise<boolean>;
}

/** The challenge moved one phase on, by someone who steers it; opening checks what a challenge needs. */
export async function movePhase(
  stewards: Stewardship,
  actor: Actor,
  challenge: Challenge,
  to: Phase,
  now: Date,
): Promise<Challenge> {
  if (!(await stewards.isSteward(actor, challenge))) throw new NotStewardError(challenge.id);
  if (NEXT[challenge.phase] !== to) throw new PhaseMoveError(challenge.phase, to);
  if (to === 'ideation') {
    const missing = missingToOpen(challenge, now);
    if (missing.length > 0) throw new IncompleteChallengeError(missing);
  }
  return { ...challenge, phase: to };
}
