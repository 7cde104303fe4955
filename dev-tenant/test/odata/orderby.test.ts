import { ODataErrorKind, OrderByItem, orderByToSql, parseOrderBy } from '../../src/odata';
import { errorOf, resolveTestPath } from './helpers';

describe('parseOrderBy: valid input', () => {
  const cases: Array<[string, OrderByItem[]]> = [
    ['displayName', [{ path: ['displayName'], direction: 'asc' }]],
    ['displayName asc', [{ path: ['displayName'], direction: 'asc' }]],
    ['displayName desc', [{ path: ['displayName'], direction: 'desc' }]],
    [
      'fields/Modified desc, id',
      [
        { path: ['fields', 'Modified'], direction: 'desc' },
        { path: ['id'], direction: 'asc' },
      ],
    ],
    [
      ' a ,b desc,c asc ',
      [
        { path: ['a'], direction: 'asc' },
        { path: ['b'], direction: 'desc' },
        { path: ['c'], direction: 'asc' },
      ],
    ],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseOrderBy(text)).toEqual(expected);
  });
});

describe('parseOrderBy: errors', () => {
  const cases: Array<[string, ODataErrorKind, RegExp]> = [
    [
      '',
      'syntax',
      /^Invalid orderby clause: Syntax error: the clause ends too early at position 0 in ''\. Expected a property name\.$/,
    ],
    ['displayName,', 'syntax', /ends too early at position 12/],
    [',displayName', 'syntax', /character ',' is not valid at position 0/],
    ['displayName DESC', 'syntax', /'DESC' is not valid at position 12 .*write 'desc'/],
    ['displayName descending', 'syntax', /'descending' is not valid.*Expected 'asc', 'desc', ',' or the end/],
    [
      'displayName desc asc',
      'syntax',
      /'asc' is not valid at position 17.*Expected ',' or the end of the clause/,
    ],
    ["displayName eq 'x'", 'syntax', /'eq' is not valid at position 12/],
    ['fields/', 'syntax', /Expected a property name/],
  ];

  it.each(cases)('%s → %s', (text, kind, message) => {
    const error = errorOf(() => parseOrderBy(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});

describe('orderByToSql', () => {
  it('orders strings case-insensitively, date-times as instants, numbers as they are', () => {
    const items = parseOrderBy('displayName desc, createdDateTime, fields/Score desc');
    expect(orderByToSql(items, resolveTestPath)).toBe(
      "json_extract(doc, '$.displayName') COLLATE NOCASE DESC, " +
        "strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(doc, '$.createdDateTime')) ASC, " +
        "json_extract(doc, '$.fields.Score') DESC",
    );
  });

  it('rejects unknown properties', () => {
    const error = errorOf(() => orderByToSql(parseOrderBy('fields/Nope'), resolveTestPath));
    expect(error.kind).toBe('unknownProperty');
    expect(error.message).toBe("Invalid orderby clause: Could not find a property named 'fields/Nope'.");
    expect(error.path).toEqual(['fields', 'Nope']);
  });

  it('rejects collections', () => {
    const error = errorOf(() => orderByToSql(parseOrderBy('businessPhones'), resolveTestPath));
    expect(error.kind).toBe('unsupported');
    expect(error.message).toMatch(/Ordering by the collection property 'businessPhones' is not supported/);
  });
});
