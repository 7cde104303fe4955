import type { FeedErrorCode } from '../feed/errors';
import type { TalentErrorCode } from '../talent/errors';
import type { Locale } from './locale';

// Every problem the Samen HTTP API answers with: one code, one status, and what people read, in both languages.
// The service words its answers from this table and the ui's test fake answers from it too, so the two cannot
// drift apart (they did: the fake answered 409 to a self-endorsement while the service answered 400).

/** What a problem says to people, in every language Samen speaks. */
export type ProblemText = { readonly [locale in Locale]: string };

export interface ProblemDefinition extends ProblemText {
  readonly status: number;
}

/** Problems of the HTTP edge itself, whatever the feature. */
export const GENERAL_PROBLEMS = {
  unauthenticated: { status: 401, 'en-US': 'Please sign in again.', 'nl-NL': 'Meld je opnieuw aan.' },
  forbidden: { status: 403, 'en-US': 'You are not allowed to do this.', 'nl-NL': 'Je mag dit niet doen.' },
  notFound: { status: 404, 'en-US': 'We could not find that.', 'nl-NL': 'Dat konden we niet vinden.' },
  invalidRequest: {
    status: 400,
    'en-US': 'Something in the request is not right.',
    'nl-NL': 'Er klopt iets niet in het verzoek.',
  },
  payloadTooLarge: { status: 413, 'en-US': 'That is too much at once.', 'nl-NL': 'Dat is te veel tegelijk.' },
  unavailable: {
    status: 503,
    'en-US': 'Samen is busy right now. Please try again in a moment.',
    'nl-NL': 'Samen heeft het even druk. Probeer het zo nog eens.',
  },
  internal: {
    status: 500,
    'en-US': 'Something went wrong on our side. Please try again.',
    'nl-NL': 'Er ging bij ons iets mis. Probeer het nog eens.',
  },
} as const satisfies Record<string, ProblemDefinition>;

/**
 * The Talentfinder's problems, one per domain error code (the compiler checks none is missing). Statuses follow
 * RFC 9110: 400 for a request that is wrong whoever sends it, 403 for one refused because of who sends it,
 * 404 for what does not exist, 409 for a request that conflicts with what is already stored.
 */
export const TALENT_PROBLEMS = {
  'talent.query.empty': {
    status: 400,
    'en-US': 'Type what you are looking for, such as a skill or a topic.',
    'nl-NL': 'Typ waar je naar zoekt, bijvoorbeeld een vaardigheid of onderwerp.',
  },
  'talent.query.too-long': {
    status: 400,
    'en-US': 'That search is too long. Try a few keywords.',
    'nl-NL': 'Die zoekopdracht is te lang. Probeer een paar trefwoorden.',
  },
  'talent.query.invalid-paging': {
    status: 400,
    'en-US': 'That page of results does not exist.',
    'nl-NL': 'Die pagina met resultaten bestaat niet.',
  },
  'talent.query.invalid-filter': {
    status: 400,
    'en-US': 'One of the filters is not valid.',
    'nl-NL': 'Een van de filters klopt niet.',
  },
  'talent.skill.required': {
    status: 400,
    'en-US': 'Choose the skill you want to endorse.',
    'nl-NL': 'Kies de vaardigheid die je wilt onderschrijven.',
  },
  'talent.skill.too-long': {
    status: 400,
    'en-US': 'That skill name is too long.',
    'nl-NL': 'Die naam van een vaardigheid is te lang.',
  },
  // 403, not 400 or 409: the request is well-formed and nothing stored stands in its way (the same request
  // from anyone else succeeds, and no change of state would make it succeed): this caller may not do this.
  'talent.endorsement.self': {
    status: 403,
    'en-US': 'You cannot endorse yourself.',
    'nl-NL': 'Je kunt jezelf niet onderschrijven.',
  },
  // 409: it conflicts with the endorsement already stored; withdrawing that one would make it succeed.
  'talent.endorsement.duplicate': {
    status: 409,
    'en-US': 'You have already endorsed this skill.',
    'nl-NL': 'Je hebt deze vaardigheid al onderschreven.',
  },
  'talent.endorsement.not-found': {
    status: 404,
    'en-US': 'You had not endorsed this skill.',
    'nl-NL': 'Je had deze vaardigheid niet onderschreven.',
  },
  'talent.person.not-found': {
    status: 404,
    'en-US': 'We could not find this colleague.',
    'nl-NL': 'We konden deze collega niet vinden.',
  },
  'talent.profile.too-many-skills': {
    status: 400,
    'en-US': 'You can list at most 50 skills.',
    'nl-NL': 'Je kunt maximaal 50 vaardigheden opgeven.',
  },
  'talent.profile.too-many-languages': {
    status: 400,
    'en-US': 'You can list at most 20 languages.',
    'nl-NL': 'Je kunt maximaal 20 talen opgeven.',
  },
  'talent.profile.language-too-long': {
    status: 400,
    'en-US': 'One of the languages is too long.',
    'nl-NL': 'Een van de talen is te lang.',
  },
  'talent.profile.nothing-to-update': {
    status: 400,
    'en-US': 'There is nothing to save.',
    'nl-NL': 'Er is niets om op te slaan.',
  },
} as const satisfies Record<TalentErrorCode, ProblemDefinition>;

