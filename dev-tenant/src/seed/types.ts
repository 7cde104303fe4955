// Public shapes of the synthetic organisation. Field names follow Microsoft Graph's user resource so the dev
// tenant can store a SeedPerson as a user without renaming (graph-facts.md, "Users").

/** When someone is signed in to Teams; read by the presence simulator. Days: 0 = Sunday .. 6 = Saturday. */
export interface WorkPattern {
  workDays: number[];
  /** Minutes after local midnight (Europe/Amsterdam). */
  startMinute: number;
  endMinute: number;
  /** Share of working 15-minute slots spent in meetings, 0..1. */
  meetingShare: number;
  timeZone: 'Europe/Amsterdam';
}

export interface SeedPerson {
  id: string;
  givenName: string;
  surname: string;
  displayName: string;
  mailNickname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  city: string;
  country: string;
  usageLocation: string;
  preferredLanguage: 'nl-NL' | 'en-US';
  businessPhones: string[];
  mobilePhone: string | null;
  employeeId: string;
  managerId: string | null;
  /** ISO 8601 date-time, e.g. "2019-03-01T00:00:00Z". */
  hireDate: string;
  aboutMe: string;
  /** Declared skills as the person typed them: an English or Dutch name or an alias of a SkillDefinition. */
  skills: string[];
  interests: string[];
  pastProjects: string[];
  responsibilities: string[];
  schools: string[];
  workPattern: WorkPattern;
}

export interface SkillDefinition {
  /** Stable slug, e.g. "fiber-optics". */
  id: string;
  en: string;
  nl: string;
  /** Other spellings people use: abbreviations, variants, product names. */
  aliases: string[];
  /** Area of work, e.g. "fiber", "cloud", "customer-service". */
  domain: string;
}

export type ExpertiseLevel = 1 | 2 | 3 | 4 | 5;

export interface ExpertiseFact {
  userId: string;
  skillId: string;
  level: ExpertiseLevel;
}

/** What people really know; the profile texts are generated from it, so a good search can recover it. */
export interface GroundTruth {
  version: 1;
  seed: number;
  people: number;
  expertise: ExpertiseFact[];
}

export interface OrganisationOptions {
  seed: number;
  /** Number of people, at least 1. */
  people: number;
  /** Mail domain, e.g. "samendev.onmicrosoft.com". */
  domain: string;
}

/** A Microsoft 365 group ("Unified"), shaped like Graph's group resource, with its members' user ids. */
export interface SeedGroup {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  mail: string;
  visibility: 'Public' | 'Private';
  memberIds: string[];
}

/** The groups of the organisation: one per department, and the people who moderate Samen. */
export interface SeedGroups {
  departments: SeedGroup[];
  moderators: SeedGroup;
}

export interface Organisation {
  people: SeedPerson[];
  groups: SeedGroups;
  skills: SkillDefinition[];
  groundTruth: GroundTruth;
}
