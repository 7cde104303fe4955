import {
  any,
  arrayOf,
  bool,
  either,
  formats,
  int,
  matchShape,
  nullable,
  num,
  obj,
  str,
  summarise,
} from './shape';

// The matcher decides whether the contract tests pass, so it is tested on its own: it must see what is wrong.
describe('matchShape', () => {
  const person = obj({
    id: str({ format: formats.guid }),
    displayName: str(),
    jobTitle: nullable(str()),
    businessPhones: arrayOf(str()),
    manager: obj({ id: str() }),
  });
  const good = {
    '@odata.context': 'https://x/$metadata#users/$entity',
    id: '6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0',
    displayName: 'Conf Room Adams',
    jobTitle: null,
    businessPhones: [],
    manager: { id: '1' },
  };

  it('accepts a value of the shape, nulls where allowed, and OData control information anywhere', () => {
    expect(matchShape(good, person)).toEqual({ missing: [], wrongType: [], extra: [], unexpected: [] });
  });

  it('names missing properties, nested ones with their path', () => {
    const { id: _id, manager: _manager, ...rest } = good;
    expect(matchShape({ ...rest, manager: {} }, person).missing).toEqual(['id', 'manager.id']);
  });

  it('names properties of the wrong type, null where null is not allowed, and strings off their format', () => {
    const report = matchShape(
      { ...good, id: 'not-a-guid', displayName: null, businessPhones: ['+31', 7], manager: [] },
      person,
    );
    expect(report.wrongType).toEqual([
      'id: expected a GUID, got the string "not-a-guid"',
      'displayName: expected a string, got null',
      'businessPhones[1]: expected a string, got the number 7',
      'manager: expected an object, got an array',
    ]);
  });

  it('reports extra properties, but not OData annotations, and not inside open objects', () => {
    const shape = obj({
      headers: obj({ 'Content-Type': str() }, { open: true }),
      value: arrayOf(obj({ a: int() })),
    });
    const report = matchShape(
      {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' },
        value: [
          { a: 1, b: 2, 'fields@odata.context': 'x' },
          { a: 2, b: 3 },
        ],
        surplus: true,
      },
      shape,
    );
    expect(report.extra).toEqual(['value[0].b', 'value[1].b', 'surplus']);
    expect(summarise(report.extra)).toEqual(['value[].b', 'surplus']);
  });

  it('refuses extras inside exact objects (a $select), separately from ordinary extras', () => {
    const report = matchShape(
      { fields: { Name: 'x', Color: 'y', '@odata.etag': '"1"' } },
      obj({ fields: obj({ Name: str() }, { exact: true }) }),
    );
    expect(report).toMatchObject({ extra: [], unexpected: ['fields.Color'] });
  });

  it('checks integers, numbers, booleans, enumerations and element counts', () => {
    const shape = obj({
      count: int(),
      weight: num(),
      hidden: bool(),
      availability: str({ oneOf: ['Available', 'Away'] }),
      value: arrayOf(any(), { maxItems: 0 }),
    });
    const report = matchShape(
      { count: 1.5, weight: '3', hidden: 'false', availability: 'Busy', value: [1] },
      shape,
    );
    expect(report.wrongType).toEqual([
      'count: expected an integer, got the number 1.5',
      'weight: expected a number, got the string "3"',
      'hidden: expected a boolean, got the string "false"',
      'availability: expected one of Available|Away, got the string "Busy"',
      'value: expected 0 to 0 elements, got 1',
    ]);
  });

  it('takes the best fitting alternative of an either, and reports its problems when none fits', () => {
    const live = obj({ id: str(), fields: obj({}, { open: true }) });
    const deleted = obj({ id: str(), deleted: obj({ state: str({ oneOf: ['deleted'] }) }) });
    const shape = arrayOf(either(live, deleted));
    expect(
      matchShape(
        [
          { id: '1', fields: {} },
          { id: '2', deleted: { state: 'deleted' } },
        ],
        shape,
      ).missing,
    ).toEqual([]);
    expect(matchShape([{ id: '3', deleted: { state: 'gone' } }], shape).wrongType).toEqual([
      '[0].deleted.state: expected one of deleted, got the string "gone"',
    ]);
  });
});
