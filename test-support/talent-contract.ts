// The Talentfinder's HTTP contract as behaviour: one case table, run against every implementation of ui's
// TalentService port (style.md 9) — the ui's test fake (ui/test/talentfinder/talent-contract.test.ts) and the
// real service in process on the dev tenant, reached through HttpTalentService
// (bot/test/talent-contract.test.ts). Written against the port, because that is what the app sees: a case that
// passes on both means the app cannot tell the fake from the service, down to statuses, codes and texts.
import { PROBLEMS, statusOf, type ProblemCode } from '@samen/core/contract';
import type { Locale } from '@samen/core/contract';
import type { TalentQuery, TalentService } from '../ui/src/talentfinder/talent-service';
import { isTalentServiceError } from '../ui/src/talentfinder/talent-service-error';

/** What a case table needs from an implementation: a signed-in caller, and facts about its directory. */
export interface TalentContractSubject {
  /** The service as the signed-in caller sees it. */
  readonly service: TalentService;
  /** The same service for a caller whose token it refuses. */
  readonly signedOut: TalentService;
  /** The caller's own person id. */
  readonly me: string;
  /** A colleague of the caller (not the caller). */
  readonly colleague: string;
  /** A well-formed person id that is nobody. */
  readonly nobody: string;
  /** A search that finds at least two people. */
  readonly query: string;
  /** A word nobody wrote, one swap from a word colleagues did write, and that word. */
  readonly mistyped: string;
  readonly meant: string;
  /** A prefix of a known skill, and that skill's label. */
  readonly prefix: string;
  readonly suggested: string;
}

let unique = 0;
/** A skill no one has been endorsed for yet in this run, so cases do not depend on each other's leftovers. */
function freshSkill(): string {
  unique += 1;
  return `Contractvaardigheid ${Date.now().toString(36)} ${unique}`;
}

const en = { locale: 'en-US' } as const;
const nl = { locale: 'nl-NL' } as const;

function searchOf(q: string, change: Partial<TalentQuery> = {}): TalentQuery {
  return { q, available: false, top: 10, skip: 0, ...change };
}

/** The call fails with the contract's problem: its code, its one status and its text in the caller's language. */
async function expectProblem(call: Promise<unknown>, code: ProblemCode, locale: Locale): Promise<void> {
  const error = await call.then(
    (value: unknown) => new Error(`expected ${code}, got a success: ${JSON.stringify(value)}`),
    (rejection: unknown) => rejection,
  );
  if (!isTalentServiceError(error)) throw error;
  expect({ status: error.status, code: error.code, userMessage: error.userMessage }).toEqual({
    status: statusOf(code),
    code,
    userMessage: PROBLEMS[code][locale],
  });
}

/** Defines the contract's cases as Jest tests; `subject` is called once the implementation has started. */
export function describeTalentContract(name: string, subject: () => TalentContractSubject): void {
  describe(`the Talentfinder HTTP contract: ${name}`, () => {
    describeSearch(subject);
    describeSuggestAndMe(subject);
    describeEndorsements(subject);
    describeCaller(subject);
  });
}

function describeSearch(subject: () => TalentContractSubject): void {
  it('search: a page of people with presence, and the total beyond the page', async () => {
    const { service, query } = subject();
    const page = await service.search(searchOf(query, { top: 1 }), en);
    expect(page.results).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.results[0]).toMatchObject({ id: expect.any(String), presence: expect.any(Object) });
    expect(page.results[0]!.matchedSkills.length).toBeGreaterThan(0);
  });

  it('search: a mistyped word is searched as the word colleagues wrote, and the page says what was searched', async () => {
    const { service, mistyped, meant, query } = subject();
    const page = await service.search(searchOf(mistyped), en);
    expect(page.correctedQuery).toBe(meant);
    expect(page.results.length).toBeGreaterThan(0);
    expect((await service.search(searchOf(query), en)).correctedQuery).toBeUndefined();
  });

  it('search: paging past the end is an empty page with the same total', async () => {
    const { service, query } = subject();
    const first = await service.search(searchOf(query), en);
    const past = await service.search(searchOf(query, { skip: first.total + 5 }), en);
    expect(past).toMatchObject({ total: first.total, results: [] });
  });

  it.each([
    ['an empty query', searchOf('   '), 'talent.query.empty'],
    ['a query too long to be a search', searchOf('fiber '.repeat(50)), 'talent.query.too-long'],
    ['a query too long to be read at all', searchOf('x'.repeat(5000)), 'invalidRequest'],
    ['a page size of 0', searchOf('fiber', { top: 0 }), 'talent.query.invalid-paging'],
    ['a page size over 50', searchOf('fiber', { top: 51 }), 'talent.query.invalid-paging'],
    ['a fractional page size', searchOf('fiber', { top: 1.5 }), 'talent.query.invalid-paging'],
    ['a negative skip', searchOf('fiber', { skip: -1 }), 'talent.query.invalid-paging'],
    ['a filter too long', searchOf('fiber', { department: 'x'.repeat(101) }), 'talent.query.invalid-filter'],
  ] as const)('search: refuses %s, in Dutch too', async (_name, query, code) => {
    const { service } = subject();
    await expectProblem(service.search(query, en), code, 'en-US');
    await expectProblem(service.search(query, nl), code, 'nl-NL');
  });
}

