/**
 * Response shapes: what a Graph documentation example tells us about a response body — property names and JSON
 * types, nested — written as data so a fixture can carry it and `matchShape` can hold a real response against it.
 */
export type Shape =
  | { kind: 'string'; format?: StringFormat; oneOf?: readonly string[] }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'nullable'; of: Shape }
  | { kind: 'array'; of: Shape; minItems: number; maxItems?: number }
  | { kind: 'object'; props: Readonly<Record<string, Shape>>; extras: 'report' | 'ignore' | 'refuse' }
  | { kind: 'either'; of: readonly Shape[] }
  | { kind: 'any' };

export interface StringFormat {
  name: string;
  pattern: RegExp;
}

export const formats = {
  guid: { name: 'a GUID', pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i },
  dateTime: { name: 'an ISO 8601 UTC date-time', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/ },
  url: { name: 'an absolute https URL', pattern: /^https:\/\/\S+$/ },
  digits: { name: 'a string of digits', pattern: /^\d+$/ },
  siteId: {
    name: "a site id 'hostname,{guid},{guid}'",
    pattern: /^[\w.-]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i,
  },
  etag: { name: 'a quoted ETag', pattern: /^"[^"]+"$/ },
} satisfies Record<string, StringFormat>;

/** A string; optionally of a known format, one of some values, or matching an ad-hoc pattern. */
export const str = (
  options: { format?: StringFormat; oneOf?: readonly string[]; pattern?: RegExp } = {},
): Shape => {
  const { pattern, ...rest } = options;
  return pattern
    ? { kind: 'string', format: { name: `a string matching ${pattern}`, pattern } }
    : { kind: 'string', ...rest };
};
export const num = (): Shape => ({ kind: 'number', integer: false });
export const int = (): Shape => ({ kind: 'number', integer: true });
export const bool = (): Shape => ({ kind: 'boolean' });
export const any = (): Shape => ({ kind: 'any' });
export const nullable = (of: Shape): Shape => ({ kind: 'nullable', of });
export const arrayOf = (of: Shape, options: { minItems?: number; maxItems?: number } = {}): Shape => ({
  kind: 'array',
  of,
  minItems: options.minItems ?? 0,
  ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
});
/**
 * An object with these properties. Properties beyond them are reported as extras (which fail only where the doc's
 * example is complete), ignored (`open`: header maps and the like), or refused (`exact`: e.g. a `$select`ed set).
 */
export const obj = (
  props: Record<string, Shape>,
  options: { open?: boolean; exact?: boolean } = {},
): Shape => ({
  kind: 'object',
  props,
  extras: options.exact ? 'refuse' : options.open ? 'ignore' : 'report',
});
/** One of several shapes, such as the live and the deleted items of a delta page. */
export const either = (...of: Shape[]): Shape => ({ kind: 'either', of });

/** What a response did to a shape: properties the doc shows that are missing or mistyped, and extras. */
export interface ShapeReport {
  missing: string[];
  wrongType: string[];
  /** Beyond the doc's example: fine where the doc shortened its example, a problem where it did not. */
  extra: string[];
  /** Beyond an `exact` object: always a problem. */
  unexpected: string[];
}

/**
 * OData control information (`@odata.context`, `@odata.etag`, `fields@odata.context`, ...) may appear on any
 * payload (OData JSON format); the documentation leaves it out of most examples, so it is never an extra.
 */
export function isControlInformation(name: string): boolean {
  return name.startsWith('@odata.') || name.includes('@odata.');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}

function expected(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      return shape.oneOf
        ? `one of ${shape.oneOf.join('|')}`
        : shape.format
          ? `${shape.format.name}`
          : 'a string';
    case 'number':
      return shape.integer ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'nullable':
      return `${expected(shape.of)} or null`;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'either':
      return shape.of.map(expected).join(', or ');
    case 'any':
      return 'anything';
  }
}

/** How badly a value misses a shape: extras count too, so a value is judged against the alternative it resembles. */
const misfit = (r: ShapeReport) =>
  r.missing.length + r.wrongType.length + r.unexpected.length + r.extra.length;

function walk(value: unknown, shape: Shape, path: string, report: ShapeReport): void {
  const wrong = (): void => {
    report.wrongType.push(`${path || '(body)'}: expected ${expected(shape)}, got ${describe(value)}`);
  };
  switch (shape.kind) {
    case 'any':
      return;
    case 'either': {
      // The alternative that fits best speaks for the value.
      const tries = shape.of.map((alternative) => {
        const r: ShapeReport = { missing: [], wrongType: [], extra: [], unexpected: [] };
        walk(value, alternative, path, r);
        return r;
      });
      const best = tries.reduce((a, b) => (misfit(b) < misfit(a) ? b : a));
      report.missing.push(...best.missing);
      report.wrongType.push(...best.wrongType);
      report.extra.push(...best.extra);
      report.unexpected.push(...best.unexpected);
      return;
    }
    case 'nullable':
      if (value !== null) walk(value, shape.of, path, report);
      return;
    case 'string': {
      if (typeof value !== 'string') return wrong();
      const ok = shape.oneOf
        ? shape.oneOf.includes(value)
        : shape.format
          ? shape.format.pattern.test(value)
          : true;
      if (!ok) wrong();
      return;
    }
    case 'number':
      if (typeof value !== 'number' || (shape.integer && !Number.isInteger(value))) wrong();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong();
      return;
    case 'array': {
      if (!Array.isArray(value)) return wrong();
      if (value.length < shape.minItems || (shape.maxItems !== undefined && value.length > shape.maxItems)) {
        const range =
          shape.maxItems === undefined
            ? `at least ${shape.minItems}`
            : `${shape.minItems} to ${shape.maxItems}`;
        report.wrongType.push(`${path}: expected ${range} elements, got ${value.length}`);
      }
      value.forEach((element, i) => walk(element, shape.of, `${path}[${i}]`, report));
      return;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong();
      const record = value as Record<string, unknown>;
      for (const [name, propShape] of Object.entries(shape.props)) {
        const propPath = path ? `${path}.${name}` : name;
        if (!(name in record)) report.missing.push(propPath);
        else walk(record[name], propShape, propPath, report);
      }
      if (shape.extras !== 'ignore') {
        const target = shape.extras === 'refuse' ? report.unexpected : report.extra;
        for (const name of Object.keys(record)) {
          if (!(name in shape.props) && !isControlInformation(name))
            target.push(path ? `${path}.${name}` : name);
        }
      }
      return;
    }
  }
}

/** Holds `value` against `shape`; element paths keep their index (`value[3].mail`) so a report points at data. */
export function matchShape(value: unknown, shape: Shape): ShapeReport {
  const report: ShapeReport = { missing: [], wrongType: [], extra: [], unexpected: [] };
  walk(value, shape, '', report);
  return report;
}

/** Extras of array elements named once (`value[].eTag`), for a readable report. */
export function summarise(paths: string[]): string[] {
  return [...new Set(paths.map((p) => p.replace(/\[\d+\]/g, '[]')))];
}
