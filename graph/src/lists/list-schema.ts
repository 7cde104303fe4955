/**
 * Declarations of Samen's SharePoint lists. A column is declared in Graph's own `columnDefinition` shape (one type
 * facet: text, number, boolean, dateTime or choice), so the declaration is what provisioning sends and what it
 * compares with the site. `defineList` checks SharePoint's rules once, at declaration; only its result, a
 * `ListSchema`, can be provisioned.
 */

export interface TextFacet {
  /** Multiple lines of text can be neither indexed nor unique in SharePoint. */
  allowMultipleLines?: boolean;
  /** 1–255 for a single line of text. */
  maxLength?: number;
}

export interface NumberFacet {
  minimum?: number;
  maximum?: number;
  decimalPlaces?: 'automatic' | 'none' | 'one' | 'two' | 'three' | 'four' | 'five';
}

export type BooleanFacet = Record<string, never>;

export interface DateTimeFacet {
  format?: 'dateOnly' | 'dateTime';
}

export interface ChoiceFacet {
  choices: readonly string[];
  allowTextEntry?: boolean;
}

export interface ColumnFacets {
  text: TextFacet;
  number: NumberFacet;
  boolean: BooleanFacet;
  dateTime: DateTimeFacet;
  choice: ChoiceFacet;
}

export type ColumnType = keyof ColumnFacets;
export const COLUMN_TYPES: readonly ColumnType[] = ['text', 'number', 'boolean', 'dateTime', 'choice'];

/** Exactly one facet: `{ text: {...} }`, never `{ text: {...}, number: {...} }`. */
type OneFacet = {
  [K in ColumnType]: { [P in K]: ColumnFacets[K] } & { [P in Exclude<ColumnType, K>]?: never };
}[ColumnType];

interface ColumnFlags {
  /** The internal name items use in `fields` and `$filter` (`fields/EndorserId`). */
  name: string;
  displayName?: string;
  description?: string;
  required?: boolean;
  /** Needed for every column used in `$filter`/`$orderby` (graph-facts.md, "Sites, lists, items"). */
  indexed?: boolean;
  /** SharePoint enforces it only on an indexed column. */
  enforceUniqueValues?: boolean;
}

export type ColumnSchema = ColumnFlags & OneFacet;

/** Samen's lists share one hub site with the customer's own lists; the prefix keeps them recognisable. */
export type SamenListName = `Samen ${string}`;

export interface ListDefinition {
  displayName: SamenListName;
  description: string;
  columns: readonly ColumnSchema[];
}

declare const validated: unique symbol;
/** A list definition that passed `defineList`. */
export type ListSchema = Readonly<ListDefinition> & { readonly [validated]: true };

export class ListSchemaError extends Error {
  readonly code = 'invalidListSchema';
  constructor(
    readonly list: string,
    readonly issues: readonly string[],
  ) {
    super(`List schema '${list}' is invalid: ${issues.join('; ')}`);
    this.name = 'ListSchemaError';
  }
}

export const isListSchemaError = (error: unknown): error is ListSchemaError =>
  error instanceof ListSchemaError;

/** The one facet a column declares (checked by `defineList`, so always one for a `ListSchema`'s columns). */
export function columnType(column: ColumnSchema): ColumnType {
  return COLUMN_TYPES.find((type) => column[type] !== undefined) ?? 'text';
}

const LIST_NAME = /^Samen [A-Za-z0-9][A-Za-z0-9 -]{0,120}$/;
// SharePoint internal names: ASCII letter first, then letters, digits or '_', at most 32 characters.
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
// Fields every generic list already has (some hidden); a column of the same name is refused or shadowed.
const BUILT_IN_COLUMNS = new Set(
  [
    'Title',
    'ID',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'ContentType',
    'ContentTypeId',
    'Attachments',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'DocIcon',
    'ItemChildCount',
    'FolderChildCount',
    'GUID',
    'UniqueId',
    'FileRef',
    'FileLeafRef',
    'FSObjType',
    'Order',
    'Version',
    'WorkflowVersion',
    'ComplianceAssetId',
  ].map((name) => name.toLowerCase()),
);

