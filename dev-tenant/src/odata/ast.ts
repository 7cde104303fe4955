/** The syntax tree of a `$filter` clause. */

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type StringFunction = 'startswith' | 'endswith' | 'contains';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  /** `value` is the date-time as written (ISO 8601 with an offset), already checked to be a real instant. */
  | { type: 'datetime'; value: string }
  /** `value` is lower case. */
  | { type: 'guid'; value: string };

export type FilterExpr =
  | { kind: 'comparison'; operator: ComparisonOperator; path: string[]; value: Literal }
  | { kind: 'in'; path: string[]; values: Literal[] }
  /** `startswith(path, 'x')`; `... eq false` / `... ne true` arrive wrapped in a 'not'. */
  | { kind: 'function'; name: StringFunction; path: string[]; value: string }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr };

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
export const STRING_FUNCTIONS: readonly StringFunction[] = ['startswith', 'endswith', 'contains'];
