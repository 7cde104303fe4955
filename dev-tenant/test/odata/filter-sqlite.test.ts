import Database from 'better-sqlite3';
import { filterToSql, orderByToSql, parseFilter, parseOrderBy } from '../../src/odata';
import { resolveTestPath } from './helpers';

/** Runs the generated SQL against real rows, proving the semantics rather than the SQL text. */
const rows = [
  {
    id: '1',
    displayName: 'Adele Vance',
    mail: 'adele@contoso.com',
    accountEnabled: true,
    createdDateTime: '2024-01-01T10:00:00Z',
    businessPhones: ['+1 555 0100'],
    fields: { Title: '100% done', Score: 10, Done: true, Tags: ['Red', 'Blue'], Due: '2024-03-01T00:00:00Z' },
  },
  {
    id: '2',
    displayName: 'alex wilber',
    mail: null,
    accountEnabled: false,
    createdDateTime: '2024-01-01T12:00:00+02:00', // 10:00Z, same instant as row 1
    businessPhones: [],
    fields: { Title: '100 done', Score: 9.5, Done: false, Tags: ['green'] },
  },
  {
    id: '3',
    displayName: 'Megan_Bowen',
    mail: 'megan@contoso.com',
    accountEnabled: true,
    createdDateTime: '2023-06-15T08:30:00.5Z',
    businessPhones: ['+1 555 0199', '+1 555 0100'],
    fields: { Title: 'Megan Bowen', Score: 2, Done: null, Tags: [] },
  },
  {
    id: '4',
    displayName: 'Meganx Bowen',
    accountEnabled: false,
    createdDateTime: '2025-01-01T00:00:00Z',
    businessPhones: [],
    fields: { Title: "O'Neil", Score: -3, Done: true, Tags: ['RED'] },
  },
];

let db: Database.Database;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, doc TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO items (id, doc) VALUES (?, ?)');
  for (const row of rows) insert.run(row.id, JSON.stringify(row));
});

afterAll(() => db.close());

function idsMatching(filter: string): string[] {
  const { sql, params } = filterToSql(parseFilter(filter), resolveTestPath);
  const found = db.prepare(`SELECT id FROM items WHERE ${sql} ORDER BY id`).all(...params) as Array<{
    id: string;
  }>;
  return found.map((row) => row.id);
}

function idsOrderedBy(orderBy: string): string[] {
  const sql = orderByToSql(parseOrderBy(orderBy), resolveTestPath);
  const found = db.prepare(`SELECT id FROM items ORDER BY ${sql}`).all() as Array<{ id: string }>;
  return found.map((row) => row.id);
}

describe('filters against SQLite', () => {
  const cases: Array<[string, string, string[]]> = [
    ['string eq is case-insensitive', "displayName eq 'ADELE VANCE'", ['1']],
    ['string ne includes rows without the value', "mail ne 'adele@contoso.com'", ['2', '3', '4']],
    ['string lt is case-insensitive', "displayName lt 'B'", ['1', '2']],
    ['startswith is case-insensitive', "startswith(displayName,'meg')", ['3', '4']],
    ['_ in startswith is literal, not a wildcard', "startswith(displayName,'Megan_')", ['3']],
    ['% in contains is literal, not a wildcard', "contains(fields/Title,'100%')", ['1']],
    ['endswith', "endswith(mail,'@CONTOSO.COM')", ['1', '3']],
    ["'' escaping", "fields/Title eq 'O''Neil'", ['4']],
    ['not over a function', "not startswith(displayName,'meg')", ['1', '2']],
    ['eq null matches null and missing', 'mail eq null', ['2', '4']],
    ['ne null', 'mail ne null', ['1', '3']],
    [
      'not over a comparison with a missing value is true',
      "not(mail eq 'adele@contoso.com')",
      ['2', '3', '4'],
    ],
    ['boolean eq true', 'fields/Done eq true', ['1', '4']],
    ['boolean eq false', 'fields/Done eq false', ['2']],
    ['boolean ne true includes null', 'fields/Done ne true', ['2', '3']],
    ['collection: some element equals, case-insensitively', "fields/Tags eq 'red'", ['1', '4']],
    ['collection of phones', "businessPhones eq '+1 555 0100'", ['1', '3']],
    ['numbers compare numerically, not as text', 'fields/Score gt 9', ['1', '2']],
    ['negative and decimal numbers', 'fields/Score lt 9.5', ['3', '4']],
    ['number in', 'fields/Score in (2, -3)', ['3', '4']],
    ['string in is case-insensitive', "displayName in ('ALEX WILBER', 'nobody')", ['2']],
    ['date-times compare as instants across offsets', 'createdDateTime eq 2024-01-01T10:00:00Z', ['1', '2']],
    ['date-time range', 'createdDateTime lt 2024-01-01T10:00:00.001Z', ['1', '2', '3']],
    ['fractional seconds', 'createdDateTime ge 2023-06-15T08:30:00.5Z', ['1', '2', '3', '4']],
    [
      'and binds tighter than or',
      "displayName eq 'adele vance' or fields/Score gt 0 and accountEnabled eq false",
      ['1', '2'],
    ],
    ['parentheses', "(displayName eq 'adele vance' or fields/Score gt 0) and accountEnabled eq false", ['2']],
    ['functions eq false', "startswith(displayName,'a') eq false", ['3', '4']],
  ];

  it.each(cases)('%s: %s', (_name, filter, expected) => {
    expect(idsMatching(filter)).toEqual(expected);
  });
});

describe('orderby against SQLite', () => {
  it.each([
    ['displayName', ['1', '2', '3', '4']],
    ['displayName desc', ['4', '3', '2', '1']],
    ['fields/Score', ['4', '3', '2', '1']],
    ['createdDateTime desc, id desc', ['4', '2', '1', '3']],
  ])('%s', (orderBy, expected) => {
    expect(idsOrderedBy(orderBy)).toEqual(expected);
  });
});
