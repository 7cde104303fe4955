import { DomainError } from '../domain-error';

// Notices' domain errors: the bot maps each code to a localised text (bot/src/conversation/strings.ts).

export type NoticeErrorCode =
  'notices.anonymous' | 'notices.self' | 'notices.limit' | 'notices.invalid-request';

export abstract class NoticeError extends DomainError {
  abstract override readonly code: NoticeErrorCode;
}

export function isNoticeError<C extends NoticeErrorCode>(
  error: unknown,
  code?: C,
): error is NoticeError & { code: C } {
  return error instanceof NoticeError && (code === undefined || error.code === code);
}

/** The channel did not say who is asking (no directory object id): a notice would belong to no one. */
export class AnonymousWatcherError extends NoticeError {
  readonly code = 'notices.anonymous';
  constructor() {
    super('A notice needs the watcher’s directory object id');
  }
}

export class SelfNoticeError extends NoticeError {
  readonly code = 'notices.self';
  constructor() {
    super('A person cannot watch their own presence');
  }
}

export class TooManyNoticesError extends NoticeError {
  readonly code = 'notices.limit';
  constructor(readonly max: number) {
    super(`The watcher already has ${max} pending notices`);
  }
}

export class InvalidNoticeRequestError extends NoticeError {
  readonly code = 'notices.invalid-request';
  constructor(readonly issue: string) {
    super(`The notice request is invalid: ${issue}`);
  }
}
