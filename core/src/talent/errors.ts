import { DomainError } from '../domain-error';

// Talent's domain errors. Codes are stable: the service maps them to problem responses, the UI and the bot to
// localised texts. Messages are for developers and logs, never shown to people as they are.

export type TalentErrorCode =
  | 'talent.query.empty'
  | 'talent.query.too-long'
  | 'talent.query.invalid-paging'
  | 'talent.query.invalid-filter'
  | 'talent.skill.required'
  | 'talent.skill.too-long'
  | 'talent.endorsement.self'
  | 'talent.endorsement.duplicate'
  | 'talent.endorsement.not-found'
  | 'talent.person.not-found'
  | 'talent.profile.too-many-skills'
  | 'talent.profile.too-many-languages'
  | 'talent.profile.language-too-long'
  | 'talent.profile.nothing-to-update';

export abstract class TalentError extends DomainError {
  abstract override readonly code: TalentErrorCode;
}

/** True for any talent error, or for one with the given code. */
export function isTalentError<C extends TalentErrorCode>(
  error: unknown,
  code?: C,
): error is TalentError & { code: C } {
  return error instanceof TalentError && (code === undefined || error.code === code);
}

export class EmptyQueryError extends TalentError {
  readonly code = 'talent.query.empty';
  constructor() {
    super('The search text is empty once control characters and spaces are removed');
  }
}

export class QueryTooLongError extends TalentError {
  readonly code = 'talent.query.too-long';
  constructor(
    readonly length: number,
    readonly max: number,
  ) {
    super(`The search text has ${length} characters; at most ${max} are allowed`);
  }
}

export class InvalidPagingError extends TalentError {
  readonly code = 'talent.query.invalid-paging';
  constructor(
    readonly field: 'top' | 'skip',
    readonly value: unknown,
  ) {
    super(
      `${field} must be ${field === 'top' ? 'a whole number from 1 to 50' : 'a whole number of 0 or more'}`,
    );
  }
}

export class InvalidFilterError extends TalentError {
  readonly code = 'talent.query.invalid-filter';
  constructor(
    readonly field: 'department' | 'location',
    readonly max: number,
  ) {
    super(`The ${field} filter is longer than ${max} characters`);
  }
}

export class SkillRequiredError extends TalentError {
  readonly code = 'talent.skill.required';
  constructor() {
    super('A skill is required');
  }
}

export class SkillTooLongError extends TalentError {
  readonly code = 'talent.skill.too-long';
  constructor(readonly max: number) {
    super(`A skill has at most ${max} characters`);
  }
}

export class SelfEndorsementError extends TalentError {
  readonly code = 'talent.endorsement.self';
  constructor() {
    super('People cannot endorse themselves');
  }
}

export class DuplicateEndorsementError extends TalentError {
  readonly code = 'talent.endorsement.duplicate';
  constructor(readonly skill: string) {
    super(`This person already has the actor's endorsement for ${skill}`);
  }
}

export class EndorsementNotFoundError extends TalentError {
  readonly code = 'talent.endorsement.not-found';
  constructor(readonly skill: string) {
    super(`The actor has not endorsed this person for ${skill}`);
  }
}

export class PersonNotFoundError extends TalentError {
  readonly code = 'talent.person.not-found';
  constructor(readonly userId: string) {
    super(`No person with id ${userId}`);
  }
}

export class TooManySkillsError extends TalentError {
  readonly code = 'talent.profile.too-many-skills';
  constructor(
    readonly count: number,
    readonly max: number,
  ) {
    super(`${count} different skills; a profile lists at most ${max}`);
  }
}

export class TooManyLanguagesError extends TalentError {
  readonly code = 'talent.profile.too-many-languages';
  constructor(
    readonly count: number,
    readonly max: number,
  ) {
    super(`${count} different languages; a profile lists at most ${max}`);
  }
}

export class LanguageTooLongError extends TalentError {
  readonly code = 'talent.profile.language-too-long';
  constructor(readonly max: number) {
    super(`A language has at most ${max} characters`);
  }
}

export class NothingToUpdateError extends TalentError {
  readonly code = 'talent.profile.nothing-to-update';
  constructor() {
    super('The update names no skills, languages or opt-in');
  }
}
