import { drawContact } from './contact';
import { EXECUTIVE_BOARD } from './data/departments';
import type { Office } from './data/offices';
import { drawEmployment } from './employment';
import { drawExpertise, type SkillClaim } from './expertise';
import type { Position } from './hierarchy';
import { drawIdentity, type NicknameRegistry } from './identity';
import { mentionedIn, writeProfile } from './profile';
import { Rng, Stream } from './random';
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

function idAt(ids: readonly string[], index: number | null): string | null {
  return index === null ? null : (ids[index] ?? null);
}

export function buildPerson(ctx: PersonContext, position: Position): BuiltPerson {
  const rng = (stream: number) => Rng.derive(ctx.seed, stream, position.index);
  const identity = drawIdentity(rng(Stream.identity));
  const employment = drawEmployment(position, rng(Stream.employment));
  const managerOffice = position.managerIndex === null ? null : (ctx.offices[position.managerIndex] ?? null);
  const contact = drawContact(position, managerOffice, rng(Stream.contact));
  ctx.offices[position.index] = contact.office;
  const department = position.department?.name ?? EXECUTIVE_BOARD;
  const contextSkills = mentionedIn([employment.jobTitle, department]);
  const claims = drawExpertise({ position, employment, identity, contextSkills }, rng(Stream.expertise));

  const profile = writeProfile(
    { position, employment, identity, office: contact.office, department, claims },
    rng(Stream.profile),
  );
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
    aboutMe: profile.aboutMe,
    skills: profile.skills,
    interests: profile.interests,
    pastProjects: profile.pastProjects,
    responsibilities: profile.responsibilities,
    schools: profile.schools,
    workPattern: drawWorkPattern(position, rng(Stream.workPattern)),
  };
  return { person, claims, tenureMonths: employment.tenureMonths };
}
