import {
  collectPaths,
  escapeLike,
  filterToSql,
  ODataErrorKind,
  parseFilter,
  SqlParam,
} from '../../src/odata';
import { errorOf, resolveTestPath } from './helpers';

const col = (path: string) => `json_extract(doc, '$.${path}')`;
const dt = (path: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${col(path)})`;

function translate(text: string) {
  return filterToSql(parseFilter(text), resolveTestPath);
}

describe('filterToSql: translation', () => {
  const cases: Array<[string, string, SqlParam[]]> = [
    ["displayName eq 'Adele'", `${col('displayName')} = ? COLLATE NOCASE`, ['Adele']],
    ["displayName ne 'Adele'", `${col('displayName')} IS NOT ? COLLATE NOCASE`, ['Adele']],
    ["displayName lt 'B'", `${col('displayName')} < ? COLLATE NOCASE`, ['B']],
    ['fields/Score gt 5', `${col('fields.Score')} > ?`, [5]],
    ['fields/Score le -1.5', `${col('fields.Score')} <= ?`, [-1.5]],
    ['fields/Score ge 0', `${col('fields.Score')} >= ?`, [0]],
    ['accountEnabled eq true', `${col('accountEnabled')} = ?`, [1]],
    ['accountEnabled ne false', `${col('accountEnabled')} IS NOT ?`, [0]],
    ['mail eq null', `${col('mail')} IS NULL`, []],
    ['mail ne null', `${col('mail')} IS NOT NULL`, []],
    [
      'createdDateTime ge 2024-01-01T10:00:00+02:00',
      `${dt('createdDateTime')} >= ?`,
      ['2024-01-01T08:00:00.000Z'],
    ],
    [
      'fields/Ref eq 4562BCC8-B593-4A84-8A9F-1EE4C3A2B3C9',
      `${col('fields.Ref')} = ? COLLATE NOCASE`,
      ['4562bcc8-b593-4a84-8a9f-1ee4c3a2b3c9'],
    ],
    ["startswith(displayName,'Ad')", `${col('displayName')} LIKE ? ESCAPE '\\'`, ['Ad%']],
    ["endswith(mail,'_x%')", `${col('mail')} LIKE ? ESCAPE '\\'`, ['%\\_x\\%']],
    ["contains(fields/Title,'a\\b')", `${col('fields.Title')} LIKE ? ESCAPE '\\'`, ['%a\\\\b%']],
    ["displayName in ('a', 'b')", `${col('displayName')} COLLATE NOCASE IN (?, ?)`, ['a', 'b']],
    ['fields/Score in (1)', `${col('fields.Score')} IN (?)`, [1]],
    [
      "businessPhones eq '+1 555'",
      `EXISTS (SELECT 1 FROM json_each(${col('businessPhones')}) WHERE value = ? COLLATE NOCASE)`,
      ['+1 555'],
    ],
    ["not(displayName eq 'x')", `((${col('displayName')} = ? COLLATE NOCASE) IS NOT 1)`, ['x']],
    [
      "displayName eq 'a' or fields/Score eq 1 and mail eq 'm'",
      `(${col('displayName')} = ? COLLATE NOCASE OR (${col('fields.Score')} = ? AND ${col('mail')} = ? COLLATE NOCASE))`,
      ['a', 1, 'm'],
    ],
  ];

  it.each(cases)('%s', (text, sql, params) => {
    expect(translate(text)).toEqual({ sql, params });
  });
});

describe('filterToSql: errors', () => {
  const cases: Array<[string, ODataErrorKind, RegExp]> = [
    ["nope eq 'x'", 'unknownProperty', /^Invalid filter clause: Could not find a property named 'nope'\.$/],
    ["fields/Nope eq 'x'", 'unknownProperty', /property named 'fields\/Nope'/],
    [
      "fields/Score eq '5'",
      'typeMismatch',
      /^Invalid filter clause: A binary operator with incompatible types was detected\. Found operand types 'Edm\.Double' and 'Edm\.String' for operator kind 'Equal' \(property 'fields\/Score'\)\.$/,
    ],
    ['displayName eq 5', 'typeMismatch', /'Edm\.String' and 'Edm\.Int32' for operator kind 'Equal'/],
    ["accountEnabled eq 'true'", 'typeMismatch', /'Edm\.Boolean' and 'Edm\.String'/],
    [
      'accountEnabled gt false',
      'typeMismatch',
      /operator 'gt' cannot be applied to the Edm\.Boolean property 'accountEnabled'/,
    ],
    [
      "createdDateTime ge '2024-01-01T00:00:00Z'",
      'typeMismatch',
      /'Edm\.DateTimeOffset' and 'Edm\.String' for operator kind 'GreaterThanOrEqual'/,
    ],
    ["fields/Ref eq '4562bcc8-b593-4a84-8a9f-1ee4c3a2b3c9'", 'typeMismatch', /'Edm\.Guid' and 'Edm\.String'/],
    ['id eq 4562bcc8-b593-4a84-8a9f-1ee4c3a2b3c9', 'typeMismatch', /'Edm\.String' and 'Edm\.Guid'/],
    ['fields/Score lt null', 'typeMismatch', /null can only be compared with 'eq' or 'ne'/],
    ["fields/Score in (1, 'two')", 'typeMismatch', /operator kind 'In'/],
    ["displayName in ('a', null)", 'typeMismatch', /null is not allowed here/],
    [
      "startswith(fields/Score,'1')",
      'typeMismatch',
      /function 'startswith' needs an Edm\.String property; 'fields\/Score' is Edm\.Double/,
    ],
    [
      "businessPhones ne 'x'",
      'unsupported',
      /operator 'ne' is not supported on the collection property 'businessPhones'/,
    ],
    ["businessPhones in ('x')", 'unsupported', /operator 'in' is not supported on the collection/],
    ['businessPhones eq true', 'typeMismatch', /'Collection\(Edm\.String\)' and 'Edm\.Boolean'/],
    ["startswith(businessPhones,'x')", 'typeMismatch', /needs an Edm\.String property/],
  ];

  it.each(cases)('%s → %s', (text, kind, message) => {
    const error = errorOf(() => translate(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('names the unknown path on the error', () => {
    expect(errorOf(() => translate("fields/Nope eq 'x'")).path).toEqual(['fields', 'Nope']);
  });
});

describe('collectPaths', () => {
  it('lists every referenced path once, in order', () => {
    const expr = parseFilter(
      "fields/Title eq 'a' and (startswith(displayName,'x') or not(fields/Title in ('b'))) and fields/Score gt 1",
    );
    expect(collectPaths(expr)).toEqual([['fields', 'Title'], ['displayName'], ['fields', 'Score']]);
  });
});

describe('escapeLike', () => {
  it.each([
    ['plain', 'plain'],
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['back\\slash', 'back\\\\slash'],
  ])('%s → %s', (input, output) => {
    expect(escapeLike(input)).toBe(output);
  });
});
