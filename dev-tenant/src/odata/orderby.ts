import { ODataError, clauseMessage } from './errors';
import { collation, comparableSql, formatPath, PropertyResolver, resolveProperty } from './property';
import { TokenStream } from './token-stream';

export type SortDirection = 'asc' | 'desc';

export interface OrderByItem {
  path: string[];
  direction: SortDirection;
}

/**
 * Parses `$orderby`: comma-separated property paths, each optionally followed by `asc` or `desc` (lower case),
 * e.g. `fields/Modified desc, id`.
 * @throws ODataError 'syntax'
 */
export function parseOrderBy(text: string): OrderByItem[] {
  const tokens = new TokenStream({ label: 'orderby', text });
  const items = [parseItem(tokens)];
  while (tokens.atPunctuation(',')) {
    tokens.next();
    items.push(parseItem(tokens));
  }
  tokens.expectEnd("',' or the end of the clause");
  return items;
}

function parseItem(tokens: TokenStream): OrderByItem {
  const path = tokens.parsePath();
  if (tokens.acceptWord('desc')) return { path, direction: 'desc' };
  if (tokens.acceptWord('asc') || tokens.atEnd() || tokens.atPunctuation(','))
    return { path, direction: 'asc' };
  throw tokens.unexpected("'asc', 'desc', ',' or the end of the clause");
}

/**
 * The ORDER BY list (without the keywords "ORDER BY"), e.g. `json_extract(doc, '$.displayName') COLLATE NOCASE ASC`.
 * Strings and GUIDs sort case-insensitively, date-times as instants. Ordering by a collection is unsupported.
 * @throws ODataError 'unknownProperty' or 'unsupported'
 */
export function orderByToSql(items: readonly OrderByItem[], resolve: PropertyResolver): string {
  return items.map((item) => itemSql(item, resolve)).join(', ');
}

function itemSql(item: OrderByItem, resolve: PropertyResolver): string {
  const property = resolveProperty(resolve, item.path, 'orderby');
  if (property.type === 'collection') {
    const detail = `Ordering by the collection property '${formatPath(item.path)}' is not supported.`;
    throw new ODataError('unsupported', clauseMessage('orderby', detail), { path: item.path });
  }
  return `${comparableSql(property)}${collation(property)} ${item.direction.toUpperCase()}`;
}
