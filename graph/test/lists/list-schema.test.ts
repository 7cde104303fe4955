import {
  defineList,
  endorsementKey,
  endorsementsList,
  expertiseSettingsList,
  isListSchemaError,
  listRegistry,
  presenceNoticesList,
  samenLists,
  type ColumnSchema,
  type ListDefinition,
} from '../../src';

const list = (...columns: ColumnSchema[]): ListDefinition => ({
  displayName: 'Samen Votes',
  description: 'votes',
  columns,
});

function issuesOf(definition: ListDefinition): string[] {
  try {
    defineList(definition);
    return [];
  } catch (error) {
    if (!isListSchemaError(error)) throw error;
    return [...error.issues];
  }
}

describe('defineList', () => {
  it.each<[string, ListDefinition]>([
    [
      'a text key, indexed and unique',
      list({ name: 'VoteKey', text: {}, indexed: true, enforceUniqueValues: true }),
    ],
    [
      'a number with bounds',
      list({ name: 'Weight', number: { minimum: 0, maximum: 5, decimalPlaces: 'none' } }),
    ],
    ['a yes/no column', list({ name: 'Open', boolean: {} })],
    ['a date, indexed', list({ name: 'CastAt', dateTime: { format: 'dateTime' }, indexed: true })],
    [
      'a choice, unique',
      list({ name: 'Phase', choice: { choices: ['a', 'b'] }, indexed: true, enforceUniqueValues: true }),
    ],
    ['multiple lines of text', list({ name: 'Body', text: { allowMultipleLines: true, maxLength: 10000 } })],
    ['a 32-character name with digits and _', list({ name: 'A234567890123456789012345678901_', text: {} })],
    ['no columns at all', list()],
  ])('accepts %s', (_, definition) => {
    expect(issuesOf(definition)).toEqual([]);
  });

  it.each<[string, ListDefinition, RegExp]>([
    ['a name without the Samen prefix', { ...list(), displayName: 'Votes' as never }, /must be 'Samen '/],
    ['only the prefix', { ...list(), displayName: 'Samen ' }, /must be 'Samen '/],
    ['a slash in the list name', { ...list(), displayName: 'Samen Votes/Old' }, /must be 'Samen '/],
    ['a long description', { ...list(), description: 'x'.repeat(1001) }, /description is longer/],
    ['a name starting with a digit', list({ name: '1Key', text: {} }), /'1Key' must start with a letter/],
    ['a space in a name', list({ name: 'Vote Key', text: {} }), /'Vote Key' must start with a letter/],
    ['33 characters', list({ name: 'A'.repeat(33), text: {} }), /at most 32/],
    ['a built-in field', list({ name: 'Title', text: {} }), /'Title' is a built-in SharePoint field/],
    ['a built-in field in other case', list({ name: 'created', dateTime: {} }), /'created' is a built-in/],
    [
      'a name twice, ignoring case',
      list({ name: 'Key', text: {} }, { name: 'KEY', number: {} }),
      /'KEY' is declared twice/,
    ],
    ['no type facet', list({ name: 'Key' } as never), /exactly one type facet/],
    ['two type facets', list({ name: 'Key', text: {}, number: {} } as never), /exactly one type facet/],
    [
      'unique but not indexed',
      list({ name: 'Key', text: {}, enforceUniqueValues: true }),
      /enforces unique values, so it must be indexed/,
    ],
    [
      'a unique yes/no column',
      list({ name: 'Open', boolean: {}, indexed: true, enforceUniqueValues: true }),
      /cannot enforce unique values on a yes\/no column/,
    ],
    [
      'indexed multiple lines',
      list({ name: 'Body', text: { allowMultipleLines: true }, indexed: true }),
      /cannot index multiple lines/,
    ],
    ['a single line over 255', list({ name: 'Key', text: { maxLength: 256 } }), /at most 255 characters/],
    ['a zero maxLength', list({ name: 'Key', text: { maxLength: 0 } }), /at least 1/],
    [
      'minimum above maximum',
      list({ name: 'N', number: { minimum: 2, maximum: 1 } }),
      /minimum is greater than maximum/,
    ],
    ['a choice without choices', list({ name: 'Phase', choice: { choices: [] } }), /at least one choice/],
    ['a choice listed twice', list({ name: 'Phase', choice: { choices: ['a', 'a'] } }), /listed twice/],
    ['an empty choice', list({ name: 'Phase', choice: { choices: [''] } }), /1–255 characters/],
  ])('refuses %s', (_, definition, issue) => {
    const issues = issuesOf(definition);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(issue);
  });

  it('refuses unique multiple lines of text, which SharePoint can neither index nor keep unique', () => {
    const body: ColumnSchema = { name: 'Body', text: { allowMultipleLines: true } };
    expect(issuesOf(list({ ...body, indexed: true, enforceUniqueValues: true }))).toEqual([
      "column 'Body': SharePoint cannot enforce unique values on multiple lines of text",
      "column 'Body': SharePoint cannot index multiple lines of text",
    ]);
  });

  it('reports every broken rule at once, naming the list', () => {
    const definition = list(
      { name: 'Title', text: {} },
      { name: 'Key', text: {}, enforceUniqueValues: true },
    );
    expect(() => defineList(definition)).toThrow(
      expect.objectContaining({ name: 'ListSchemaError', code: 'invalidListSchema', list: 'Samen Votes' }),
    );
    expect(issuesOf(definition)).toHaveLength(2);
  });

  it('returns a frozen copy that later changes to the declaration do not reach', () => {
    const columns: ColumnSchema[] = [{ name: 'Phase', choice: { choices: ['a'] } }];
    const schema = defineList(list(...columns));
    columns.push({ name: 'Later', text: {} });
    expect(schema.columns).toHaveLength(1);
    expect(Object.isFrozen(schema.columns[0]!.choice!.choices)).toBe(true);
  });
});

describe('listRegistry', () => {
  it('refuses two features declaring a list of the same name', () => {
    const a = defineList(list());
    const b = defineList({ ...list(), displayName: 'Samen VOTES' });
    expect(() => listRegistry([a], [b])).toThrow(/'Samen VOTES' is declared by more than one feature/);
  });
});

describe("the Talentfinder's lists", () => {
  const column = (name: string) => endorsementsList.columns.find((c) => c.name === name)!;

  it('are all in samenLists', () => {
    expect(samenLists).toEqual(
      expect.arrayContaining([endorsementsList, expertiseSettingsList, presenceNoticesList]),
    );
  });

  it('let SharePoint enforce one endorsement per endorser, person and skill', () => {
    expect(column('EndorsementKey')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      required: true,
    });
  });

  it('index what endorsements are looked up by', () => {
    expect(column('PersonId').indexed).toBe(true);
    expect(column('EndorserId').indexed).toBe(true);
  });

  it('hold one settings row per user', () => {
    const userId = expertiseSettingsList.columns.find((c) => c.name === 'UserId');
    expect(userId).toMatchObject({ indexed: true, enforceUniqueValues: true });
  });
});

describe('endorsementKey', () => {
  it('joins endorser, person and skill, lower-cased as SharePoint compares them', () => {
    expect(endorsementKey('A1', 'b2', 'Kubernetes')).toBe('a1|b2|kubernetes');
  });

  it.each([
    ['a|1', 'b', 'c'],
    ['a', '', 'c'],
  ])('refuses parts that would make keys ambiguous: %j %j %j', (endorser, person, skill) => {
    expect(() => endorsementKey(endorser, person, skill)).toThrow(RangeError);
  });
});
