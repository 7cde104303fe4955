import { ExpandItem, ODataErrorKind, parseExpand, parseSelect } from '../../src/odata';
import { errorOf } from './helpers';

describe('parseSelect', () => {
  it.each([
    ['id', ['id']],
    ['id,displayName', ['id', 'displayName']],
    [' id , displayName ,mail ', ['id', 'displayName', 'mail']],
    ['id,displayName,id', ['id', 'displayName']],
    ['Title_x0020_2,_hidden', ['Title_x0020_2', '_hidden']],
  ])('%s', (text, expected) => {
    expect(parseSelect(text)).toEqual(expected);
  });

  it.each([
    ['', "Term '' is not valid"],
    ['id,,mail', "Term '' is not valid"],
    ['id,', "Term '' is not valid"],
    ['display name', "Term 'display name' is not valid"],
    ['fields/Title', "Term 'fields/Title' is not valid"],
    ['1abc', "Term '1abc' is not valid"],
    ['*', "Term '*' is not valid"],
  ])('rejects %j', (text, message) => {
    const error = errorOf(() => parseSelect(text));
    expect(error.kind).toBe('syntax');
    expect(error.message).toBe(
      `Parsing OData Select and Expand failed: ${message} in a $select or $expand expression.`,
    );
  });
});

describe('parseExpand', () => {
  const cases: Array<[string, ExpandItem[]]> = [
    ['fields', [{ name: 'fields' }]],
    ['manager', [{ name: 'manager' }]],
    ['fields($select=Title,Score)', [{ name: 'fields', select: ['Title', 'Score'] }]],
    ['fields(select=Title,Score)', [{ name: 'fields', select: ['Title', 'Score'] }]],
    ['fields( $select = Title , Score )', [{ name: 'fields', select: ['Title', 'Score'] }]],
    ['fields($select=Title;$select=Score)', [{ name: 'fields', select: ['Title', 'Score'] }]],
    [
      'fields(select=Title),manager($select=id,displayName)',
      [
        { name: 'fields', select: ['Title'] },
        { name: 'manager', select: ['id', 'displayName'] },
      ],
    ],
    [' fields , manager ', [{ name: 'fields' }, { name: 'manager' }]],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseExpand(text)).toEqual(expected);
  });

  const errors: Array<[string, ODataErrorKind, RegExp]> = [
    ['', 'syntax', /Term '' is not valid/],
    ['fields,', 'syntax', /Term '' is not valid/],
    ['fields()', 'syntax', /Term 'fields\(\)' is not valid/],
    ['fields($select=)', 'syntax', /Term '' is not valid/],
    ['fields($select=A,,B)', 'syntax', /Term '' is not valid/],
    ['fields(Title)', 'syntax', /Term 'fields\(Title\)' is not valid/],
    ['fields($select=Title', 'syntax', /unbalanced parentheses in 'fields\(\$select=Title'/],
    ['fields)', 'syntax', /unbalanced parentheses/],
    ['fields/x', 'syntax', /Term 'fields\/x' is not valid/],
    [
      "fields($filter=Title eq 'x')",
      'unsupported',
      /query option '\$filter' inside \$expand is not supported/,
    ],
    ['manager($expand=manager)', 'unsupported', /'\$expand' inside \$expand/],
    ['fields(top=5)', 'unsupported', /'\$top' inside \$expand/],
  ];

  it.each(errors)('rejects %j', (text, kind, message) => {
    const error = errorOf(() => parseExpand(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});
