import { COMPANY_PROJECTS, DISTRICTS, GENERIC_PROJECTS, SKILL_PROJECTS } from './data/profile-text';
import { OFFICES } from './data/offices';
import { REFERENCE_YEAR } from './employment';
import type { SkillClaim } from './expertise';
import { Rng } from './random';
import { textSpelling, type TextLanguage } from './spelling';
import { skillById } from './taxonomy';
import { fill } from './template';

export interface ProjectsInput {
  language: TextLanguage;
  hireYear: number;
  city: string;
  /** Hidden skills that must show up in a project name. */
  evidence: readonly SkillClaim[];
  /** Declared skills that may show up too. */
  declared: readonly SkillClaim[];
}

/** Projects may predate the hire (a previous job), company projects may not. */
function placeholders(
  input: ProjectsInput,
  rng: Rng,
  earliest = input.hireYear - 3,
): Record<string, string | number> {
  const from = Math.min(REFERENCE_YEAR, Math.max(2010, earliest));
  return {
    year: rng.int(from, REFERENCE_YEAR),
    district: rng.pick(DISTRICTS),
    city: rng.chance(0.6) ? input.city : rng.pick(OFFICES).city,
  };
}

/** A project name that evidences the skill: a named project if there is one, a generic one otherwise. */
// A "Pilot Leadership 2021" or "Programma Engels" would read as nonsense: soft skills and languages show in
// aboutMe instead.
const NOT_A_PROJECT = new Set(['general', 'languages']);

/** Whether a skill can be evidenced by a project name. */
export function hasProjects(skillId: string): boolean {
  return SKILL_PROJECTS[skillId] !== undefined || !NOT_A_PROJECT.has(skillById(skillId).domain);
}

function projectFor(claim: SkillClaim, input: ProjectsInput, rng: Rng): string {
  const named = SKILL_PROJECTS[claim.skillId];
  const values = placeholders(input, rng);
  if (named && rng.chance(0.8)) return fill(rng.pick(named), values);
  // Project names drift between languages; mostly they follow the person's own.
  const language = rng.chance(0.8) ? input.language : input.language === 'nl' ? 'en' : 'nl';
  const [nl, en] = rng.pick(GENERIC_PROJECTS);
  const template = language === 'nl' ? nl : en;
  const form = textSpelling(skillById(claim.skillId), language, rng);
  // A project name opening with a plain word capitalises it, as names do; "k8s" and "iOS" stay as they are.
  const opens = template.startsWith('{form}') && /^[a-z][a-z]/.test(form);
  values.form = opens ? form.charAt(0).toUpperCase() + form.slice(1) : form;
  return fill(template, values);
}

export function writePastProjects(input: ProjectsInput, rng: Rng): string[] {
  const projects = new Set<string>();
  for (const claim of input.evidence) projects.add(projectFor(claim, input, rng));
  for (const claim of input.declared.filter((c) => c.level >= 3 && hasProjects(c.skillId)).slice(0, 2)) {
    if (rng.chance(0.35)) projects.add(projectFor(claim, input, rng));
  }
  if (rng.chance(0.25)) {
    const [nl, en] = rng.pick(COMPANY_PROJECTS);
    projects.add(fill(input.language === 'nl' ? nl : en, placeholders(input, rng, input.hireYear)));
  }
  return [...projects];
}
