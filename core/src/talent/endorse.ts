import type { Actor } from '../actor';
import { MAX_SKILL_LENGTH } from '../contract/limits';
import type { Clock } from '../clock';
import {
  DuplicateEndorsementError,
  EndorsementNotFoundError,
  PersonNotFoundError,
  SelfEndorsementError,
  SkillRequiredError,
  SkillTooLongError,
} from './errors';
import type { Endorsement, Endorsements, People } from './ports';
import type { SkillVocabulary } from './skill-vocabulary';
import { cleanText, fold } from './text/normalise';

export { MAX_SKILL_LENGTH } from '../contract/limits';

export interface EndorseRequest {
  /** The person endorsed. */
  readonly personId: string;
  /** The skill as typed: a known skill's name or alias, or a skill the vocabulary does not know. */
  readonly skill: string;
}

export interface EndorseDependencies {
  readonly endorsements: Endorsements;
  readonly people: People;
  readonly vocabulary: SkillVocabulary;
  readonly clock: Clock;
}

/** A skill as typed, with its canonical id when known and the key that makes an endorsement unique. */
export interface NormalisedSkill {
  readonly label: string;
  readonly skillId?: string;
  readonly key: string;
}

/**
 * The actor vouches for a colleague's skill: never for themselves, once per person and skill ("k8s" and
 * "Kubernetes" are the same skill). Returns what was stored.
 */
export async function endorse(
  deps: EndorseDependencies,
  actor: Actor,
  request: EndorseRequest,
): Promise<Endorsement> {
  if (request.personId === actor.userId) throw new SelfEndorsementError();
  const skill = normaliseSkill(deps.vocabulary, request.skill);
  if (!(await deps.people.exists(request.personId))) throw new PersonNotFoundError(request.personId);
  const endorsement: Endorsement = {
    endorserId: actor.userId,
    personId: request.personId,
    ...(skill.skillId === undefined ? {} : { skillId: skill.skillId }),
    skillLabel: skill.label,
    skillKey: skill.key,
    at: deps.clock.now(),
  };
  if ((await deps.endorsements.add(endorsement)) === 'duplicate')
    throw new DuplicateEndorsementError(skill.label);
  return endorsement;
}

export interface WithdrawEndorsementDependencies {
  readonly endorsements: Endorsements;
  readonly vocabulary: SkillVocabulary;
}

/** The actor takes back their endorsement of a colleague's skill, named as it was or by any alias. */
export async function withdrawEndorsement(
  deps: WithdrawEndorsementDependencies,
  actor: Actor,
  request: EndorseRequest,
): Promise<void> {
  if (request.personId === actor.userId) throw new SelfEndorsementError();
  const skill = normaliseSkill(deps.vocabulary, request.skill);
  const outcome = await deps.endorsements.remove(actor.userId, request.personId, skill.key);
  if (outcome === 'not-found') throw new EndorsementNotFoundError(skill.label);
}

/** Cleans a typed skill (control characters, spaces), checks its length and reads it as a canonical skill. */
export function normaliseSkill(vocabulary: SkillVocabulary, typed: string): NormalisedSkill {
  const label = cleanText(typeof typed === 'string' ? typed : '');
  if (label === '') throw new SkillRequiredError();
  if (label.length > MAX_SKILL_LENGTH) throw new SkillTooLongError(MAX_SKILL_LENGTH);
  const skillId = vocabulary.resolveName(label)?.skillId;
  return skillId === undefined ? { label, key: `label:${fold(label)}` } : { label, skillId, key: skillId };
}
