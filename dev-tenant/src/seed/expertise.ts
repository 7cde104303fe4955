import { DEPARTMENTS, DIVISIONS } from './data/departments';
import type { Employment } from './employment';
import type { Position } from './hierarchy';
import type { Identity } from './identity';
import { Rng, itemAt } from './random';
import { skillTable } from './skill-tables';
import type { ExpertiseLevel } from './types';

/** One thing a person really knows. `declared` says whether it is in their profile's skills list. */
export interface SkillClaim {
  skillId: string;
  level: ExpertiseLevel;
  declared: boolean;
  /** Mentioned by the person's title or department, so it needs no other evidence in the texts. */
  contextual: boolean;
}

export const MIN_DECLARED = 3;
export const MAX_DECLARED = 12;

// How many skills people list: most list a handful, a few list a dozen.
const DECLARED_COUNT_WEIGHTS = [0, 0, 0, 10, 14, 16, 15, 12, 10, 8, 6, 5, 4];

const clampLevel = (level: number, max: number): ExpertiseLevel =>
  Math.max(1, Math.min(5, max, Math.round(level))) as ExpertiseLevel;

/** Nobody is an expert after two years: the career length caps the level. */
const levelCap = (careerYears: number): number => Math.max(2, Math.min(5, 2 + Math.floor(careerYears / 4)));

class ClaimSet {
  readonly claims = new Map<string, SkillClaim>();
  declaredCount = 0;

  add(skillId: string, level: ExpertiseLevel, declared: boolean, contextual = false): void {
    if (this.claims.has(skillId)) return;
    const listed = declared && this.declaredCount < MAX_DECLARED;
    if (listed) this.declaredCount++;
    this.claims.set(skillId, { skillId, level, declared: listed, contextual });
  }
}

function declaredTarget(rng: Rng): number {
  const total = DECLARED_COUNT_WEIGHTS.reduce((a, b) => a + b, 0);
  let roll = rng.next() * total;
  for (let count = 0; count < DECLARED_COUNT_WEIGHTS.length; count++) {
    roll -= itemAt(DECLARED_COUNT_WEIGHTS, count);
    if (roll < 0) return count;
  }
  return MAX_DECLARED;
}

function coreSkills(position: Position, employment: Employment): readonly string[] {
  if (position.tier === 'ceo') return ['leadership', 'strategy', 'stakeholder-management'];
  if (position.tier === 'executive') {
    const division = DIVISIONS.find((d) => d.key === position.division);
    return ['leadership', 'strategy', ...(division?.skills ?? [])];
  }
  return employment.role?.skills ?? [];
}

function addLanguages(set: ClaimSet, identity: Identity, rng: Rng): void {
  const expat = identity.preferredLanguage === 'en-US';
  identity.origin.languages.forEach((language, i) => {
    if (rng.chance(i === 0 ? 0.55 : 0.15)) set.add(language, 5, true);
  });
  if (rng.chance(expat ? 0.5 : 0.22)) set.add('english', clampLevel(rng.int(3, 5), 5), true);
  // Newcomers list the Dutch they are learning, sometimes at a level that is honestly weak.
  if (expat && rng.chance(0.35)) set.add('dutch', clampLevel(rng.int(1, 3), 5), true);
  if (!expat && identity.origin.key === 'dutch') {
    if (rng.chance(0.06)) set.add('german', clampLevel(rng.int(2, 3), 5), true);
    if (rng.chance(0.04)) set.add('french', clampLevel(rng.int(2, 3), 5), true);
  }
}

/** A skill from the person's department table, or now and then from another department (a previous job). */
function drawSkillId(position: Position, rng: Rng, elsewhere: number): string {
  const department = rng.chance(elsewhere) ? rng.pick(DEPARTMENTS) : position.department;
  return skillTable(department).pick(rng);
}

export interface ExpertiseInput {
  position: Position;
  employment: Employment;
  identity: Identity;
  /** Skills the person's job title or department name mentions. */
  contextSkills: ReadonlySet<string>;
}

/**
 * Decides what a person really knows, the ground truth, and which of it they declare. Levels follow
 * seniority; some declared skills are weak (level 1) and some real ones are not declared at all (hidden).
 */
export function drawExpertise({ position, employment, identity, contextSkills }: ExpertiseInput, rng: Rng): SkillClaim[] {
  const cap = levelCap(employment.careerYears);
  const core = () => clampLevel(2 + employment.seniority * 0.75 + rng.int(-1, 1), cap);
  const set = new ClaimSet();
  for (const id of contextSkills) set.add(id, Math.max(2, core()) as ExpertiseLevel, rng.chance(0.7), true);
  for (const id of coreSkills(position, employment)) if (rng.chance(0.8)) set.add(id, Math.max(2, core()) as ExpertiseLevel, true);
  // Leading people is evidenced by the responsibilities line about the team (profile.ts).
  if (position.directReports > 0) set.add('people-management', core(), rng.chance(0.6));
  addLanguages(set, identity, rng);
  const target = Math.max(MIN_DECLARED, declaredTarget(rng));
  for (let attempt = 0; set.declaredCount < target && attempt < 60; attempt++) {
    const weak = rng.chance(0.06);
    set.add(drawSkillId(position, rng, 0.05), weak ? 1 : clampLevel(1 + employment.seniority * 0.6 + rng.int(0, 2), Math.min(cap, 4)), true);
  }
  const hidden = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
  for (let h = 0, attempt = 0; h < hidden && attempt < 20; attempt++) {
    const id = drawSkillId(position, rng, 0.3);
    if (set.claims.has(id)) continue;
    set.add(id, clampLevel(rng.int(3, 5), cap), false);
    h++;
  }
  return [...set.claims.values()];
}
