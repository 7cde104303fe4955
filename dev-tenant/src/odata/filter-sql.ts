import { ComparisonOperator, FilterExpr, Literal, StringFunction } from './ast';
import { clauseMessage, ODataError } from './errors';
import {
  collation,
  comparableSql,
  formatPath,
  normaliseDateTime,
  PropertyResolver,
  PropertyType,
  ResolvedProperty,
  resolveProperty,
  SqlFragment,
  SqlParam,
} from './property';

/**
 * Translates a parsed `$filter` into a SQLite WHERE fragment with positional `?` parameters.
 *
 * Semantics (OData's two-valued logic, where a comparison with a missing value is false):
 * - strings and GUIDs compare with `COLLATE NOCASE` (ASCII case-insensitive, like SQLite's LIKE);
 * - `startswith` / `endswith` / `contains` become `LIKE ? ESCAPE '\'`, with `\`, `%` and `_` escaped in the value;
 * - booleans are bound as 1/0 (json_extract yields 1/0 for JSON true/false);
 * - `eq null` / `ne null` become `IS NULL` / `IS NOT NULL`;
 * - `ne` is null-safe (`IS NOT ?`): a property without a value is "not equal" to any literal;
 * - `not x` becomes `(x) IS NOT 1`, so that `not` over a comparison with a missing value (SQL NULL) is true;
 * - date-times are compared as UTC instants (both sides normalised, see comparableSql);
 * - a `collection` property supports only `eq` with a scalar, meaning "some element equals" (case-insensitively):
 *   `EXISTS (SELECT 1 FROM json_each(<sql>) WHERE value = ? COLLATE NOCASE)`. Graph itself would want
 *   `any(x: x eq 'v')`, which is rejected as unsupported by the parser.
 *
 * @throws ODataError 'unknownProperty' (resolver returned undefined), 'typeMismatch' (literal of the wrong type,
 *         ordering operator on a boolean, ...), 'unsupported' (other operators on a collection).
 */
export function filterToSql(expr: FilterExpr, resolve: PropertyResolver): SqlFragment {
  const translator = new FilterTranslator(resolve);
  const sql = translator.translate(expr);
  return { sql, params: translator.params };
}

/** Every property path the filter references, once each, in order of appearance. */
export function collectPaths(expr: FilterExpr): string[][] {
  const seen = new Map<string, string[]>();
  visitPaths(expr, (path) => {
    const key = formatPath(path);
    if (!seen.has(key)) seen.set(key, path);
  });
  return [...seen.values()];
}

function visitPaths(expr: FilterExpr, visit: (path: string[]) => void): void {
  switch (expr.kind) {
    case 'and':
    case 'or':
      visitPaths(expr.left, visit);
      visitPaths(expr.right, visit);
      return;
    case 'not':
      visitPaths(expr.operand, visit);
      return;
    default:
      visit(expr.path);
  }
}

const SQL_OPERATORS: Readonly<Record<ComparisonOperator, string>> = {
  eq: '=',
  ne: 'IS NOT',
  lt: '<',
  gt: '>',
  le: '<=',
  ge: '>=',
};

/** ODataLib's names for the operators, used in type-mismatch messages. */
const OPERATOR_KINDS: Readonly<Record<ComparisonOperator | 'in', string>> = {
  eq: 'Equal',
  ne: 'NotEqual',
  lt: 'LessThan',
  gt: 'GreaterThan',
  le: 'LessThanOrEqual',
  ge: 'GreaterThanOrEqual',
  in: 'In',
};

/** The literal type each scalar property type accepts. */
const LITERAL_TYPE_FOR: Readonly<Record<Exclude<PropertyType, 'collection'>, Literal['type']>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  datetime: 'datetime',
  guid: 'guid',
};

const EDM_TYPES: Readonly<Record<PropertyType, string>> = {
  string: 'Edm.String',
  number: 'Edm.Double',
  boolean: 'Edm.Boolean',
  datetime: 'Edm.DateTimeOffset',
  guid: 'Edm.Guid',
  collection: 'Collection(Edm.String)',
};

const LIKE_PATTERNS: Readonly<Record<StringFunction, (escaped: string) => string>> = {
  startswith: (escaped) => `${escaped}%`,
  endswith: (escaped) => `%${escaped}`,
  contains: (escaped) => `%${escaped}%`,
};

class FilterTranslator {
  readonly params: SqlParam[] = [];

  constructor(private readonly resolve: PropertyResolver) {}

  translate(expr: FilterExpr): string {
    switch (expr.kind) {
      case 'and':
      case 'or':
        return `(${this.translate(expr.left)} ${expr.kind.toUpperCase()} ${this.translate(expr.right)})`;
      case 'not':
        return `((${this.translate(expr.operand)}) IS NOT 1)`;
      case 'comparison':
        return this.comparison(expr.operator, expr.path, expr.value);
      case 'in':
        return this.inList(expr.path, expr.values);
      case 'function':
        return this.stringFunction(expr.name, expr.path, expr.value);
    }
  }

