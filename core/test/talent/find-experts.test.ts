import {
  FixedClock,
  OwnWordsExpertiseIndex,
  findExperts,
  isTalentError,
  type FindExpertsRequest,
  type TalentErrorCode,
} from '../../src';
import { aPerson } from './builders';
import { FakePresenceSource } from './fakes';

const me = { userId: 'me' };

// Ten fiber people, strongest first (more endorsements), and the searcher, who knows fiber too.
function fiberTeam(): OwnWordsExpertiseIndex {
  const profiles = Array.from({ length: 10 }, (_, i) =>
    aPerson(`p${i}`)
      .withSkills('Glasvezel')
      .endorsedFor('fiber', 20 - i)
      .inDepartment(i % 2 === 0 ? 'Aanleg' : 'Netwerk')
      .build(),
  );
  profiles.push(aPerson('me').withSkills('Glasvezel').endorsedFor('fiber', 99).build());
  return OwnWordsExpertiseIndex.build(profiles, { clock: new FixedClock('2026-11-26T09:00:00Z') });
}

const presence = {
  p0: 'Busy',
  p1: 'Available',
  p2: 'AvailableIdle',
  p3: 'BusyIdle',
  p4: 'Available',
  p5: 'Away',
  p6: 'Offline',
  p7: 'Available',
  p8: 'DoNotDisturb',
  me: 'Available',
} as const;

async function find(request: FindExpertsRequest, source = new FakePresenceSource(presence)) {
  const result = await findExperts({ index: fiberTeam(), presence: source }, me, request);
  return { result, source, ids: result.results.map((r) => r.userId) };
}

describe('findExperts without the availability filter', () => {
  it('searches a page, then asks presence for exactly that page in one call', async () => {
    const { result, source, ids } = await find({ text: 'glasvezel', top: 3 });
    expect(ids).toEqual(['p0', 'p1', 'p2']);
    expect(result.total).toBe(10);
    expect(source.calls).toEqual([['p0', 'p1', 'p2']]);
    expect(result.results[1]?.presence).toEqual({ availability: 'Available', activity: 'Available' });
  });

  it('leaves the searcher out of the results', async () => {
    const { ids } = await find({ text: 'glasvezel', top: 50 });
    expect(ids).not.toContain('me');
  });

  it('reports unknown presence for people Graph does not know', async () => {
    const { result } = await find({ text: 'glasvezel', top: 10, skip: 9 });
    expect(result.results.map((r) => [r.userId, r.presence.availability])).toEqual([
      ['p9', 'PresenceUnknown'],
    ]);
  });

  it('makes no presence call when nothing matches', async () => {
    const { result, source } = await find({ text: 'kubernetes' });
    expect(result).toEqual(expect.objectContaining({ total: 0, results: [] }));
    expect(source.calls).toEqual([]);
  });

  it('pages past the end to an empty page with the right total, without a presence call', async () => {
    const { result, source } = await find({ text: 'glasvezel', top: 5, skip: 40 });
    expect(result).toEqual(expect.objectContaining({ total: 10, results: [] }));
    expect(source.calls).toEqual([]);
  });

  it('applies department filters', async () => {
    const { ids, result } = await find({ text: 'glasvezel', department: 'aanleg' });
    expect(ids).toEqual(['p0', 'p2', 'p4', 'p6', 'p8']);
    expect(result.total).toBe(5);
  });
});

describe('findExperts available now', () => {
  it('looks up presence for the best candidates in one call, keeps Available and AvailableIdle, then pages', async () => {
    const { result, source, ids } = await find({ text: 'glasvezel', availableNow: true, top: 2 });
    expect(source.calls).toHaveLength(1);
    expect(source.calls[0]).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(ids).toEqual(['p1', 'p2']);
    expect(result.total).toBe(4);
  });

  it.each([
    [0, ['p1', 'p2']],
    [2, ['p4', 'p7']],
    [4, []],
  ])('pages through the available people (skip %i)', async (skip, expected) => {
    const { ids, result, source } = await find({ text: 'glasvezel', availableNow: true, top: 2, skip });
    expect(ids).toEqual(expected);
    expect(result.total).toBe(4);
    expect(source.calls).toHaveLength(1);
  });

  it('explains the available people like any hit', async () => {
    const { result } = await find({ text: 'glasvezel', availableNow: true, top: 1, locale: 'en-US' });
    expect(result.results[0]).toEqual(
      expect.objectContaining({
        userId: 'p1',
        matchedSkills: ['Glasvezel', 'Fiber optics'],
        presence: { availability: 'Available', activity: 'Available' },
      }),
    );
  });

  it('asks presence for at most 650 people, the best ones', async () => {
    const profiles = Array.from({ length: 700 }, (_, i) =>
      aPerson(`u${i}`)
        .withSkills('Python')
        .endorsedFor('python', 700 - i)
        .build(),
    );
    const index = OwnWordsExpertiseIndex.build(profiles, { clock: new FixedClock('2026-11-26T09:00:00Z') });
    const source = new FakePresenceSource({ u0: 'Available', u699: 'Available' });
    const result = await findExperts({ index, presence: source }, me, { text: 'python', availableNow: true });
    expect(source.calls).toHaveLength(1);
    expect(source.calls[0]).toHaveLength(650);
    expect(source.calls[0]?.[649]).toBe('u649');
    expect(result.results.map((r) => r.userId)).toEqual(['u0']);
  });
});

describe('findExperts validation', () => {
  it.each<[string, FindExpertsRequest, TalentErrorCode]>([
    ['empty text', { text: '' }, 'talent.query.empty'],
    ['only spaces and control characters', { text: ' \u0000\t\u200b ' }, 'talent.query.empty'],
    ['text over 200 characters', { text: 'glasvezel '.repeat(21) }, 'talent.query.too-long'],
    ['a page of 0', { text: 'glasvezel', top: 0 }, 'talent.query.invalid-paging'],
    ['a page of 51', { text: 'glasvezel', top: 51 }, 'talent.query.invalid-paging'],
    ['a fractional page', { text: 'glasvezel', top: 2.5 }, 'talent.query.invalid-paging'],
    ['a negative skip', { text: 'glasvezel', skip: -1 }, 'talent.query.invalid-paging'],
    ['a huge department', { text: 'glasvezel', department: 'x'.repeat(101) }, 'talent.query.invalid-filter'],
  ])('rejects %s', async (_case, request, code) => {
    const source = new FakePresenceSource(presence);
    const error = await findExperts({ index: fiberTeam(), presence: source }, me, request).catch(
      (e: unknown) => e,
    );
    expect(isTalentError(error, code)).toBe(true);
    expect(source.calls).toEqual([]);
  });

  it('cleans control characters out of the text before searching', async () => {
    const { result } = await find({ text: '\u202eglasvezel\u0007', top: 1 });
    expect(result.total).toBe(10);
    expect(result.interpretation.skills.map((skill) => skill.skillId)).toEqual(['fiber']);
  });

  it('treats script-laden text as words', async () => {
    const { result } = await find({ text: '<script>alert("glasvezel")</script>', top: 1 });
    expect(result.total).toBe(10);
  });
});
