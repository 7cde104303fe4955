import {
  castVote,
  decide,
  isChallengeError,
  mergeIdeas,
  movePhase,
  votesLeft,
  withdrawVote,
  type Actor,
  type Challenge,
  type ChallengeErrorCode,
  type Decision,
  type IdeaStatus,
  type Phase,
  type Stewardship,
} from '../../src';
import { aChallenge, anIdea, InMemoryVotes, NOW } from './fakes';

const owner = { userId: 'owner' };
const stranger = { userId: 'stranger' };
const stewards: Stewardship = { isSteward: async (actor: Actor) => actor.userId === 'owner' };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('phases', () => {
  it.each<[Phase, Phase, Actor, 'moved' | ChallengeErrorCode]>([
    ['draft', 'ideation', owner, 'moved'],
    ['ideation', 'voting', owner, 'moved'],
    ['voting', 'review', owner, 'moved'],
    ['review', 'decided', owner, 'moved'],
    ['decided', 'closed', owner, 'moved'],
    ['draft', 'voting', owner, 'challenge.phase.move'],
    ['voting', 'ideation', owner, 'challenge.phase.move'],
    ['closed', 'draft', owner, 'challenge.phase.move'],
    ['draft', 'ideation', stranger, 'challenge.not-steward'],
    ['review', 'decided', stranger, 'challenge.not-steward'],
  ])('%s → %s by %p: %s', async (from, to, actor, expected) => {
    const outcome = await movePhase(stewards, actor, aChallenge({ phase: from }), to, NOW).then(
      (moved) => moved,
      (error: unknown) => error,
    );
    if (expected === 'moved') expect(outcome).toMatchObject({ phase: to });
    else expect(isChallengeError(outcome, expected)).toBe(true);
  });

  it.each<[string, Partial<Challenge>, string[]]>([
    ['without an owning team', { ownerGroupId: '' }, ['ownerGroupId']],
    ['without a sponsor', { sponsorId: ' ' }, ['sponsorId']],
    ['without a question', { question: '' }, ['question']],
    [
      'without end dates',
      { ideationEndsAt: undefined, votingEndsAt: undefined },
      ['ideationEndsAt', 'votingEndsAt'],
    ],
    [
      'with ideation ending in the past',
      { ideationEndsAt: new Date('2026-12-01T00:00:00Z') },
      ['ideationEndsAt'],
    ],
    [
      'with voting ending before ideation',
      { votingEndsAt: new Date('2026-12-08T00:00:00Z') },
      ['votingEndsAt'],
    ],
    [
      'with nothing',
      { ownerGroupId: '', sponsorId: '', question: '', ideationEndsAt: undefined },
      ['ownerGroupId', 'sponsorId', 'question', 'ideationEndsAt', 'votingEndsAt'],
    ],
  ])('does not open %s, naming what is missing', async (_, change, missing) => {
    const error = await failure(movePhase(stewards, owner, aChallenge(change), 'ideation', NOW));
    expect(isChallengeError(error, 'challenge.incomplete')).toBe(true);
    expect(error).toMatchObject({ missing });
  });
});

describe('votes within a budget', () => {
  const voting = aChallenge({ phase: 'voting', voteBudget: 3 });
  const ideas = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => anIdea(id));

  it('never lets 2,000 people with a budget of 3 cast more than 3 each, though each casts 6 at once', async () => {
    const votes = new InMemoryVotes();
    const people = Array.from({ length: 2000 }, (_, i) => ({ userId: `p${i}` }));
    const outcomes = await Promise.all(
      people.flatMap((person) => ideas.map((idea) => failure(castVote(votes, person, voting, idea)))),
    );
    expect(outcomes.filter((e) => e === undefined)).toHaveLength(6000);
    expect(outcomes.filter((e) => isChallengeError(e, 'challenge.vote.budget-spent'))).toHaveLength(6000);
    for (const person of people.slice(0, 50)) expect(votes.of(person.userId)).toHaveLength(3);
    expect(votes.rows.size).toBe(6000);
  });

  it('refuses a second vote for the same idea, frees a slot when a vote is withdrawn, and counts what is left', async () => {
    const votes = new InMemoryVotes();
    const ana = { userId: 'ana' };
    await castVote(votes, ana, voting, ideas[0]!);
    expect(
      isChallengeError(await failure(castVote(votes, ana, voting, ideas[0]!)), 'challenge.vote.already'),
    ).toBe(true);
    await castVote(votes, ana, voting, ideas[1]!);
    await castVote(votes, ana, voting, ideas[2]!);
    expect(votesLeft(voting, votes.of('ana').length)).toBe(0);
    await withdrawVote(votes, ana, voting, 'b');
    expect(votesLeft(voting, votes.of('ana').length)).toBe(1);
    await castVote(votes, ana, voting, ideas[3]!);
    expect(
      isChallengeError(await failure(withdrawVote(votes, ana, voting, 'e')), 'challenge.vote.not-found'),
    ).toBe(true);
  });

  it('without a budget: one vote per idea, as many ideas as one likes', async () => {
    const votes = new InMemoryVotes();
    const open = aChallenge({ phase: 'voting', voteBudget: 0 });
    for (const idea of ideas) await castVote(votes, { userId: 'ana' }, open, idea);
    expect(votes.of('ana')).toHaveLength(6);
    expect(votesLeft(open, 6)).toBeUndefined();
    expect(
      isChallengeError(
        await failure(castVote(votes, { userId: 'ana' }, open, ideas[0]!)),
        'challenge.vote.already',
      ),
    ).toBe(true);
  });

  it.each<[string, Challenge, IdeaStatus, ChallengeErrorCode]>([
    ['during ideation', aChallenge({ phase: 'ideation' }), 'submitted', 'challenge.phase.closed-for'],
    ['during review', aChallenge({ phase: 'review' }), 'submitted', 'challenge.phase.closed-for'],
    ['for a merged idea', voting, 'merged', 'challenge.idea.not-open'],
    ['for a declined idea', voting, 'declined', 'challenge.idea.not-open'],
  ])('refuses a vote %s', async (_, challenge, status, code) => {
    const votes = new InMemoryVotes();
    expect(
      isChallengeError(
        await failure(castVote(votes, { userId: 'ana' }, challenge, anIdea('a', { status }))),
        code,
      ),
    ).toBe(true);
    expect(votes.rows.size).toBe(0);
  });
});

