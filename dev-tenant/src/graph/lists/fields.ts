import { badRequest } from '../../http/graph-error';
import type { ColumnDef } from './columns';

export type FieldValues = Record<string, unknown>;

const MULTILINE_MAX = 63_999;

function invalid(name: string, expected: string, value: unknown): never {
  throw badRequest(`Invalid value '${JSON.stringify(value)}' for field '${name}': expected ${expected}.`);
}

function checkText(column: ColumnDef, value: unknown): string {
  if (typeof value !== 'string') invalid(column.name, 'a string', value);
  const max = column.facet.allowMultipleLines ? MULTILINE_MAX : Number(column.facet.maxLength ?? 255);
  if (value.length > max) {
    throw badRequest(
      `The value of field '${column.name}' is ${value.length} characters long; at most ${max} are allowed.`,
    );
  }
  return value;
}

function checkNumber(column: ColumnDef, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(column.name, 'a number', value);
  const { minimum, maximum } = column.facet as { minimum?: number; maximum?: number };
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    throw badRequest(`The value ${value} of field '${column.name}' is outside the range the column allows.`);
  }
  return value;
}

function checkDateTime(column: ColumnDef, value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    invalid(column.name, 'an ISO 8601 date-time', value);
  }
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function checkChoice(column: ColumnDef, value: unknown): string {
  const choices = column.facet.choices as string[];
  if (typeof value !== 'string') invalid(column.name, 'a string', value);
  if (!choices.includes(value) && !column.facet.allowTextEntry) {
    throw badRequest(
      `The value '${value}' is not one of the choices of field '${column.name}': ${choices.join(', ')}.`,
    );
  }
  return value;
}

const CHECKS: Partial<Record<ColumnDef['type'], (column: ColumnDef, value: unknown) => unknown>> = {
  text: checkText,
  number: checkNumber,
  boolean: (column, value) =>
    typeof value === 'boolean' ? value : invalid(column.name, 'true or false', value),
  dateTime: checkDateTime,
  choice: checkChoice,
};

/**
 * Validates the writable fields of a create or update against the list's columns, as SharePoint does:
 * unknown or read-only fields are refused, values must fit their column, null clears a value.
 * `@odata.*` annotations that clients echo back from a read are ignored.
 */
export function validateFields(
  columns: ColumnDef[],
  input: FieldValues,
  mode: 'create' | 'update',
): FieldValues {
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const clean: FieldValues = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('@odata.')) continue;
    const column = byName.get(key.toLowerCase());
    if (!column) throw badRequest(`Field '${key}' is not recognized`);
    if (column.readOnly) throw badRequest(`Field '${key}' is read-only`);
    if (value === null) {
      if (column.required) throw badRequest(`Field '${column.name}' is required and cannot be cleared.`);
      clean[column.name] = null;
      continue;
    }
    clean[column.name] = CHECKS[column.type]!(column, value);
  }
  if (mode === 'create') {
    const missing = columns.find(
      (c) => c.required && !c.readOnly && (clean[c.name] === undefined || clean[c.name] === null),
    );
    if (missing) throw badRequest(`Field '${missing.name}' is required.`);
  }
  return clean;
}
