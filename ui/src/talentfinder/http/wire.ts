import type {
  Availability,
  EndorsementCount,
  MyExpertise,
  SkillSuggestion,
  TalentResult,
  TalentSearchPage,
} from '../talent-service';

/**
 * Checks the service's JSON at the edge and turns it into the port's types (style.md 5). Hand-written rather than
 * a schema library: ui ships inside the SPFx bundle, and these few shapes do not justify another dependency.
 * Optional Graph profile fields arrive as null for people who never filled them in; they become ''.
 */
export class WireError extends Error {
  override readonly name = 'WireError';
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WireError(`${path}: expected an object`);
  }
  return value as Json;
}

function requiredString(o: Json, key: string, path: string): string {
  const value = o[key];
  if (typeof value !== 'string') throw new WireError(`${path}.${key}: expected a string`);
  return value;
}

function optionalString(o: Json, key: string, path: string): string {
  const value = o[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new WireError(`${path}.${key}: expected a string or null`);
  return value;
}

function number(o: Json, key: string, path: string): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new WireError(`${path}.${key}: expected a number`);
  return value;
}

function boolean(o: Json, key: string, path: string): boolean {
  const value = o[key];
  if (typeof value !== 'boolean') throw new WireError(`${path}.${key}: expected a boolean`);
  return value;
}

function array<T>(o: Json, key: string, path: string, item: (value: unknown, path: string) => T): T[] {
  const value = o[key];
  if (!Array.isArray(value)) throw new WireError(`${path}.${key}: expected an array`);
  return value.map((entry, index) => item(entry, `${path}.${key}[${index}]`));
}

function stringItem(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new WireError(`${path}: expected a string`);
  return value;
}

const AVAILABILITIES: ReadonlySet<string> = new Set<Availability>([
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
]);

function availability(value: string): Availability {
  return AVAILABILITIES.has(value) ? (value as Availability) : 'PresenceUnknown';
}

function result(value: unknown, path: string): TalentResult {
  const o = object(value, path);
  const presence =
    o.presence === null || o.presence === undefined ? {} : object(o.presence, `${path}.presence`);
  return {
    id: requiredString(o, 'id', path),
    displayName: requiredString(o, 'displayName', path),
    jobTitle: optionalString(o, 'jobTitle', path),
    department: optionalString(o, 'department', path),
    officeLocation: optionalString(o, 'officeLocation', path),
    userPrincipalName: requiredString(o, 'userPrincipalName', path),
    presence: {
      availability: availability(optionalString(presence, 'availability', `${path}.presence`)),
      activity: optionalString(presence, 'activity', `${path}.presence`),
    },
    matchedSkills: array(o, 'matchedSkills', path, stringItem),
    why: optionalString(o, 'why', path),
    score: number(o, 'score', path),
  };
}

function suggestion(value: unknown, path: string): SkillSuggestion {
  const o = object(value, path);
  return { skillId: requiredString(o, 'skillId', path), label: requiredString(o, 'label', path) };
}

export function parseSearchPage(value: unknown): TalentSearchPage {
  const o = object(value, 'search');
  return {
    total: number(o, 'total', 'search'),
    results: array(o, 'results', 'search', result),
    suggestions: o.suggestions === undefined ? [] : array(o, 'suggestions', 'search', suggestion),
  };
}

export function parseSuggestions(value: unknown): SkillSuggestion[] {
  return array(object(value, 'suggest'), 'suggestions', 'suggest', suggestion);
}

export function parseEndorsementCount(value: unknown, path = 'endorsement'): EndorsementCount {
  const o = object(value, path);
  return {
    skill: requiredString(o, 'skill', path),
    label: requiredString(o, 'label', path),
    count: number(o, 'count', path),
  };
}

export function parseMyExpertise(value: unknown): MyExpertise {
  const o = object(value, 'me');
  return {
    id: requiredString(o, 'id', 'me'),
    displayName: requiredString(o, 'displayName', 'me'),
    skills: array(o, 'skills', 'me', stringItem),
    openToQuestions: boolean(o, 'openToQuestions', 'me'),
    languages: array(o, 'languages', 'me', stringItem),
    endorsements: array(o, 'endorsements', 'me', parseEndorsementCount),
  };
}

/** The service's problem body `{ status, code, message }`, or undefined when the body is something else. */
export function parseProblem(value: unknown): { code: string; message: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, message } = value as Json;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined;
}
