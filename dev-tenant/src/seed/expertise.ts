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
}

export const MIN_DECLARED = 3;
export const MAX_DECLARED = 12;

// How many skills people list: most list a handful, a few list a dozen.
const DECLARED_COUNT_WEIGHTS = [0, 0, 0, 10, 14, 16, 15, 12, 10, 8, 6, 5, 4];

/** Rounds and clamps to a level; operators rather than Math.* (see mul32 in hash.ts). Levels are never negative. */
function clampLevel(level: number, max: number, min = 1): ExpertiseLevel {
  const rounded = (level + 0.5) | 0;
  const high = max < 5 ? max : 5;
  const capped = rounded > high ? high : rounded;
  return (capped < min ? min : capped) as ExpertiseLevel;
}

/** Nobody is an expert after two years: the career length caps the level. */
function levelCap(careerYears: number): number {
  const cap = 2 + ((careerYears / 4) | 0);
  return cap > 5 ? 5 : cap;
}

class ClaimSet {
  readonly claims = new Map<string, SkillClaim>();
  declaredCount = 0;

  add(skillId: string, level: ExpertiseLevel, declared: boolean): void {
    if (this.claims.has(skillId)) return;
    const listed = declared && this.declaredCount < MAX_DECLARED;
    if (listed) this.declaredCount++;
    this.claims.set(skillId, { skillId, level, declared: listed });
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

/** Tops the list up with department skills; a few are listed though the person barely knows them. */
function fillDeclared(set: ClaimSet, position: Position, employment: Employment, rng: Rng): void {
  const drawn = declaredTarget(rng);
  const target = drawn > MIN_DECLARED ? drawn : MIN_DECLARED;
  const cap = levelCap(employment.careerYears) > 4 ? 4 : levelCap(employment.careerYears);
  for (let attempt = 0; set.declaredCount < target && attempt < 60; attempt++) {
    const level = rng.chance(0.06) ? 1 : clampLevel(1 + employment.seniority * 0.6 + rng.int(0, 2), cap, 2);
    set.add(drawSkillId(position, rng, 0.05), level, true);
  }
}

/** Real expertise the person never listed, often from a previous job; the texts will reveal it. */
function addHidden(set: ClaimSet, position: Position, cap: number, rng: Rng): void {
  const hidden = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
  for (let added = 0, attempt = 0; added < hidden && attempt < 20; attempt++) {
    const id = drawSkillId(position, rng, 0.3);
    if (set.claims.has(id)) continue;
    set.add(id, clampLevel(rng.int(3, 5), cap), false);
    added++;
  }
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
export function drawExpertise(
  { position, employment, identity, contextSkills }: ExpertiseInput,
  rng: Rng,
): SkillClaim[] {
  const cap = levelCap(employment.careerYears);
  const coreLevel = () => clampLevel(2 + employment.seniority * 0.75 + rng.int(-1, 1), cap, 2);
  const set = new ClaimSet();
  // What the title or department says the person does is real; undeclared, the title itself is the evidence.
  for (const id of contextSkills) set.add(id, coreLevel(), rng.chance(0.7));
  for (const id of coreSkills(position, employment)) if (rng.chance(0.8)) set.add(id, coreLevel(), true);
  // Leading people is evidenced by the responsibilities line about the team (background.ts).
  if (position.directReports > 0) set.add('people-management', coreLevel(), rng.chance(0.6));
  addLanguages(set, identity, rng);
  fillDeclared(set, position, employment, rng);
  addHidden(set, position, cap, rng);
  return [...set.claims.values()];
}
