import {
  collectSearchProperties,
  ODataErrorKind,
  parseSearch,
  SearchClause,
  searchMatches,
  searchTokens,
} from '../../src/odata';
import { errorOf } from './helpers';

const term = (property: string, value: string): SearchClause => ({ kind: 'term', property, value });

describe('parseSearch: valid input', () => {
  const cases: Array<[string, SearchClause]> = [
    ['"displayName:wa"', term('displayName', 'wa')],
    ['"displayName: Adele Vance "', term('displayName', 'Adele Vance')],
    ['"mail:a:b"', term('mail', 'a:b')],
    ['"displayName:say \\"hi\\" \\\\o/"', term('displayName', 'say "hi" \\o/')],
    [
      '"displayName:wa" OR "mail:wa"',
      { kind: 'or', left: term('displayName', 'wa'), right: term('mail', 'wa') },
    ],
    [
      '"displayName:wa" AND "jobTitle:eng"',
      { kind: 'and', left: term('displayName', 'wa'), right: term('jobTitle', 'eng') },
    ],
    [
      '"a:1" OR "b:2" AND "c:3"',
      {
        kind: 'or',
        left: term('a', '1'),
        right: { kind: 'and', left: term('b', '2'), right: term('c', '3') },
      },
    ],
    [
      '"description:One" AND ("displayName:Video" OR "displayName:Drive")',
      {
        kind: 'and',
        left: term('description', 'One'),
        right: { kind: 'or', left: term('displayName', 'Video'), right: term('displayName', 'Drive') },
      },
    ],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseSearch(text)).toEqual(expected);
  });
});

describe('parseSearch: errors', () => {
  const cases: Array<[string, RegExp]> = [
    [
      'wa',
      /^Invalid search clause: Syntax error: 'wa' is not valid at position 0 in 'wa'\. Each clause must be enclosed in double quotes and name a property: "property:value", e\.g\. "displayName:wa"\.$/,
    ],
    ['"wa"', /the clause '"wa"' names no property at position 0.*"property:value"/],
    ['":wa"', /names no property/],
    ['"display name:wa"', /names no property/],
    ['"displayName:"', /has no value to search for/],
    ['displayName:wa', /'displayName:wa' is not valid.*"property:value"/],
    ['"displayName:wa', /unterminated clause at position 0/],
    ['', /the search ends too early at position 0/],
    ['"displayName:wa" or "mail:wa"', /'or' is not valid at position 17.*must be upper case: write 'OR'/],
    ['"displayName:wa" And "mail:wa"', /write 'AND'/],
    ['"displayName:wa" "mail:wa"', /a clause is not valid at position 17.*Expected 'AND', 'OR' or the end/],
    ['"displayName:wa" OR', /ends too early at position 19/],
    ['("displayName:wa"', /ends too early.*Expected '\)', 'AND' or 'OR'/],
    [
      '"displayName:wa")',
      /character '\)' is not valid at position 16.*Expected 'AND', 'OR' or the end of the search/,
    ],
  ];

  it.each(cases)('%s', (text, message) => {
    const error = errorOf(() => parseSearch(text));
    const kind: ODataErrorKind = 'syntax';
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});

describe('searchTokens', () => {
  it.each([
    ['hello world', ['hello', 'world']],
    ['HelloWorld', ['hello', 'world']],
    ['helloWORLD', ['hello', 'world']],
    ['HELLOworld', ['helloworld']],
    ['HelloWORld', ['hello', 'world']],
    ['hello123world', ['hello', '123', 'world']],
    ['hello.world', ['hello', '.', 'world', 'helloworld']],
    ['李四(David Li)', ['李四', '(', 'david', '李四david', 'li', ')']],
    ['  ', []],
  ])('%j', (text, expected) => {
    expect(searchTokens(text)).toEqual(expected);
  });
});

describe('searchMatches', () => {
  const adele = {
    displayName: 'Adele Vance',
    mail: 'AdeleV@contoso.com',
    jobTitle: 'Retail Manager',
    description: null,
    otherMails: ['adele.vance@example.com'],
  };
  const row = (property: string): unknown => (adele as Record<string, unknown>)[property];

  it.each([
    ['"displayName:adele"', true],
    ['"displayName:VAN"', true], // a later word
    ['"displayName:dele"', false], // not the start of a word
    ['"displayName:vance adele"', true], // every token, any order
    ['"displayName:vance bob"', false],
    ['"displayName:AdeleVance"', true], // camel case splits the search value
    ['"mail:adelev@"', true], // not tokenized: starts with, case-insensitive
    ['"mail:contoso"', false],
    ['"jobTitle:manager"', false],
    ['"jobTitle:retail"', true],
    ['"description:x"', false], // null never matches
    ['"otherMails:adele.vance"', true], // an array matches when an element does
    ['"missing:x"', false],
    ['"displayName:zz" OR "mail:adele"', true],
    ['"displayName:adele" AND "mail:zz"', false],
    ['"displayName:adele" AND ("mail:zz" OR "jobTitle:ret")', true],
  ])('%s → %s', (text, expected) => {
    expect(searchMatches(parseSearch(text), row)).toBe(expected);
  });

  it('can tokenize other properties', () => {
    const clause = parseSearch('"jobTitle:manager"');
    expect(searchMatches(clause, row, { tokenizedProperties: ['jobTitle'] })).toBe(true);
  });

  it('matches "wa" by word start, as in the Graph documentation', () => {
    const clause = parseSearch('"displayName:wa"');
    const names = ['Walter Adams', 'Adams, Walter', 'Edwards', 'Wanda', 'ewa'];
    expect(names.filter((displayName) => searchMatches(clause, () => displayName))).toEqual([
      'Walter Adams',
      'Adams, Walter',
      'Wanda',
    ]);
  });
});

describe('collectSearchProperties', () => {
  it('lists each property once', () => {
    expect(collectSearchProperties(parseSearch('"displayName:a" OR ("mail:b" AND "displayName:c")'))).toEqual(
      ['displayName', 'mail'],
    );
  });
});
