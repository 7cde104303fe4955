import {
  GENERAL_PROBLEMS,
  operationOf,
  problemsOf,
  PROBLEMS,
  replyViolation,
  searchQuery,
  statusOf,
  TALENT_OPERATIONS,
  TALENT_PROBLEMS,
  type TalentOperation,
} from '../../src/contract';

const anna = {
  id: '6f1c3c9e-8b1a-4c55-9d40-0b7f5a1e2d33',
  displayName: 'Anna de Vries',
  jobTitle: null,
  department: 'Zakelijke markt',
  officeLocation: null,
  userPrincipalName: 'anna.devries@contoso.nl',
  presence: { availability: 'Available', activity: 'Available' },
  matchedSkills: ['Glasvezel'],
  why: 'vaardigheden: Glasvezel',
  score: 0.9,
};

const problem = (code: keyof typeof PROBLEMS, status = statusOf(code)) => ({
  status,
  code,
  message: PROBLEMS[code]['en-US'],
});

describe('the Talentfinder HTTP contract', () => {
  it('gives every problem a status and a text in both languages', () => {
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      expect([code, entry.status >= 400 && entry.status < 600]).toEqual([code, true]);
      expect(entry['en-US']).not.toBe('');
      expect(entry['nl-NL']).not.toBe('');
      expect(entry['nl-NL']).not.toBe(entry['en-US']);
    }
  });

  it('refuses a self-endorsement as forbidden (403) and a duplicate as a conflict (409)', () => {
    expect(statusOf('talent.endorsement.self')).toBe(403);
    expect(statusOf('talent.endorsement.duplicate')).toBe(409);
    expect(statusOf('talent.person.not-found')).toBe(404);
  });

  it('keeps feature codes apart from the edge’s own', () => {
    const general = Object.keys(GENERAL_PROBLEMS);
    expect(Object.keys(TALENT_PROBLEMS).filter((code) => general.includes(code))).toEqual([]);
  });

  it('lets every operation answer the edge’s problems, and only its own feature problems', () => {
    for (const operation of Object.keys(TALENT_OPERATIONS) as TalentOperation[]) {
      expect(problemsOf(operation)).toEqual(expect.arrayContaining(['unauthenticated', 'invalidRequest']));
    }
    expect(problemsOf('search')).not.toContain('talent.endorsement.duplicate');
  });

  it.each([
    ['a search page', 'search', 200, { total: 1, results: [anna], suggestions: [] }],
    ['an endorsement', 'endorse', 201, { skill: 'glasvezel', label: 'Glasvezel', count: 3 }],
    ['a withdrawal without a body', 'withdrawEndorsement', 204, undefined],
    ['a duplicate endorsement', 'endorse', 409, problem('talent.endorsement.duplicate')],
    ['an expired token', 'myExpertise', 401, problem('unauthenticated')],
  ] as const)('allows %s', (_name, operation, status, body) => {
    expect(replyViolation(operation, status, body)).toBeUndefined();
  });

  it.each([
    ['a self-endorsement answered 409', 'endorse', 409, problem('talent.endorsement.self', 409)],
    ['a problem whose body and status disagree', 'endorse', 403, problem('talent.endorsement.self', 400)],
    ['a problem the operation does not have', 'search', 409, problem('talent.endorsement.duplicate')],
    [
      'a result without presence',
      'search',
      200,
      { total: 1, results: [{ ...anna, presence: null }], suggestions: [] },
    ],
    ['a field the contract does not have', 'endorse', 201, { skill: 's', label: 'S', count: 1, extra: 1 }],
    ['an error page instead of a problem', 'myExpertise', 503, '<html>Service Unavailable</html>'],
    ['a body on a 204', 'withdrawEndorsement', 204, {}],
  ] as const)('refuses %s', (_name, operation, status, body) => {
    expect(replyViolation(operation, status, body)).toEqual(expect.any(String));
  });

  it('refuses unknown query parameters rather than ignore them', () => {
    expect(searchQuery.safeParse({ q: 'glasvezel', top: '10' }).success).toBe(true);
    expect(searchQuery.safeParse({ q: 'glasvezel', team: 'x' }).success).toBe(false);
  });

  it.each([
    ['GET', '/api/talent/search', 'search'],
    ['get', '/api/talent/suggest', 'suggestSkills'],
    ['PATCH', '/api/talent/me', 'updateMyExpertise'],
    ['DELETE', '/api/talent/people/6f1c3c9e/endorsements', 'withdrawEndorsement'],
    ['PUT', '/api/talent/me', undefined],
    ['GET', '/api/talent/people/a/b/endorsements', undefined],
  ])('knows %s %s as %s', (method, path, operation) => {
    expect(operationOf(method, path)).toBe(operation);
  });
});
