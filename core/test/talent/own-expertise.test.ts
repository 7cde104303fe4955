import {
  SkillVocabulary,
  isTalentError,
  updateOwnExpertise,
  type OwnExpertiseChanges,
  type TalentErrorCode,
} from '../../src';
import { RecordingProfileWriter } from './fakes';

const vocabulary = new SkillVocabulary();
const ana = { userId: 'ana' };

function setUp() {
  const writer = new RecordingProfileWriter();
  return { writer, deps: { writer, vocabulary } };
}

describe('updateOwnExpertise', () => {
  it("writes the actor's own skills, languages and opt-in, cleaned and without repeats", async () => {
    const { deps, writer } = setUp();
    const written = await updateOwnExpertise(deps, ana, {
      skills: [' Kubernetes ', 'k8s', 'Glasvezel', '', 'Carillon bespelen', 'carillon  BESPELEN'],
      languages: ['nl', 'Nederlands', 'Engels'],
      openToQuestions: true,
    });
    const expected = {
      skills: ['Kubernetes', 'Glasvezel', 'Carillon bespelen'],
      languages: ['nl', 'Engels'],
      openToQuestions: true,
    };
    expect(written).toEqual(expected);
    expect(writer.updates).toEqual([{ userId: 'ana', changes: expected }]);
  });

  it('changes only what it is given', async () => {
    const { deps, writer } = setUp();
    await updateOwnExpertise(deps, ana, { openToQuestions: false });
    expect(writer.updates).toEqual([{ userId: 'ana', changes: { openToQuestions: false } }]);
  });

  it('accepts exactly 50 different skills, and an empty list to clear them', async () => {
    const { deps } = setUp();
    const fifty = Array.from({ length: 50 }, (_, i) => `Skill ${i}`);
    await expect(updateOwnExpertise(deps, ana, { skills: fifty })).resolves.toEqual({ skills: fifty });
    await expect(updateOwnExpertise(deps, ana, { skills: [] })).resolves.toEqual({ skills: [] });
  });

  it.each<[string, OwnExpertiseChanges, TalentErrorCode]>([
    [
      '51 different skills',
      { skills: Array.from({ length: 51 }, (_, i) => `Skill ${i}`) },
      'talent.profile.too-many-skills',
    ],
    ['a skill of 81 characters', { skills: ['x'.repeat(81)] }, 'talent.skill.too-long'],
    [
      '21 languages',
      { languages: Array.from({ length: 21 }, (_, i) => `Taal ${i}`) },
      'talent.profile.too-many-languages',
    ],
    ['a language of 41 characters', { languages: ['x'.repeat(41)] }, 'talent.profile.language-too-long'],
    ['nothing to change', {}, 'talent.profile.nothing-to-update'],
  ])('refuses %s and writes nothing', async (_case, changes, code) => {
    const { deps, writer } = setUp();
    const error = await updateOwnExpertise(deps, ana, changes).catch((e: unknown) => e);
    expect(isTalentError(error, code)).toBe(true);
    expect(writer.updates).toEqual([]);
  });
});
