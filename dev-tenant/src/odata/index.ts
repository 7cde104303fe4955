/**
 * Parsing of Graph's OData query options ($filter, $orderby, $select, $expand, $search, $top) for the dev
 * tenant, and translation of $filter / $orderby to SQLite. See README.md in this folder for the decisions.
 */
export { ODataError } from './errors';
export type { ODataErrorKind, ODataErrorDetails } from './errors';
export type { ComparisonOperator, FilterExpr, Literal, StringFunction } from './ast';
export { parseFilter } from './filter-parser';
export { collectPaths, escapeLike, filterToSql } from './filter-sql';
export type { PropertyResolver, PropertyType, ResolvedProperty, SqlFragment, SqlParam } from './property';
export { orderByToSql, parseOrderBy } from './orderby';
export type { OrderByItem, SortDirection } from './orderby';
export { parseExpand, parseSelect } from './select-expand';
export type { ExpandItem } from './select-expand';
export { collectSearchProperties, parseSearch, searchMatches, searchTokens } from './search';
export type { SearchClause, SearchOptions } from './search';
export { parseTop } from './top';
export type { TopOptions } from './top';
