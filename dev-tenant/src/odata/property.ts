import { clauseMessage, ODataError } from './errors';

/**
 * What the caller knows about a property path: the SQL expression that yields its value for a row
 * (e.g. `json_extract(doc, '$.displayName')`) and its type.
 *
 * `collection` is a JSON array of scalars (businessPhones, skills, a multi-choice column); in `$filter` it only
 * supports `eq`, meaning "some element equals" (see filterToSql).
 */
export type PropertyType = 'string' | 'number' | 'boolean' | 'datetime' | 'guid' | 'collection';

export interface ResolvedProperty {
  sql: string;
  type: PropertyType;
}

/** Maps a path such as ['fields', 'Title'] to SQL; `undefined` means there is no such property. */
export type PropertyResolver = (path: string[]) => ResolvedProperty | undefined;

export type SqlParam = string | number;

/** A SQL fragment with positional `?` placeholders, and their values in order. */
export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

/** Normalises stored ISO 8601 date-times (any offset, any precision) to comparable UTC text with milliseconds. */
const DATETIME_FORMAT = "'%Y-%m-%dT%H:%M:%fZ'";

export function formatPath(path: readonly string[]): string {
  return path.join('/');
}

/** @throws ODataError('unknownProperty') when the resolver does not know the path. */
export function resolveProperty(resolve: PropertyResolver, path: string[], label: string): ResolvedProperty {
  const property = resolve(path);
  if (property !== undefined) return property;
  const message = clauseMessage(label, `Could not find a property named '${formatPath(path)}'.`);
  throw new ODataError('unknownProperty', message, { path });
}

/** The SQL to compare or sort on: date-times are normalised so that text order is time order. */
export function comparableSql(property: ResolvedProperty): string {
  return property.type === 'datetime' ? `strftime(${DATETIME_FORMAT}, ${property.sql})` : property.sql;
}

/** Strings and GUIDs compare case-insensitively, as in Graph. */
export function collation(property: ResolvedProperty): string {
  return property.type === 'string' || property.type === 'guid' ? ' COLLATE NOCASE' : '';
}

/** The same normalisation as DATETIME_FORMAT, done in JavaScript for parameters. */
export function normaliseDateTime(isoText: string): string {
  return new Date(isoText).toISOString();
}
