import { ODataError, PropertyResolver, PropertyType } from '../../src/odata';

/** Runs `run` and returns the ODataError it throws (fails the test otherwise). */
export function errorOf(run: () => unknown): ODataError {
  try {
    run();
  } catch (error) {
    if (error instanceof ODataError) return error;
    throw error;
  }
  throw new Error('expected an ODataError');
}

/** Properties of the test rows (documents in a `doc` JSON column) and their types. */
export const TEST_PROPERTIES: Readonly<Record<string, PropertyType>> = {
  id: 'string',
  displayName: 'string',
  mail: 'string',
  accountEnabled: 'boolean',
  createdDateTime: 'datetime',
  businessPhones: 'collection',
  'fields/Title': 'string',
  'fields/Score': 'number',
  'fields/Done': 'boolean',
  'fields/Due': 'datetime',
  'fields/Tags': 'collection',
  'fields/Ref': 'guid',
};

/** Resolves `a/b` to `json_extract(doc, '$.a.b')`, as the dev tenant's stores do. */
export const resolveTestPath: PropertyResolver = (path) => {
  const type = TEST_PROPERTIES[path.join('/')];
  return type === undefined ? undefined : { sql: `json_extract(doc, '$.${path.join('.')}')`, type };
};
