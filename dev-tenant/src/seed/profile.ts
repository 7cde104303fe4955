import { writeAboutMe } from './about-me';
import { drawInterests, drawResponsibilities, drawSchools } from './background';
import type { Office } from './data/offices';
import type { Employment } from './employment';
import type { SkillClaim } from './expertise';
import type { Position } from './hierarchy';
import type { Identity } from './identity';
import { mentionedSkills } from './mentions';
import { hasProjects, writePastProjects } from './projects';
import { Rng } from './random';
import { declaredSpelling, type TextLanguage } from './spelling';
import { skillById } from './taxonomy';
import type { SeedPerson } from './types';

/** The profile fields Graph keeps in SharePoint's user profile service (graph-facts.md, "Users"). */
export type ProfileTexts = Pick<
  SeedPerson,
  'aboutMe' | 'skills' | 'interests' | 'pastProjects' | 'responsibilities' | 'schools'
>;

export interface ProfileInput {
  position: Position;
  employment: Employment;
  identity: Identity;
  office: Office;
  department: string;
  claims: readonly SkillClaim[];
}

// Titles, departments and responsibility lines repeat a lot; scanning each distinct text once keeps 100k fast.
const mentionCache = new Map<string, ReadonlySet<string>>();

/** Skills that any of the texts mention (see mentions.ts), cached per distinct text. */
export function mentionedIn(texts: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const text of texts) {
    let found = mentionCache.get(text);
    if (!found) {
      found = mentionedSkills(text);
      mentionCache.set(text, found);
    }
    for (const id of found) ids.add(id);
  }
  return ids;
}

/**
 * Hidden skills that no title, department or duty mentions yet must surface somewhere. Soft skills only
 * read well in aboutMe; others go there half of the time and to a project name otherwise.
 */
function splitEvidence(
  hidden: readonly SkillClaim[],
  rng: Rng,
): { aboutMe: SkillClaim[]; projects: SkillClaim[] } {
  const aboutMe = hidden.filter((c) => !hasProjects(c.skillId));
  const projects = hidden.filter((c) => hasProjects(c.skillId));
  if (aboutMe.length === 0 && projects.length > 0 && rng.chance(0.5)) aboutMe.push(...projects.splice(0, 1));
  return { aboutMe, projects };
}

/** Writes the profile texts from the person's ground truth, so every skill they mention is real. */
export function writeProfile(input: ProfileInput, rng: Rng): ProfileTexts {
  const { position, employment, identity, office, claims } = input;
  const language: TextLanguage = identity.preferredLanguage === 'nl-NL' ? 'nl' : 'en';
  const known = new Set(claims.map((c) => c.skillId));
  const responsibilities = drawResponsibilities(position, known, language, rng);
  const evidenced = mentionedIn([employment.jobTitle, input.department, ...responsibilities]);
  const evidence = splitEvidence(
    claims.filter((c) => !c.declared && !evidenced.has(c.skillId)),
    rng,
  );
  const declared = claims.filter((c) => c.declared);
  const strongestFirst = [...declared].sort((a, b) => b.level - a.level);
  const interests = drawInterests(language, rng);
  const hireYear = Number(employment.hireDate.slice(0, 4));
  return {
    aboutMe: writeAboutMe(
      {
        language,
        position,
        employment,
        office,
        evidence: evidence.aboutMe,
        declared: strongestFirst,
        hobbies: interests.hobbies,
      },
      rng,
    ),
    skills: rng.shuffled(declared).map((c) => declaredSpelling(skillById(c.skillId), language, rng)),
    interests: interests.all,
    pastProjects: writePastProjects(
      { language, hireYear, city: office.city, evidence: evidence.projects, declared: strongestFirst },
      rng,
    ),
    responsibilities,
    schools: drawSchools(identity, office, position, rng),
  };
}
