import { FilterExpr, Literal, ODataErrorKind, parseFilter } from '../../src/odata';
import { errorOf } from './helpers';

const str = (value: string) => ({ type: 'string', value }) as const;
const num = (value: number) => ({ type: 'number', value }) as const;
const eq = (path: string, value: Literal): FilterExpr => ({
  kind: 'comparison',
  operator: 'eq',
  path: path.split('/'),
  value,
});

describe('parseFilter: valid input', () => {
  const cases: Array<[string, FilterExpr]> = [
    ["displayName eq 'Adele'", eq('displayName', str('Adele'))],
    [
      "fields/Title ne 'x'",
      { kind: 'comparison', operator: 'ne', path: ['fields', 'Title'], value: str('x') },
    ],
    ['fields/Score lt 5', { kind: 'comparison', operator: 'lt', path: ['fields', 'Score'], value: num(5) }],
    [
      'fields/Score gt -2.5',
      { kind: 'comparison', operator: 'gt', path: ['fields', 'Score'], value: num(-2.5) },
    ],
    [
      'fields/Score le 1e3',
      { kind: 'comparison', operator: 'le', path: ['fields', 'Score'], value: num(1000) },
    ],
    ['fields/Score ge 0', { kind: 'comparison', operator: 'ge', path: ['fields', 'Score'], value: num(0) }],
    ["displayName eq 'O''Neil'", eq('displayName', str("O'Neil"))],
    ["displayName eq ''", eq('displayName', str(''))],
    ["displayName eq 'a and b or c'", eq('displayName', str('a and b or c'))],
    ['accountEnabled eq true', eq('accountEnabled', { type: 'boolean', value: true })],
    ['accountEnabled eq false', eq('accountEnabled', { type: 'boolean', value: false })],
    ['jobTitle eq null', eq('jobTitle', { type: 'null' })],
    [
      'createdDateTime ge 2024-01-01T10:00:00Z',
      {
        kind: 'comparison',
        operator: 'ge',
        path: ['createdDateTime'],
        value: { type: 'datetime', value: '2024-01-01T10:00:00Z' },
      },
    ],
    [
      'createdDateTime lt 2024-02-29T23:59:59.1234567+02:00',
      {
        kind: 'comparison',
        operator: 'lt',
        path: ['createdDateTime'],
        value: { type: 'datetime', value: '2024-02-29T23:59:59.1234567+02:00' },
      },
    ],
    [
      'id eq 4562BCC8-B593-4A84-8A9F-1EE4C3A2B3C9',
      eq('id', { type: 'guid', value: '4562bcc8-b593-4a84-8a9f-1ee4c3a2b3c9' }),
    ],
    [
      'id eq abcdef12-0000-4000-8000-000000000000',
      eq('id', { type: 'guid', value: 'abcdef12-0000-4000-8000-000000000000' }),
    ],
    ["  displayName   eq\t'x'  ", eq('displayName', str('x'))],
    [
      "startswith(displayName,'Ad')",
      { kind: 'function', name: 'startswith', path: ['displayName'], value: 'Ad' },
    ],
    [
      "startsWith(displayName, 'Ad')",
      { kind: 'function', name: 'startswith', path: ['displayName'], value: 'Ad' },
    ],
    [
      "endswith(mail,'@contoso.com') eq true",
      { kind: 'function', name: 'endswith', path: ['mail'], value: '@contoso.com' },
    ],
    [
      "contains(fields/Title, 'x') eq false",
      { kind: 'not', operand: { kind: 'function', name: 'contains', path: ['fields', 'Title'], value: 'x' } },
    ],
    [
      "contains(fields/Title, 'x') ne true",
      { kind: 'not', operand: { kind: 'function', name: 'contains', path: ['fields', 'Title'], value: 'x' } },
    ],
    [
      "contains(fields/Title, 'x') ne false",
      { kind: 'function', name: 'contains', path: ['fields', 'Title'], value: 'x' },
    ],
    [
      "department in ('Sales', 'HR')",
      { kind: 'in', path: ['department'], values: [str('Sales'), str('HR')] },
    ],
    ['fields/Score in (1,2)', { kind: 'in', path: ['fields', 'Score'], values: [num(1), num(2)] }],
    ["not(displayName eq 'x')", { kind: 'not', operand: eq('displayName', str('x')) }],
    [
      "not startswith(displayName,'x')",
      { kind: 'not', operand: { kind: 'function', name: 'startswith', path: ['displayName'], value: 'x' } },
    ],
    ["not not (a eq 'x')", { kind: 'not', operand: { kind: 'not', operand: eq('a', str('x')) } }],
    [
      "not not startswith(a,'x')",
      {
        kind: 'not',
        operand: { kind: 'not', operand: { kind: 'function', name: 'startswith', path: ['a'], value: 'x' } },
      },
    ],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe('parseFilter: precedence', () => {
  it('and binds tighter than or', () => {
    expect(parseFilter("a eq 'a' or b eq 'b' and c eq 'c'")).toEqual({
      kind: 'or',
      left: eq('a', str('a')),
      right: { kind: 'and', left: eq('b', str('b')), right: eq('c', str('c')) },
    });
  });

  it('parentheses override precedence', () => {
    expect(parseFilter("(a eq 'a' or b eq 'b') and c eq 'c'")).toEqual({
      kind: 'and',
      left: { kind: 'or', left: eq('a', str('a')), right: eq('b', str('b')) },
      right: eq('c', str('c')),
    });
  });

  it('and / or are left-associative', () => {
    expect(parseFilter("a eq 'a' or b eq 'b' or c eq 'c'")).toEqual({
      kind: 'or',
      left: { kind: 'or', left: eq('a', str('a')), right: eq('b', str('b')) },
      right: eq('c', str('c')),
    });
  });

  it('not binds tighter than and', () => {
    expect(parseFilter("not(a eq 'a') and b eq 'b'")).toEqual({
      kind: 'and',
      left: { kind: 'not', operand: eq('a', str('a')) },
      right: eq('b', str('b')),
    });
  });
});

describe('parseFilter: errors', () => {
  const cases: Array<[string, ODataErrorKind, RegExp]> = [
    [
      "displayName eq 'x')",
      'syntax',
      /^Invalid filter clause: Syntax error: character '\)' is not valid at position 18 in 'displayName eq 'x'\)'\. Expected 'and', 'or' or the end of the clause\.$/,
    ],
    ['', 'syntax', /ends too early at position 0.*Expected a filter expression/],
    ['displayName eq', 'syntax', /ends too early at position 14.*Expected a literal/],
    ["displayName eq 'x", 'syntax', /unterminated string literal at position 15/],
    ["displayName EQ 'x'", 'syntax', /'EQ' is not valid at position 12 .*write 'eq'/],
    ["a eq 'x' AND b eq 'y'", 'syntax', /'AND' is not valid at position 9 .*write 'and'/],
    ["a eq 'x' Or b eq 'y'", 'syntax', /'Or' is not valid at position 9 .*write 'or'/],
    ["NOT(a eq 'x')", 'syntax', /'NOT' is not valid at position 0 .*write 'not'/],
    ["NOT (a eq 'x')", 'syntax', /'NOT' is not valid at position 0 .*write 'not'/],
    ['accountEnabled eq True', 'syntax', /'True' is not valid at position 18 .*write 'true'/],
    ["displayName = 'x'", 'syntax', /character '=' is not valid at position 12/],
    ["displayName eq 'x' extra", 'syntax', /'extra' is not valid at position 19/],
    ["displayName 'x'", 'syntax', /Expected a comparison operator/],
    [
      'displayName eq otherProperty',
      'syntax',
      /'otherProperty' is not valid at position 15.*Expected a literal/,
    ],
    ["(displayName eq 'x'", 'syntax', /ends too early at position 19.*Expected '\)'/],
    ["displayName eq 'x' and", 'syntax', /ends too early at position 22/],
    [
      "not displayName eq 'x'",
      'syntax',
      /'displayName' is not valid at position 4.*'\(' or a function after 'not'/,
    ],
    [
      'startswith(displayName, 5)',
      'syntax',
      /'5' is not valid.*quoted string as the second argument of 'startswith'/,
    ],
    ["startswith(displayName 'x')", 'syntax', /Expected ','/],
    ["startswith(displayName,'x') eq 'y'", 'syntax', /Expected 'true' or 'false'/],
    ['department in ()', 'syntax', /character '\)' is not valid.*Expected a literal/],
    ["department in 'Sales'", 'syntax', /Expected '\(' and a list of literals after 'in'/],
    ["department in ('a' 'b')", 'syntax', /Expected ',' or '\)'/],
    ['fields/Score eq 12abc', 'syntax', /character 'a' is not valid at position 18/],
    [
      'createdDateTime ge 2024-02-30T10:00:00Z',
      'syntax',
      /'2024-02-30T10:00:00Z' is not a valid date-time at position 19/,
    ],
    ['createdDateTime ge 2024-01-01T25:00:00Z', 'syntax', /not a valid date-time/],
    ['createdDateTime ge 2024-01-01', 'syntax', /'-01' is not valid at position 23/],
    ["fields/ eq 'x'", 'syntax', /'eq' is not valid at position 8.*Expected a property name/],
    ["assignedLicenses/any(x:x/skuId eq 'a')", 'unsupported', /lambda operator 'any' is not supported/],
    ["proxyAddresses/ALL(p:startswith(p,'smtp'))", 'unsupported', /lambda operator 'ALL' is not supported/],
    ["any(x:x eq 'a')", 'unsupported', /lambda operator 'any' is not supported/],
    ["tolower(displayName) eq 'x'", 'unsupported', /function 'tolower' is not supported/],
  ];

  it.each(cases)('%s → %s', (text, kind, message) => {
    const error = errorOf(() => parseFilter(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('carries the position of syntax errors', () => {
    expect(errorOf(() => parseFilter("displayName eq 'x')")).position).toBe(18);
  });
});