  private property(path: string[]): ResolvedProperty {
    return resolveProperty(this.resolve, path, 'filter');
  }

  private comparison(operator: ComparisonOperator, path: string[], value: Literal): string {
    const property = this.property(path);
    if (property.type === 'collection') return this.collectionEquals(operator, path, property, value);
    if (value.type === 'null') return nullComparison(operator, path, property);
    if (property.type === 'boolean' && operator !== 'eq' && operator !== 'ne') {
      throw typeMismatch(
        `The operator '${operator}' cannot be applied to the Edm.Boolean property '${formatPath(path)}'.`,
        path,
      );
    }
    this.params.push(scalarParam(property, value, OPERATOR_KINDS[operator], path));
    return `${comparableSql(property)} ${SQL_OPERATORS[operator]} ?${collation(property)}`;
  }

  private inList(path: string[], values: Literal[]): string {
    const property = this.property(path);
    if (property.type === 'collection') throw unsupportedOnCollection('in', path);
    for (const value of values) this.params.push(scalarParam(property, value, OPERATOR_KINDS.in, path));
    const placeholders = values.map(() => '?').join(', ');
    return `${comparableSql(property)}${collation(property)} IN (${placeholders})`;
  }

  private stringFunction(name: StringFunction, path: string[], value: string): string {
    const property = this.property(path);
    if (property.type !== 'string') {
      const found = EDM_TYPES[property.type];
      throw typeMismatch(
        `The function '${name}' needs an Edm.String property; '${formatPath(path)}' is ${found}.`,
        path,
      );
    }
    this.params.push(LIKE_PATTERNS[name](escapeLike(value)));
    return `${property.sql} LIKE ? ESCAPE '\\'`;
  }

  private collectionEquals(
    operator: ComparisonOperator,
    path: string[],
    property: ResolvedProperty,
    value: Literal,
  ): string {
    if (operator !== 'eq') throw unsupportedOnCollection(operator, path);
    if (value.type !== 'string' && value.type !== 'number' && value.type !== 'guid') {
      throw incompatible(EDM_TYPES.collection, value, OPERATOR_KINDS.eq, path);
    }
    this.params.push(value.value);
    return `EXISTS (SELECT 1 FROM json_each(${property.sql}) WHERE value = ? COLLATE NOCASE)`;
  }
}

function nullComparison(operator: ComparisonOperator, path: string[], property: ResolvedProperty): string {
  if (operator === 'eq') return `${property.sql} IS NULL`;
  if (operator === 'ne') return `${property.sql} IS NOT NULL`;
  throw typeMismatch(
    `null can only be compared with 'eq' or 'ne' ('${formatPath(path)}' ${operator} null).`,
    path,
  );
}

/** Checks that the literal fits the (scalar) property and converts it to the bound value. */
function scalarParam(
  property: ResolvedProperty,
  value: Literal,
  operatorKind: string,
  path: string[],
): SqlParam {
  if (value.type === 'null') {
    const where = `operator kind '${operatorKind}', property '${formatPath(path)}'`;
    throw typeMismatch(`null is not allowed here (${where}); compare with 'eq null' instead.`, path);
  }
  const expected = property.type === 'collection' ? undefined : LITERAL_TYPE_FOR[property.type];
  if (value.type !== expected) throw incompatible(EDM_TYPES[property.type], value, operatorKind, path);
  return literalParam(value);
}

function literalParam(value: Exclude<Literal, { type: 'null' }>): SqlParam {
  switch (value.type) {
    case 'string':
    case 'number':
    case 'guid':
      return value.value;
    case 'boolean':
      return value.value ? 1 : 0;
    case 'datetime':
      return normaliseDateTime(value.value);
  }
}

function literalEdmType(value: Literal): string {
  switch (value.type) {
    case 'number':
      return Number.isInteger(value.value) ? 'Edm.Int32' : 'Edm.Double';
    case 'null':
      return 'null';
    default:
      return EDM_TYPES[value.type];
  }
}

function incompatible(
  propertyType: string,
  value: Literal,
  operatorKind: string,
  path: string[],
): ODataError {
  return typeMismatch(
    'A binary operator with incompatible types was detected. ' +
      `Found operand types '${propertyType}' and '${literalEdmType(value)}' for operator kind '${operatorKind}' ` +
      `(property '${formatPath(path)}').`,
    path,
  );
}

function typeMismatch(detail: string, path: string[]): ODataError {
  return new ODataError('typeMismatch', clauseMessage('filter', detail), { path });
}

function unsupportedOnCollection(operator: string, path: string[]): ODataError {
  const detail =
    `The operator '${operator}' is not supported on the collection property '${formatPath(path)}'; ` +
    `only 'eq' (some element equals) is.`;
  return new ODataError('unsupported', clauseMessage('filter', detail), { path });
}

/** Escapes LIKE wildcards for `ESCAPE '\'`: `\` → `\\`, `%` → `\%`, `_` → `\_`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
