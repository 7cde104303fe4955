export type { Clock } from './clock';
export { FixedClock, systemClock } from './clock';
export type { Actor } from './actor';
export { DomainError, hasErrorCode, isDomainError } from './domain-error';
export type { GroupMembership } from './group-membership';
export * from './talent';
export * from './talent/projection';
export * from './feed';
export * from './notices';