describe('decisions', () => {
  const review = aChallenge({ phase: 'review' });
  const decided = aChallenge({ phase: 'decided' });

  it.each<[Challenge, IdeaStatus, Decision, unknown, unknown, IdeaStatus | ChallengeErrorCode]>([
    [review, 'submitted', 'shortlisted', 'Sterk idee', undefined, 'shortlisted'],
    [review, 'shortlisted', 'accepted', 'We gaan het doen', undefined, 'accepted'],
    [review, 'submitted', 'declined', 'Past niet in het budget', undefined, 'declined'],
    [review, 'submitted', 'declined', '  ', undefined, 'challenge.decision.feedback-required'],
    [review, 'submitted', 'accepted', undefined, undefined, 'challenge.decision.feedback-required'],
    [review, 'declined', 'accepted', 'Toch wel', undefined, 'challenge.decision.move'],
    [review, 'merged', 'declined', 'Dubbel', undefined, 'challenge.decision.move'],
    [review, 'accepted', 'implemented', 'Klaar', 'Live in Zwolle', 'challenge.phase.closed-for'],
    [decided, 'accepted', 'implemented', 'Klaar', 'Sinds maart in heel Zwolle', 'implemented'],
    [decided, 'accepted', 'implemented', 'Klaar', '', 'challenge.decision.story-required'],
    [decided, 'shortlisted', 'implemented', 'Klaar', 'Verhaal', 'challenge.decision.move'],
    [decided, 'submitted', 'accepted', 'Te laat', undefined, 'challenge.phase.closed-for'],
  ])('in %#: %s → %s', (challenge, from, to, feedback, story, expected) => {
    const idea = anIdea('a', { status: from });
    const outcome =
      thrown(() => decide(challenge, idea, to, feedback, story)) ??
      decide(challenge, idea, to, feedback, story);
    if (isChallengeError(outcome)) expect(outcome.code).toBe(expected);
    else
      expect(outcome).toMatchObject({
        status: expected,
        feedback: typeof feedback === 'string' ? feedback.trim() : undefined,
      });
  });
});

describe('merges', () => {
  const review = aChallenge({ phase: 'review' });

  it('carries votes over without counting anyone twice, and makes the authors co-authors', () => {
    const duplicate = anIdea('a', { authorIds: ['ana', 'bram'] });
    const into = anIdea('b', { authorIds: ['cas'] });
    const votesOnDuplicate = [
      { challengeId: 'c1', ideaId: 'a', voterId: 'x', slot: 1 },
      { challengeId: 'c1', ideaId: 'a', voterId: 'y', slot: 2 },
    ];
    const merged = mergeIdeas(review, duplicate, into, votesOnDuplicate, new Set(['y', 'z']));
    expect(merged.duplicate).toMatchObject({ status: 'merged', mergedInto: 'b' });
    expect(merged.into.authorIds).toEqual(['cas', 'ana', 'bram']);
    expect(merged.votes.moved).toEqual([{ challengeId: 'c1', ideaId: 'b', voterId: 'x', slot: 1 }]);
    expect(merged.votes.withdrawn).toEqual([votesOnDuplicate[1]]);
    // The target's count: its own voters plus the moved ones, each voter once.
    const voters = new Set(['y', 'z', ...merged.votes.moved.map((v) => v.voterId)]);
    expect(voters.size).toBe(3);
  });

  it.each<[string, () => unknown, ChallengeErrorCode]>([
    [
      'an idea into itself',
      () => mergeIdeas(review, anIdea('a'), anIdea('a'), [], new Set()),
      'challenge.merge.invalid',
    ],
    [
      'across challenges',
      () => mergeIdeas(review, anIdea('a'), anIdea('b', { challengeId: 'c2' }), [], new Set()),
      'challenge.merge.invalid',
    ],
    [
      'a decided idea',
      () => mergeIdeas(review, anIdea('a', { status: 'declined' }), anIdea('b'), [], new Set()),
      'challenge.merge.invalid',
    ],
    [
      'after the decisions',
      () => mergeIdeas(aChallenge({ phase: 'decided' }), anIdea('a'), anIdea('b'), [], new Set()),
      'challenge.phase.closed-for',
    ],
  ])('refuses to merge %s', (_, attempt, code) => {
    expect(isChallengeError(thrown(attempt), code)).toBe(true);
  });
});