function listIssues(definition: ListDefinition): string[] {
  const issues: string[] = [];
  if (!LIST_NAME.test(definition.displayName))
    issues.push(
      "displayName must be 'Samen ' followed by letters, digits, spaces or hyphens (at most 127 characters)",
    );
  if (definition.description.length > 1000) issues.push('description is longer than 1000 characters');
  const seen = new Set<string>();
  for (const column of definition.columns) {
    const key = column.name.toLowerCase();
    if (seen.has(key)) issues.push(`column '${column.name}' is declared twice (names ignore case)`);
    seen.add(key);
  }
  return issues;
}

function nameIssues(column: ColumnSchema): string[] {
  if (!COLUMN_NAME.test(column.name))
    return [
      `column name '${column.name}' must start with a letter and hold at most 32 letters, digits or underscores`,
    ];
  if (BUILT_IN_COLUMNS.has(column.name.toLowerCase()))
    return [`column name '${column.name}' is a built-in SharePoint field; choose another name`];
  return [];
}

function facetIssues(column: ColumnSchema): string[] {
  const facets = COLUMN_TYPES.filter((type) => column[type] !== undefined);
  if (facets.length !== 1)
    return [`column '${column.name}' must have exactly one type facet (${COLUMN_TYPES.join(', ')})`];
  const { text, number, choice } = column;
  const issues: string[] = [];
  if (text?.maxLength !== undefined && !(Number.isInteger(text.maxLength) && text.maxLength >= 1))
    issues.push(`column '${column.name}': maxLength must be a whole number of at least 1`);
  if (text?.maxLength !== undefined && !text.allowMultipleLines && text.maxLength > 255)
    issues.push(`column '${column.name}': a single line of text holds at most 255 characters`);
  if (number?.minimum !== undefined && number.maximum !== undefined && number.minimum > number.maximum)
    issues.push(`column '${column.name}': minimum is greater than maximum`);
  if (choice) issues.push(...choiceIssues(column.name, choice));
  return issues;
}

function choiceIssues(name: string, choice: ChoiceFacet): string[] {
  if (choice.choices.length === 0) return [`column '${name}': a choice column needs at least one choice`];
  const issues: string[] = [];
  if (choice.choices.some((c) => c.length < 1 || c.length > 255))
    issues.push(`column '${name}': each choice must hold 1–255 characters`);
  if (new Set(choice.choices).size !== choice.choices.length)
    issues.push(`column '${name}': a choice is listed twice`);
  return issues;
}

/** SharePoint indexes and enforces uniqueness only on some column types, and uniqueness only when indexed. */
function indexIssues(column: ColumnSchema): string[] {
  const issues: string[] = [];
  const multiline = column.text?.allowMultipleLines === true;
  if (column.enforceUniqueValues && !column.indexed)
    issues.push(`column '${column.name}' enforces unique values, so it must be indexed`);
  if (column.enforceUniqueValues && (multiline || column.boolean !== undefined))
    issues.push(`column '${column.name}': SharePoint cannot enforce unique values on ${typeLabel(column)}`);
  if (column.indexed && multiline)
    issues.push(`column '${column.name}': SharePoint cannot index multiple lines of text`);
  return issues;
}

function typeLabel(column: ColumnSchema): string {
  if (column.text?.allowMultipleLines) return 'multiple lines of text';
  return column.boolean !== undefined ? 'a yes/no column' : columnType(column);
}

/** Every rule a definition breaks; empty when it can be provisioned. */
export function listSchemaIssues(definition: ListDefinition): string[] {
  return [
    ...listIssues(definition),
    ...definition.columns.flatMap((c) => [...nameIssues(c), ...facetIssues(c), ...indexIssues(c)]),
  ];
}

/** Validates a list declaration once and freezes it. @throws ListSchemaError listing every broken rule. */
export function defineList(definition: ListDefinition): ListSchema {
  const issues = listSchemaIssues(definition);
  if (issues.length > 0) throw new ListSchemaError(definition.displayName, issues);
  return deepFreeze(structuredClone(definition)) as ListSchema;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

/** Collects features' lists; two lists of one name would be provisioned as one. @throws ListSchemaError */
export function listRegistry(...groups: ReadonlyArray<readonly ListSchema[]>): readonly ListSchema[] {
  const all = groups.flat();
  const names = all.map((schema) => schema.displayName.toLowerCase());
  const twice = all.filter((_, i) => names.indexOf(names[i]!) !== i).map((s) => s.displayName);
  if (twice.length > 0)
    throw new ListSchemaError(twice[0]!, [`list '${twice[0]}' is declared by more than one feature`]);
  return Object.freeze(all);
}
