import type { Locale } from './locale';
import type { ContributionKind, ProfileField } from './profile';

/** Fields where a skill can be mentioned without being declared. */
export type MentionField = Exclude<ProfileField, 'skills' | 'languages'>;

/**
 * One reason a person matched a search, as data: the edges render it (`explain` for plain text, cards and UI
 * for richer layouts). Labels are already in the searcher's locale.
 */
export type WhyPart =
  /** Matched skills the person declared (their skills list or languages). */
  | { readonly kind: 'skills'; readonly labels: readonly string[] }
  /** Matched skills or words found in a profile field, not declared as skills: quoted as the person wrote them. */
  | { readonly kind: 'mentioned'; readonly field: MentionField; readonly labels: readonly string[] }
  /** Years of experience the person states with a matched skill ("10 jaar ervaring met DWDM"). */
  | { readonly kind: 'experience'; readonly years: number; readonly label: string }
  /** Colleagues who endorsed the person for a matched skill (the largest count among them). */
  | { readonly kind: 'endorsed'; readonly count: number }
  /** Recent contributions in Samen on a matched skill. */
  | {
      readonly kind: 'evidence';
      readonly contribution: ContributionKind;
      readonly count: number;
      readonly topic: string;
    }
  /** Skills the concept layer read from the query that the person has in other words ("Internet of Things"). */
  | { readonly kind: 'related'; readonly labels: readonly string[] }
  /** The person welcomes questions from colleagues they do not know. */
  | { readonly kind: 'openToQuestions' };

const SEPARATOR = ' · ';

const FIELD_NAMES: Record<Locale, Record<MentionField, string>> = {
  'en-US': {
    jobTitle: 'job title',
    department: 'department',
    responsibilities: 'responsibilities',
    pastProjects: 'past projects',
    aboutMe: 'about me',
    interests: 'interests',
  },
  'nl-NL': {
    jobTitle: 'functietitel',
    department: 'afdeling',
    responsibilities: 'verantwoordelijkheden',
    pastProjects: 'eerdere projecten',
    aboutMe: 'over mij',
    interests: 'interesses',
  },
};

type Phrases = {
  readonly [K in WhyPart['kind']]: (part: Extract<WhyPart, { kind: K }>) => string;
};

const PHRASES: Record<Locale, Phrases> = {
  'en-US': {
    skills: (p) => `skills: ${p.labels.join(', ')}`,
    mentioned: (p) =>
      `mentions ${p.labels.map((l) => `“${l}”`).join(', ')} in ${FIELD_NAMES['en-US'][p.field]}`,
    experience: (p) => `${p.years} ${p.years === 1 ? 'year' : 'years'} of experience with ${p.label}`,
    endorsed: (p) => `endorsed by ${p.count}`,
    evidence: (p) => evidenceEn(p.contribution, p.count, topicTag(p.topic)),
    related: (p) => `related to ${p.labels.join(', ')}`,
    openToQuestions: () => 'open to questions',
  },
  'nl-NL': {
    skills: (p) => `vaardigheden: ${p.labels.join(', ')}`,
    mentioned: (p) =>
      `noemt ${p.labels.map((l) => `‘${l}’`).join(', ')} bij ${FIELD_NAMES['nl-NL'][p.field]}`,
    experience: (p) => `${p.years} jaar ervaring met ${p.label}`,
    endorsed: (p) => `onderschreven door ${p.count}`,
    evidence: (p) => evidenceNl(p.contribution, p.count, topicTag(p.topic)),
    related: (p) => `verwant aan ${p.labels.join(', ')}`,
    openToQuestions: () => 'staat open voor vragen',
  },
};

function evidenceEn(kind: ContributionKind, count: number, topic: string): string {
  if (kind === 'post') return `wrote ${count} ${count === 1 ? 'post' : 'posts'} on ${topic}`;
  if (kind === 'idea') return `shared ${count} ${count === 1 ? 'idea' : 'ideas'} on ${topic}`;
  return `commented ${count === 1 ? 'once' : `${count} times`} on ${topic}`;
}

function evidenceNl(kind: ContributionKind, count: number, topic: string): string {
  if (kind === 'post') return `schreef ${count} ${count === 1 ? 'bericht' : 'berichten'} over ${topic}`;
  if (kind === 'idea') return `deelde ${count} ${count === 1 ? 'idee' : 'ideeën'} over ${topic}`;
  return `reageerde ${count} keer op ${topic}`;
}

// Topics read as hashtags when they are one word ("#k8s"); longer topics stay as written.
function topicTag(topic: string): string {
  const bare = topic.trim().replace(/^#+/, '');
  return /^[\p{L}\p{N}_-]+$/u.test(bare) ? `#${bare}` : bare;
}

/** One line for people: "skills: Kubernetes · endorsed by 4 · wrote 3 posts on #k8s". */
export function explain(why: readonly WhyPart[], locale: Locale): string {
  const phrases = PHRASES[locale];
  return why.map((part) => (phrases[part.kind] as (p: WhyPart) => string)(part)).join(SEPARATOR);
}
