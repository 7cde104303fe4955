import { ABOUT } from './data/profile-text';
import type { Office } from './data/offices';
import type { Employment } from './employment';
import type { SkillClaim } from './expertise';
import type { Position } from './hierarchy';
import { Rng } from './random';
import { textSpelling, type TextLanguage } from './spelling';
import { skillById } from './taxonomy';
import { article, fill } from './template';

export interface AboutMeInput {
  language: TextLanguage;
  position: Position;
  employment: Employment;
  office: Office;
  /** Hidden skills this text must evidence (at most two, so it stays within three sentences). */
  evidence: readonly SkillClaim[];
  /** Declared skills the person may also talk about, strongest first. */
  declared: readonly SkillClaim[];
  /** The person's hobbies from their interests, so aboutMe and interests agree. */
  hobbies: readonly string[];
}

// "n years" matches the level, so the ground-truth level can be read back from the text.
const YEARS_BY_LEVEL: Readonly<Record<number, readonly [number, number]>> = {
  1: [1, 1],
  2: [1, 2],
  3: [3, 6],
  4: [6, 10],
  5: [10, 20],
};

function yearsOf(claim: SkillClaim, careerYears: number, rng: Rng): number {
  const [low, high] = YEARS_BY_LEVEL[claim.level] ?? [1, 2];
  const years = rng.int(low, high);
  const career = careerYears < 1 ? 1 : careerYears | 0; // never more years than the person has worked
  return years > career ? career : years;
}

function skillSentence(claim: SkillClaim, input: AboutMeInput, rng: Rng): string {
  const texts = ABOUT[input.language];
  const form = textSpelling(skillById(claim.skillId), input.language, rng);
  const years = yearsOf(claim, input.employment.careerYears, rng);
  const kind =
    claim.level <= 2 ? 'learning' : claim.level >= 4 && rng.chance(0.35) ? 'expert' : 'experienced';
  return fill(rng.pick(texts[kind] ?? []), { form, years });
}

function intro(input: AboutMeInput, rng: Rng): string {
  const texts = ABOUT[input.language].intro ?? [];
  const { position, employment, office } = input;
  // Board members have no department to name, so they get the "since <year>" sentence.
  const template = position.department ? rng.pick(texts) : (texts[1] ?? '');
  return fill(template, {
    title: employment.jobTitle,
    a: article(employment.jobTitle),
    department: position.department?.name ?? '',
    city: office.city,
    office: office.location,
    year: employment.hireDate.slice(0, 4),
  });
}

/** 1–3 sentences in the person's language that mention real expertise, hidden or declared. */
export function writeAboutMe(input: AboutMeInput, rng: Rng): string {
  const sentences: string[] = [];
  if (rng.chance(0.6)) sentences.push(intro(input, rng));
  const mentioned = [...input.evidence];
  // Languages make odd "years of experience" sentences; people talk about their work instead.
  const strongest = input.declared.find((c) => c.level >= 2 && skillById(c.skillId).domain !== 'languages');
  if (strongest && (mentioned.length === 0 ? rng.chance(0.85) : rng.chance(0.25))) mentioned.push(strongest);
  for (const claim of mentioned.slice(0, 2)) sentences.push(skillSentence(claim, input, rng));
  const hobby = input.hobbies[0];
  if (hobby !== undefined && sentences.length < 3 && rng.chance(0.35)) {
    sentences.push(fill(rng.pick(ABOUT[input.language].hobby ?? []), { hobby }));
  }
  if (sentences.length === 0) sentences.push(intro(input, rng));
  return sentences.slice(0, 3).join(' ');
}
