import { ODataError } from './errors';

export interface ExpandItem {
  name: string;
  /** Present when the item carried `($select=...)` or `(select=...)`. */
  select?: string[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXPAND_ITEM = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([\s\S]*)\))?$/;
/** Options Graph knows inside $expand but the dev tenant does not implement. */
const UNSUPPORTED_EXPAND_OPTIONS = new Set([
  'filter',
  'expand',
  'top',
  'skip',
  'orderby',
  'count',
  'search',
  'levels',
]);

/**
 * Parses `$select`: comma-separated property names, trimmed, duplicates dropped (first occurrence wins).
 * @throws ODataError 'syntax' on an empty segment or a name that is not an identifier.
 */
export function parseSelect(text: string): string[] {
  const names = text.split(',').map((part) => part.trim());
  for (const name of names) {
    if (!IDENTIFIER.test(name)) throw invalidTerm(name);
  }
  return [...new Set(names)];
}

/**
 * Parses `$expand`: comma-separated navigation properties, each optionally with `($select=A,B)`; Graph also
 * accepts `(select=A,B)` (the form SharePoint list items use: `expand=fields(select=Title)`).
 * Options are separated by ';'. Other nested options ($filter, $expand, ...) are unsupported.
 * @throws ODataError 'syntax' or 'unsupported'
 */
export function parseExpand(text: string): ExpandItem[] {
  return splitTopLevel(text).map(parseExpandItem);
}

function parseExpandItem(item: string): ExpandItem {
  const text = item.trim();
  const [, name, options] = EXPAND_ITEM.exec(text) ?? [];
  if (name === undefined) throw invalidTerm(text);
  return options === undefined ? { name } : { name, select: parseExpandOptions(options, text) };
}

/** `$select=A,B;select=C` → [A, B, C]: the only nested option the dev tenant implements is $select. */
function parseExpandOptions(text: string, item: string): string[] {
  const selected = text.split(';').flatMap((option) => parseExpandOption(option, item));
  return [...new Set(selected)];
}

function parseExpandOption(option: string, item: string): string[] {
  const [key = '', value] = splitOnce(option, '=');
  const name = key.trim().replace(/^\$/, '');
  if (UNSUPPORTED_EXPAND_OPTIONS.has(name.toLowerCase())) {
    throw new ODataError(
      'unsupported',
      `The query option '$${name}' inside $expand is not supported ('${item}').`,
    );
  }
  if (name !== 'select' || value === undefined) throw invalidTerm(item);
  return parseSelect(value);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

/** Splits on commas that are not inside parentheses; unbalanced parentheses are a syntax error. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) throw unbalanced(text);
    if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  if (depth !== 0) throw unbalanced(text);
  parts.push(text.slice(start));
  return parts;
}

/** ODataLib's wording for a bad $select / $expand term. */
function invalidTerm(term: string): ODataError {
  return new ODataError(
    'syntax',
    `Parsing OData Select and Expand failed: Term '${term}' is not valid in a $select or $expand expression.`,
  );
}

function unbalanced(text: string): ODataError {
  return new ODataError(
    'syntax',
    `Parsing OData Select and Expand failed: unbalanced parentheses in '${text}'.`,
  );
}
