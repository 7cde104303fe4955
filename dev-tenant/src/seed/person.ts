import { writeAboutMe } from './about-me';
import { drawInterests, drawResponsibilities, drawSchools } from './background';
import { drawContact } from './contact';
import { EXECUTIVE_BOARD } from './data/departments';
import type { Office } from './data/offices';
import { drawEmployment } from './employment';
import { drawExpertise, type SkillClaim } from './expertise';
import type { Position } from './hierarchy';
import { drawIdentity, type NicknameRegistry } from './identity';
import { mentionedSkills } from './mentions';
import { hasProjects, writePastProjects } from './projects';
import { Rng, Stream } from './random';
import { declaredSpelling, type TextLanguage } from './spelling';
import { skillById } from './taxonomy';
import type { SeedPerson } from './types';
import { drawWorkPattern } from './work-pattern';

export interface PersonContext {
  seed: number;
  domain: string;
  ids: readonly string[];
  nicknames: NicknameRegistry;
  /** Offices of people already built, by position index (managers are built before their reports). */
  offices: Office[];
}

export interface BuiltPerson {
  person: SeedPerson;
  claims: SkillClaim[];
  tenureMonths: number;
}

// Titles, departments and responsibility lines repeat a lot; scanning each distinct text once keeps 100k fast.
const mentionCache = new Map<string, ReadonlySet<string>>();
function mentionsOf(text: string): ReadonlySet<string> {
  let found = mentionCache.get(text);
  if (!found) {
    found = mentionedSkills(text);
    mentionCache.set(text, found);
  }
  return found;
}

function union(texts: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const text of texts) for (const id of mentionsOf(text)) ids.add(id);
  return ids;
}

function idAt(ids: readonly string[], index: number | null): string | null {
  return index === null ? null : (ids[index] ?? null);
}

export function buildPerson(ctx: PersonContext, position: Position): BuiltPerson {
  const rng = (stream: number) => Rng.derive(ctx.seed, stream, position.index);
  const identity = drawIdentity(rng(Stream.identity));
  const language: TextLanguage = identity.preferredLanguage === 'nl-NL' ? 'nl' : 'en';
  const employment = drawEmployment(position, rng(Stream.employment));
  const managerOffice = position.managerIndex === null ? null : (ctx.offices[position.managerIndex] ?? null);
  const contact = drawContact(position, managerOffice, rng(Stream.contact));
  ctx.offices[position.index] = contact.office;
  const department = position.department?.name ?? EXECUTIVE_BOARD;
  const contextSkills = union([employment.jobTitle, department]);
  const claims = drawExpertise({ position, employment, identity, contextSkills }, rng(Stream.expertise));

  const text = rng(Stream.profile);
  const known = new Set(claims.map((c) => c.skillId));
  const responsibilities = drawResponsibilities(position, known, language, text);
  // Hidden skills that no title, department or duty already mentions must surface in aboutMe or a project.
  const evidenced = union([employment.jobTitle, department, ...responsibilities]);
  const needEvidence = claims.filter((c) => !c.declared && !evidenced.has(c.skillId));
  // Soft skills only read well in aboutMe; the rest goes there half of the time, otherwise to a project.
  const inAboutMe = needEvidence.filter((c) => !hasProjects(c.skillId));
  const projectable = needEvidence.filter((c) => hasProjects(c.skillId));
  if (inAboutMe.length === 0 && projectable.length > 0 && text.chance(0.5))
    inAboutMe.push(...projectable.splice(0, 1));
  const inProjects = projectable;
  const declared = claims.filter((c) => c.declared);
  const strongestFirst = [...declared].sort((a, b) => b.level - a.level);
  const nickname = ctx.nicknames.claim(identity.givenName, identity.surname);
  const upn = `${nickname}@${ctx.domain}`;

  const person: SeedPerson = {
    id: idAt(ctx.ids, position.index) ?? '',
    givenName: identity.givenName,
    surname: identity.surname,
    displayName: identity.displayName,
    mailNickname: nickname,
    userPrincipalName: upn,
    mail: upn,
    jobTitle: employment.jobTitle,
    department,
    officeLocation: contact.office.location,
    city: contact.office.city,
    country: 'Netherlands',
    usageLocation: 'NL',
    preferredLanguage: identity.preferredLanguage,
    businessPhones: contact.businessPhones,
    mobilePhone: contact.mobilePhone,
    employeeId: '', // assigned by hire order once everyone exists
    managerId: idAt(ctx.ids, position.managerIndex),
    hireDate: employment.hireDate,
    aboutMe: writeAboutMe(
      {
        language,
        position,
        employment,
        office: contact.office,
        evidence: inAboutMe,
        declared: strongestFirst,
      },
      text,
    ),
    skills: text.shuffled(declared).map((c) => declaredSpelling(skillById(c.skillId), language, text)),
    interests: drawInterests(language, text),
    pastProjects: writePastProjects(
      {
        language,
        hireYear: Number(employment.hireDate.slice(0, 4)),
        city: contact.office.city,
        evidence: inProjects,
        declared: strongestFirst,
      },
      text,
    ),
    responsibilities,
    schools: drawSchools(identity, contact.office, position, text),
    workPattern: drawWorkPattern(position, rng(Stream.workPattern)),
  };
  return { person, claims, tenureMonths: employment.tenureMonths };
}
