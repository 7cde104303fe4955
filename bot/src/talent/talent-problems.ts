import { TALENT_PROBLEMS as CONTRACT_PROBLEMS } from '@samen/core/contract';
import type { ProblemCatalog } from '../http/problems';

/**
 * What people read when a Talentfinder request cannot be done, by the domain's error code: the statuses and
 * texts of the HTTP contract (core/src/contract), which the ui and its test fake answer from too.
 */
export const TALENT_PROBLEMS: ProblemCatalog = CONTRACT_PROBLEMS;
