import type { Actor } from '../actor';
import { MAX_LANGUAGE_LENGTH, MAX_LANGUAGES, MAX_OWN_SKILLS } from '../contract/limits';
import {
  LanguageTooLongError,
  NothingToUpdateError,
  TooManyLanguagesError,
  TooManySkillsError,
} from './errors';
import { normaliseSkill } from './endorse';
import type { OwnExpertiseChanges, OwnProfileWriter } from './ports';
import type { SkillVocabulary } from './skill-vocabulary';
import { cleanText, fold } from './text/normalise';

// Shared with the apps, which check a person's list before saving, through the contract.
export { MAX_LANGUAGE_LENGTH, MAX_LANGUAGES, MAX_OWN_SKILLS } from '../contract/limits';

export interface OwnExpertiseDependencies {
  readonly writer: OwnProfileWriter;
  readonly vocabulary: SkillVocabulary;
}

/**
 * The actor changes their own skills, languages or "open to questions" opt-in. Skills are kept as typed, each
 * at most 80 characters; the same skill twice ("k8s", "Kubernetes") is listed once; at most 50 remain.
 * Returns the changes as written.
 */
export async function updateOwnExpertise(
  deps: OwnExpertiseDependencies,
  actor: Actor,
  changes: OwnExpertiseChanges,
): Promise<OwnExpertiseChanges> {
  const normalised: OwnExpertiseChanges = {
    ...(changes.skills === undefined ? {} : { skills: uniqueSkills(deps.vocabulary, changes.skills) }),
    ...(changes.languages === undefined
      ? {}
      : { languages: uniqueLanguages(deps.vocabulary, changes.languages) }),
    ...(typeof changes.openToQuestions === 'boolean' ? { openToQuestions: changes.openToQuestions } : {}),
  };
  if (Object.keys(normalised).length === 0) throw new NothingToUpdateError();
  await deps.writer.update(actor.userId, normalised);
  return normalised;
}

function uniqueSkills(vocabulary: SkillVocabulary, skills: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const typed of skills) {
    if (cleanText(typed) === '') continue;
    const skill = normaliseSkill(vocabulary, typed);
    if (!byKey.has(skill.key)) byKey.set(skill.key, skill.label);
  }
  if (byKey.size > MAX_OWN_SKILLS) throw new TooManySkillsError(byKey.size, MAX_OWN_SKILLS);
  return [...byKey.values()];
}

function uniqueLanguages(vocabulary: SkillVocabulary, languages: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const typed of languages) {
    const label = cleanText(typed);
    if (label === '') continue;
    if (label.length > MAX_LANGUAGE_LENGTH) throw new LanguageTooLongError(MAX_LANGUAGE_LENGTH);
    const key = vocabulary.resolveLanguage(label) ?? fold(label);
    if (!byKey.has(key)) byKey.set(key, label);
  }
  if (byKey.size > MAX_LANGUAGES) throw new TooManyLanguagesError(byKey.size, MAX_LANGUAGES);
  return [...byKey.values()];
}
