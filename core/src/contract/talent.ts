import * as z from 'zod/mini';
import { operationIn, problemsIn, replyViolationIn, type OperationDefinition } from './operations';
export { problem, type ProblemWire } from './operations';
import type { ProblemCode } from './problems';

// The Talentfinder's HTTP API (/api/talent), defined once: what each operation takes, what it answers on
// success, and which problems it may answer with. The service validates requests with these schemas and its
// tests check its replies against them; the ui parses replies with them; the ui's test fake answers through
// them. zod/mini rather than zod: it tree-shakes, and these schemas ship in the SPFx bundle.

const text = (max: number) => z.string().check(z.maxLength(max));
/** Graph profile fields a person may never have filled in: Graph sends null. */
const profileText = z.nullable(z.string());

// Requests. Query strings arrive as text; unknown parameters are refused rather than ignored, so a typo in a
// filter does not silently widen a search. The lengths here only bound what the service reads at all: the
// domain's own, tighter limits answer with their own codes (a 300-character search is talent.query.too-long).

/** Paging arrives as text and is judged by the domain, so every bad value is talent.query.invalid-paging. */
export const searchQuery = z.strictObject({
  q: text(1000),
  available: z.optional(z.enum(['true', 'false'])),
  department: z.optional(text(1000)),
  location: z.optional(text(1000)),
  top: z.optional(text(20)),
  skip: z.optional(text(20)),
});
export const suggestQuery = z.strictObject({ q: text(200) });
export const skillBody = z.strictObject({ skill: text(1000) });
export const expertiseChangeBody = z.strictObject({
  skills: z.optional(z.array(text(1000)).check(z.maxLength(500))),
  openToQuestions: z.optional(z.boolean()),
  languages: z.optional(z.array(text(1000)).check(z.maxLength(500))),
});

// Replies. Presence availability stays a string: Graph may add values, and a client shows what it does not
// know as unknown rather than refusing the whole page.

export const skillSuggestion = z.strictObject({ skillId: z.string(), label: z.string() });
export const expertResult = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  jobTitle: profileText,
  department: profileText,
  officeLocation: profileText,
  userPrincipalName: z.string(),
  presence: z.strictObject({ availability: z.string(), activity: z.string() }),
  matchedSkills: z.array(z.string()),
  why: z.string(),
  score: z.number(),
});
export const searchPage = z.strictObject({
  total: z.number().check(z.int(), z.minimum(0)),
  results: z.array(expertResult),
  suggestions: z.array(skillSuggestion),
  /** The query as searched, when a mistyped word was read as a word colleagues wrote ("pyhton" → "python"). */
  correctedQuery: z.optional(z.string()),
});
export const suggestions = z.strictObject({ suggestions: z.array(skillSuggestion) });
export const endorsementCount = z.strictObject({
  skill: z.string(),
  label: z.string(),
  count: z.number().check(z.int(), z.minimum(0)),
});
export const myExpertise = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  skills: z.array(z.string()),
  openToQuestions: z.boolean(),
  languages: z.array(z.string()),
  endorsements: z.array(endorsementCount),
});

export type SearchQuery = z.infer<typeof searchQuery>;
export type SuggestQuery = z.infer<typeof suggestQuery>;
export type SkillBody = z.infer<typeof skillBody>;
export type ExpertiseChangeBody = z.infer<typeof expertiseChangeBody>;
export type SkillSuggestionWire = z.infer<typeof skillSuggestion>;
export type ExpertResultWire = z.infer<typeof expertResult>;
export type SearchPageWire = z.infer<typeof searchPage>;
export type SuggestionsWire = z.infer<typeof suggestions>;
export type EndorsementCountWire = z.infer<typeof endorsementCount>;
export type MyExpertiseWire = z.infer<typeof myExpertise>;

const SKILL_PROBLEMS = ['talent.skill.required', 'talent.skill.too-long'] as const;

/** The operations, keyed like the ui's TalentService methods. `{id}` in a path is the person's id. */
export const TALENT_OPERATIONS = {
  search: {
    method: 'GET',
    path: '/api/talent/search',
    success: { status: 200, body: searchPage },
    problems: [
      'talent.query.empty',
      'talent.query.too-long',
      'talent.query.invalid-paging',
      'talent.query.invalid-filter',
    ],
  },
  suggestSkills: {
    method: 'GET',
    path: '/api/talent/suggest',
    success: { status: 200, body: suggestions },
    problems: [],
  },
  myExpertise: {
    method: 'GET',
    path: '/api/talent/me',
    success: { status: 200, body: myExpertise },
    // The caller is signed in but not (yet) in the service's directory.
    problems: ['notFound'],
  },
  updateMyExpertise: {
    method: 'PATCH',
    path: '/api/talent/me',
    success: { status: 200, body: myExpertise },
    problems: [
      'notFound',
      'talent.skill.too-long',
      'talent.profile.too-many-skills',
      'talent.profile.too-many-languages',
      'talent.profile.language-too-long',
      'talent.profile.nothing-to-update',
    ],
  },
  endorse: {
    method: 'POST',
    path: '/api/talent/people/{id}/endorsements',
    success: { status: 201, body: endorsementCount },
    problems: [
      ...SKILL_PROBLEMS,
      'talent.endorsement.self',
      'talent.endorsement.duplicate',
      'talent.person.not-found',
    ],
  },
  withdrawEndorsement: {
    method: 'DELETE',
    path: '/api/talent/people/{id}/endorsements',
    success: { status: 204, body: undefined },
    // An id that cannot be anyone's is talent.person.not-found; a person without this endorsement is not.
    problems: [
      ...SKILL_PROBLEMS,
      'talent.endorsement.self',
      'talent.endorsement.not-found',
      'talent.person.not-found',
    ],
  },
} as const satisfies Record<string, OperationDefinition>;

export type TalentOperation = keyof typeof TALENT_OPERATIONS;

/** The problem codes an operation may answer with. */
export function problemsOf(operation: TalentOperation): readonly ProblemCode[] {
  return problemsIn(TALENT_OPERATIONS, operation);
}

/**
 * What is wrong with a reply to `operation`, or undefined if the contract allows it: a success with its one
 * status and body, or a problem this operation may answer, with that problem's status.
 */
export function replyViolation(
  operation: TalentOperation,
  status: number,
  body: unknown,
): string | undefined {
  return replyViolationIn(TALENT_OPERATIONS, operation, status, body);
}

/** The operation a request is for, by method and path (`/api/talent/people/<id>/endorsements`), if any. */
export function operationOf(method: string, pathname: string): TalentOperation | undefined {
  return operationIn(TALENT_OPERATIONS, method, pathname);
}
