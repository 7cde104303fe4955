// Challenges: a sponsored question, ideas, votes within a budget, review with feedback for every idea. The rules
// (phases, who steers, budgets, merges, decisions); the service, lists and Teams tab build on them.
export * from './model';
export * from './errors';
export type { Stewardship } from './phases';
export { missingToOpen, movePhase } from './phases';
export type { Votes } from './votes';
export { castVote, slotsOf, votesLeft, withdrawVote } from './votes';
export type { Decision, VoteMoves } from './review';
export { decide, mergeIdeas } from './review';
export type { SimilarIdea } from './similar-ideas';
export { SimilarIdeas } from './similar-ideas';
