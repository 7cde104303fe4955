import {
  BOARD_RESPONSIBILITIES,
  CEO_RESPONSIBILITIES,
  MANAGER_RESPONSIBILITIES,
  type ResponsibilitySpec,
} from './data/departments';
import type { Office } from './data/offices';
import { DUTCH_SCHOOLS, HOBBIES, PROFESSIONAL_INTERESTS, type School } from './data/profile-text';
import type { Position } from './hierarchy';
import type { Identity } from './identity';
import { Rng, WeightedTable } from './random';
import type { TextLanguage } from './spelling';
import { fill } from './template';

const HOBBY_COUNT = new WeightedTable([0, 1, 2, 3, 4], [12, 30, 33, 18, 7]);

function distinct<T>(items: readonly T[], count: number, rng: Rng): T[] {
  return rng.shuffled(items).slice(0, count);
}

export interface Interests {
  hobbies: string[];
  /** Hobbies and now and then a professional interest: SeedPerson.interests. */
  all: string[];
}

/** Interests in the person's language. */
export function drawInterests(language: TextLanguage, rng: Rng): Interests {
  const side = language === 'nl' ? 0 : 1;
  const hobbies = distinct(HOBBIES, HOBBY_COUNT.pick(rng), rng).map((pair) => pair[side]);
  const all = rng.chance(0.35) ? [...hobbies, rng.pick(PROFESSIONAL_INTERESTS)[side]] : [...hobbies];
  return { hobbies, all };
}

/**
 * Duties from the department's list. Lines tied to a skill go only to people who really have it, so
 * responsibilities never claim expertise the ground truth lacks.
 */
export function drawResponsibilities(
  position: Position,
  known: ReadonlySet<string>,
  language: TextLanguage,
  rng: Rng,
): string[] {
  const usable = (spec: ResponsibilitySpec) => !spec.skill || known.has(spec.skill);
  const text = (spec: ResponsibilitySpec) =>
    fill(language === 'nl' ? spec.nl : spec.en, { n: position.directReports });
  const lines: string[] = [];
  if (position.directReports > 0) {
    const [team, ...others] = MANAGER_RESPONSIBILITIES.filter(usable);
    if (team) lines.push(text(team));
    lines.push(...others.filter(() => rng.chance(0.35)).map(text));
  }
  const board = position.tier === 'ceo' ? CEO_RESPONSIBILITIES : BOARD_RESPONSIBILITIES;
  const pool = (position.department?.responsibilities ?? board).filter(usable);
  const count = position.tier === 'member' ? rng.int(1, 3) : rng.int(0, 2);
  lines.push(...distinct(pool, count, rng).map(text));
  return lines;
}

// Education level by kind of work: field and front-office staff mostly mbo, lawyers mostly university.
const LEVEL_MIX: Readonly<Record<string, readonly [wo: number, hbo: number, mbo: number]>> = {
  'field-operations': [2, 25, 73],
  'customer-service': [5, 35, 60],
  'sales-consumer': [5, 40, 55],
  legal: [88, 12, 0],
  finance: [50, 45, 5],
};
const DEFAULT_MIX: readonly [number, number, number] = [42, 50, 8];

// Directors and the board nearly all hold a university or hogeschool degree.
const LEADERSHIP_MIX: readonly [number, number, number] = [70, 30, 0];

function dutchSchool(office: Office, position: Position, rng: Rng): string {
  const senior = position.tier === 'ceo' || position.tier === 'executive' || position.tier === 'director';
  const [wo, hbo, mbo] = senior ? LEADERSHIP_MIX : (LEVEL_MIX[position.department?.key ?? ''] ?? DEFAULT_MIX);
  const level = new WeightedTable(['wo', 'hbo', 'mbo'] as const, [wo, hbo, mbo]).pick(rng);
  const ofLevel = DUTCH_SCHOOLS.filter((s) => s.level === level);
  // Most people studied near where they now work.
  const nearby = ofLevel.filter((s: School) => s.region === office.region);
  return rng.pick(nearby.length > 0 && rng.chance(0.6) ? nearby : ofLevel).name;
}

/** One school, sometimes two; people who moved here for work often studied abroad. */
export function drawSchools(identity: Identity, office: Office, position: Position, rng: Rng): string[] {
  if (rng.chance(0.05)) return [];
  const abroad = identity.origin.schoolsAbroad;
  const studiedAbroad = abroad !== undefined && identity.preferredLanguage === 'en-US' && rng.chance(0.8);
  const schools = [studiedAbroad && abroad ? rng.pick(abroad) : dutchSchool(office, position, rng)];
  if (rng.chance(0.2)) schools.push(dutchSchool(office, position, rng));
  return [...new Set(schools)];
}