/** The feed's problems, one per domain error code, and a write that kept meeting someone else's. */
export const FEED_PROBLEMS = {
  'feed.post.not-found': {
    status: 404,
    'en-US': 'This post is no longer there.',
    'nl-NL': 'Dit bericht is er niet meer.',
  },
  'feed.comment.not-found': {
    status: 404,
    'en-US': 'This comment is no longer there.',
    'nl-NL': 'Deze reactie is er niet meer.',
  },
  'feed.not-author': {
    status: 403,
    'en-US': 'Only the author can change or delete this.',
    'nl-NL': 'Alleen de auteur kan dit wijzigen of verwijderen.',
  },
  'feed.not-moderator': {
    status: 403,
    'en-US': 'Only moderators can hide or restore posts.',
    'nl-NL': 'Alleen moderatoren kunnen berichten verbergen of terugzetten.',
  },
  // The service words this one per field (fieldProblemText); this is what is said when no field is known.
  'feed.invalid': {
    status: 400,
    'en-US': 'Something in what you wrote is not right.',
    'nl-NL': 'Er klopt iets niet in wat je schreef.',
  },
  'feed.reply-too-deep': {
    status: 400,
    'en-US': 'You can reply to a comment, but not to a reply.',
    'nl-NL': 'Je kunt op een reactie reageren, maar niet op een antwoord daarop.',
  },
  'feed.like.duplicate': { status: 409, 'en-US': 'You already like this.', 'nl-NL': 'Je vindt dit al leuk.' },
  'feed.like.not-found': {
    status: 404,
    'en-US': 'You had not liked this.',
    'nl-NL': 'Je had dit niet leuk gevonden.',
  },
  'feed.follow.self': {
    status: 403,
    'en-US': 'You cannot follow yourself.',
    'nl-NL': 'Je kunt jezelf niet volgen.',
  },
  'feed.follow.duplicate': { status: 409, 'en-US': 'You already follow this.', 'nl-NL': 'Je volgt dit al.' },
  'feed.follow.not-found': {
    status: 404,
    'en-US': 'You were not following this.',
    'nl-NL': 'Je volgde dit niet.',
  },
  'feed.report.duplicate': {
    status: 409,
    'en-US': 'You have already reported this. The moderators will look at it.',
    'nl-NL': 'Je hebt dit al gemeld. De moderatoren kijken ernaar.',
  },
  'feed.moderation.no-change': {
    status: 409,
    'en-US': 'Someone already did this.',
    'nl-NL': 'Iemand heeft dit al gedaan.',
  },
  'feed.cursor.invalid': {
    status: 400,
    'en-US': 'That page of the feed does not exist. Start again from the top.',
    'nl-NL': 'Die pagina van de tijdlijn bestaat niet. Begin opnieuw bovenaan.',
  },
  'feed.person.not-found': {
    status: 404,
    'en-US': 'We could not find this colleague.',
    'nl-NL': 'We konden deze collega niet vinden.',
  },
} as const satisfies Record<FeedErrorCode, ProblemDefinition>;

/** A versioned write met someone else's write every time it tried (VersionConflictError). */
export const CONFLICT_PROBLEMS = {
  conflict: {
    status: 409,
    'en-US': 'Someone changed this at the same moment. Please try again.',
    'nl-NL': 'Iemand wijzigde dit op hetzelfde moment. Probeer het nog eens.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export const PROBLEMS = { ...GENERAL_PROBLEMS, ...TALENT_PROBLEMS, ...FEED_PROBLEMS, ...CONFLICT_PROBLEMS };

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEMS, code);
}

/** The one status a problem code is answered with. */
export function statusOf(code: ProblemCode): number {
  return PROBLEMS[code].status;
}
