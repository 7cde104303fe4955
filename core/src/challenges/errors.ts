import { DomainError } from '../domain-error';

// The challenges' domain errors. Codes are stable: the service will map them to problems, the app to texts.

export type ChallengeErrorCode =
  | 'challenge.not-steward'
  | 'challenge.incomplete'
  | 'challenge.phase.move'
  | 'challenge.phase.closed-for'
  | 'challenge.idea.not-open'
  | 'challenge.vote.already'
  | 'challenge.vote.budget-spent'
  | 'challenge.vote.not-found'
  | 'challenge.decision.feedback-required'
  | 'challenge.decision.story-required'
  | 'challenge.decision.move'
  | 'challenge.merge.invalid';

export abstract class ChallengeError extends DomainError {
  abstract override readonly code: ChallengeErrorCode;
}

export function isChallengeError<C extends ChallengeErrorCode>(
  error: unknown,
  code?: C,
): error is ChallengeError & { code: C } {
  return error instanceof ChallengeError && (code === undefined || error.code === code);
}

/** Only the owning team's members and the challenge's moderators steer it (phases, decisions, merges). */
export class NotStewardError extends ChallengeError {
  readonly code = 'challenge.not-steward';
  constructor(readonly challengeId: string) {
    super(`Only owners and moderators steer challenge ${challengeId}`);
  }
}

/** What a challenge lacks to be opened: the lesson of the source platform made a rule. */
export class IncompleteChallengeError extends ChallengeError {
  readonly code = 'challenge.incomplete';
  constructor(readonly missing: readonly string[]) {
    super(`The challenge cannot open without: ${missing.join(', ')}`);
  }
}

export class PhaseMoveError extends ChallengeError {
  readonly code = 'challenge.phase.move';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`A challenge does not move from ${from} to ${to}`);
  }
}

/** Something asked in the wrong phase: voting outside voting, submitting outside ideation. */
export class WrongPhaseError extends ChallengeError {
  readonly code = 'challenge.phase.closed-for';
  constructor(
    readonly action: 'submit' | 'edit' | 'vote' | 'decide' | 'implement' | 'merge',
    readonly phase: string,
  ) {
    super(`Cannot ${action} while the challenge is in ${phase}`);
  }
}

export class IdeaNotOpenError extends ChallengeError {
  readonly code = 'challenge.idea.not-open';
  constructor(readonly ideaId: string) {
    super(`Idea ${ideaId} is decided or merged`);
  }
}

export class AlreadyVotedError extends ChallengeError {
  readonly code = 'challenge.vote.already';
  constructor(readonly ideaId: string) {
    super(`The actor already voted for idea ${ideaId}`);
  }
}

export class BudgetSpentError extends ChallengeError {
  readonly code = 'challenge.vote.budget-spent';
  constructor(readonly budget: number) {
    super(`All ${budget} votes are spent`);
  }
}

export class VoteNotFoundError extends ChallengeError {
  readonly code = 'challenge.vote.not-found';
  constructor(readonly ideaId: string) {
    super(`The actor has no vote for idea ${ideaId}`);
  }
}

export class FeedbackRequiredError extends ChallengeError {
  readonly code = 'challenge.decision.feedback-required';
  constructor() {
    super('Every decision tells the authors why');
  }
}

export class StoryRequiredError extends ChallengeError {
  readonly code = 'challenge.decision.story-required';
  constructor() {
    super('An implemented idea says what became of it');
  }
}

export class DecisionMoveError extends ChallengeError {
  readonly code = 'challenge.decision.move';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`An idea does not go from ${from} to ${to}`);
  }
}

export class InvalidMergeError extends ChallengeError {
  readonly code = 'challenge.merge.invalid';
  constructor(readonly reason: 'itself' | 'other-challenge' | 'not-open') {
    super(`Cannot merge: ${reason}`);
  }
}
