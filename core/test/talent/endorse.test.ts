import {
  FixedClock,
  SkillVocabulary,
  endorse,
  isTalentError,
  withdrawEndorsement,
  type EndorseRequest,
  type TalentErrorCode,
} from '../../src';
import { FakePeople, InMemoryEndorsements } from './fakes';

const vocabulary = new SkillVocabulary();
const ana = { userId: 'ana' };

function setUp() {
  const endorsements = new InMemoryEndorsements();
  const deps = {
    endorsements,
    people: new FakePeople(['ana', 'bram']),
    vocabulary,
    clock: new FixedClock('2026-11-26T09:00:00Z'),
  };
  return { endorsements, deps };
}

describe('endorse', () => {
  it('stores the endorsement with the canonical skill and the label as typed', async () => {
    const { deps, endorsements } = setUp();
    await endorse(deps, ana, { personId: 'bram', skill: '  k8s ' });
    expect(endorsements.stored()).toEqual([
      {
        endorserId: 'ana',
        personId: 'bram',
        skillId: 'kubernetes',
        skillLabel: 'k8s',
        skillKey: 'kubernetes',
        at: '2026-11-26T09:00:00.000Z',
      },
    ]);
  });

  it('keeps a skill the vocabulary does not know, keyed by its folded label', async () => {
    const { deps, endorsements } = setUp();
    await endorse(deps, ana, { personId: 'bram', skill: 'Carillon Bespelen' });
    expect(endorsements.stored()[0]).toEqual(
      expect.objectContaining({ skillLabel: 'Carillon Bespelen', skillKey: 'label:carillon bespelen' }),
    );
    expect(endorsements.stored()[0]).not.toHaveProperty('skillId');
  });

  it('counts aliases of one skill as the same skill: a second endorsement is a duplicate', async () => {
    const { deps } = setUp();
    await endorse(deps, ana, { personId: 'bram', skill: 'Kubernetes' });
    const error = await endorse(deps, ana, { personId: 'bram', skill: 'k8s' }).catch((e: unknown) => e);
    expect(isTalentError(error, 'talent.endorsement.duplicate')).toBe(true);
  });

  it.each<[string, EndorseRequest, TalentErrorCode]>([
    ['yourself', { personId: 'ana', skill: 'Kubernetes' }, 'talent.endorsement.self'],
    ['without a skill', { personId: 'bram', skill: '  ' }, 'talent.skill.required'],
    ['with a skill of 81 characters', { personId: 'bram', skill: 'x'.repeat(81) }, 'talent.skill.too-long'],
    ['someone who does not exist', { personId: 'ghost', skill: 'Kubernetes' }, 'talent.person.not-found'],
  ])('refuses to endorse %s, and stores nothing', async (_case, request, code) => {
    const { deps, endorsements } = setUp();
    const error = await endorse(deps, ana, request).catch((e: unknown) => e);
    expect(isTalentError(error, code)).toBe(true);
    expect(endorsements.stored()).toEqual([]);
  });

  it('accepts a skill of exactly 80 characters', async () => {
    const { deps, endorsements } = setUp();
    await endorse(deps, ana, { personId: 'bram', skill: 'x'.repeat(80) });
    expect(endorsements.stored()).toHaveLength(1);
  });
});

describe('withdrawEndorsement', () => {
  it('removes an endorsement named by any alias of the skill', async () => {
    const { deps, endorsements } = setUp();
    await endorse(deps, ana, { personId: 'bram', skill: 'Klantenservice' });
    await withdrawEndorsement(deps, ana, { personId: 'bram', skill: 'customer service' });
    expect(endorsements.stored()).toEqual([]);
  });

  it.each<[string, EndorseRequest, TalentErrorCode]>([
    ['one that was never given', { personId: 'bram', skill: 'Kubernetes' }, 'talent.endorsement.not-found'],
    ['one for yourself', { personId: 'ana', skill: 'Kubernetes' }, 'talent.endorsement.self'],
    ['one without a skill', { personId: 'bram', skill: '' }, 'talent.skill.required'],
  ])('refuses to withdraw %s', async (_case, request, code) => {
    const { deps } = setUp();
    const error = await withdrawEndorsement(deps, ana, request).catch((e: unknown) => e);
    expect(isTalentError(error, code)).toBe(true);
  });
});
