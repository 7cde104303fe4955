import { defineList, planList, type ColumnSchema, type SiteColumn } from '../../src';

const schema = defineList({
  displayName: 'Samen Votes',
  description: 'votes',
  columns: [
    { name: 'VoteKey', text: { maxLength: 255 }, indexed: true, enforceUniqueValues: true, required: true },
    { name: 'Weight', number: {} },
    { name: 'Phase', choice: { choices: ['submitted', 'implemented'] } },
  ],
});

/** The site's columns as Graph reports them for a list provisioned from `schema`. */
const asOnSite = (): SiteColumn[] => [
  { name: 'Title', text: { allowMultipleLines: false }, indexed: false, required: true },
  {
    name: 'VoteKey',
    text: { allowMultipleLines: false },
    indexed: true,
    enforceUniqueValues: true,
    required: true,
  },
  { name: 'Weight', number: {}, indexed: false, enforceUniqueValues: false, required: false },
  {
    name: 'Phase',
    choice: { choices: ['submitted', 'implemented', 'extra'] },
    indexed: false,
    required: false,
  },
];

const site = (change: (columns: SiteColumn[]) => SiteColumn[]) => ({
  id: 'list-1',
  displayName: 'Samen Votes',
  columns: change(asOnSite()),
});

const replace =
  (name: string, column: Partial<SiteColumn> & Record<string, unknown>) => (columns: SiteColumn[]) =>
    columns.map((c) => (c.name === name ? ({ name, ...column } as SiteColumn) : c));

describe('planList', () => {
  it('creates a list the site does not have', () => {
    expect(planList(schema, undefined)).toEqual({ action: 'create', schema });
  });

  it('does nothing when the site matches, whatever else the site has', () => {
    const extra = (columns: SiteColumn[]) => [...columns, { name: 'TheirColumn', text: {} }];
    expect(planList(schema, site(extra)).action).toBe('none');
  });

  it('matches column names ignoring case, as SharePoint does', () => {
    const renamed = (columns: SiteColumn[]) => columns.map((c) => ({ ...c, name: c.name.toUpperCase() }));
    expect(planList(schema, site(renamed)).action).toBe('none');
  });

  it('adds the columns the site lacks, in declaration order', () => {
    const without = (columns: SiteColumn[]) =>
      columns.filter((c) => c.name !== 'Weight' && c.name !== 'Phase');
    const plan = planList(schema, site(without));
    expect(plan).toMatchObject({ action: 'addColumns', listId: 'list-1' });
    expect(plan.action === 'addColumns' && plan.columns.map((c: ColumnSchema) => c.name)).toEqual([
      'Weight',
      'Phase',
    ]);
  });

  it.each<[string, (columns: SiteColumn[]) => SiteColumn[], string]>([
    [
      'another type',
      replace('Weight', { text: {} }),
      "column 'Weight' is text on the site but number in the schema",
    ],
    [
      'multiple lines',
      replace('VoteKey', {
        text: { allowMultipleLines: true },
        indexed: true,
        enforceUniqueValues: true,
        required: true,
      }),
      "column 'VoteKey' is multiple lines of text on the site but text in the schema",
    ],
    [
      'a type Samen never declares',
      replace('Weight', { lookup: { listId: 'x' } }),
      "column 'Weight' is lookup on the site but number in the schema",
    ],
    [
      'no facet at all',
      replace('Weight', {}),
      "column 'Weight' is of an unknown type on the site but number in the schema",
    ],
    [
      'a lost index',
      replace('VoteKey', { text: {}, indexed: false, enforceUniqueValues: true, required: true }),
      "column 'VoteKey' is not indexed on the site but indexed in the schema",
    ],
    [
      'an extra index',
      replace('Weight', { number: {}, indexed: true }),
      "column 'Weight' is indexed on the site but not indexed in the schema",
    ],
    [
      'a lost unique constraint',
      replace('VoteKey', { text: {}, indexed: true, enforceUniqueValues: false, required: true }),
      "column 'VoteKey' is not unique on the site but unique in the schema",
    ],
    [
      'optional instead of required',
      replace('VoteKey', { text: {}, indexed: true, enforceUniqueValues: true }),
      "column 'VoteKey' is optional on the site but required in the schema",
    ],
    [
      'a missing choice',
      replace('Phase', { choice: { choices: ['submitted'] } }),
      "column 'Phase' lacks the choices implemented on the site",
    ],
  ])('leaves a list alone whose column has %s, saying why', (_, change, message) => {
    expect(planList(schema, site(change))).toEqual({
      action: 'leave',
      schema,
      problems: [{ list: 'Samen Votes', column: message.split("'")[1], message }],
    });
  });

  it('adds no column to a list it leaves alone, and reports every difference', () => {
    const drifted = (columns: SiteColumn[]) =>
      replace('Weight', { text: {} })(columns)
        .filter((c) => c.name !== 'Phase')
        .map((c) => (c.name === 'VoteKey' ? { ...c, indexed: false } : c));
    const plan = planList(schema, site(drifted));
    expect(plan.action).toBe('leave');
    expect(plan.action === 'leave' && plan.problems.map((p) => p.column)).toEqual(['VoteKey', 'Weight']);
  });
});