function describeSuggestAndMe(subject: () => TalentContractSubject): void {
  it('suggest: known skills for a prefix', async () => {
    const { service, prefix, suggested } = subject();
    const suggestions = await service.suggestSkills(prefix, en);
    expect(suggestions.map((s) => s.label)).toContain(suggested);
    expect(suggestions.length).toBeLessThanOrEqual(8);
  });

  it('suggest: refuses a prefix too long to be one', async () => {
    await expectProblem(subject().service.suggestSkills('k'.repeat(201), nl), 'invalidRequest', 'nl-NL');
  });

  it('me: the caller’s own expertise', async () => {
    const { service, me } = subject();
    const mine = await service.myExpertise(en);
    expect(mine).toMatchObject({ id: me, openToQuestions: expect.any(Boolean) });
  });

  it.each([
    ['nothing', {}, 'talent.profile.nothing-to-update'],
    [
      'more than 50 skills',
      { skills: Array.from({ length: 51 }, (_, i) => `Skill ${i}`) },
      'talent.profile.too-many-skills',
    ],
    ['a language too long', { languages: ['x'.repeat(41)] }, 'talent.profile.language-too-long'],
  ] as const)('me: refuses to save %s', async (_name, change, code) => {
    await expectProblem(subject().service.updateMyExpertise(change, nl), code, 'nl-NL');
  });
}

function describeEndorsements(subject: () => TalentContractSubject): void {
  it('endorse: 201 with the count, then a duplicate is refused (409)', async () => {
    const { service, colleague } = subject();
    const skill = freshSkill();
    const endorsed = await service.endorse(colleague, skill, en);
    expect(endorsed).toMatchObject({ label: skill, count: 1 });
    await expectProblem(service.endorse(colleague, skill, nl), 'talent.endorsement.duplicate', 'nl-NL');
  });

  it('endorse: never yourself (403)', async () => {
    const { service, me } = subject();
    await expectProblem(service.endorse(me, freshSkill(), en), 'talent.endorsement.self', 'en-US');
    await expectProblem(
      service.withdrawEndorsement(me, freshSkill(), nl),
      'talent.endorsement.self',
      'nl-NL',
    );
  });

  it.each([
    ['no skill', '  ', 'talent.skill.required'],
    ['a skill name too long', 'x'.repeat(81), 'talent.skill.too-long'],
  ] as const)('endorse: refuses %s', async (_name, skill, code) => {
    await expectProblem(subject().service.endorse(subject().colleague, skill, en), code, 'en-US');
  });

  it('endorse: someone who does not exist is talent.person.not-found (404)', async () => {
    const { service, nobody } = subject();
    await expectProblem(service.endorse(nobody, freshSkill(), nl), 'talent.person.not-found', 'nl-NL');
  });

  it('withdraw: takes an endorsement back, once', async () => {
    const { service, colleague } = subject();
    const skill = freshSkill();
    await service.endorse(colleague, skill, en);
    await expect(service.withdrawEndorsement(colleague, skill, en)).resolves.toBeUndefined();
    await expectProblem(
      service.withdrawEndorsement(colleague, skill, en),
      'talent.endorsement.not-found',
      'en-US',
    );
  });
}

function describeCaller(subject: () => TalentContractSubject): void {
  it.each([
    ['search', (s: TalentService) => s.search(searchOf('fiber'), nl)],
    ['me', (s: TalentService) => s.myExpertise(nl)],
    ['endorse', (s: TalentService) => s.endorse(subject().colleague, 'Glasvezel', nl)],
  ])('%s: a caller whose token is refused is asked to sign in again (401)', async (_name, call) => {
    await expectProblem(call(subject().signedOut), 'unauthenticated', 'nl-NL');
  });
}
