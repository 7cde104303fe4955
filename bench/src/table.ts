export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /** Fraction digits for numbers (default 0). */
  decimals?: number;
  /** Numbers align right, text left, unless said otherwise. */
  align?: 'left' | 'right';
}

const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** en-US grouping whatever the machine's locale, so that tables from different machines compare. */
export function formatNumber(value: number, decimals = 0): string {
  let format = NUMBER_FORMATS.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    NUMBER_FORMATS.set(decimals, format);
  }
  return format.format(value);
}

function cell<Row>(column: Column<Row>, row: Row): { text: string; numeric: boolean } {
  const value = column.value(row);
  if (value === null || value === undefined) return { text: '–', numeric: true };
  if (typeof value === 'number') return { text: formatNumber(value, column.decimals), numeric: true };
  return { text: value, numeric: false };
}

/**
 * A Markdown table, padded so that it also reads well in a terminal: benchmark output gets pasted into pull
 * requests and docs as often as it is read on screen.
 */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => cell(column, row)));
  const widths = columns.map((column, i) =>
    Math.max(3, column.header.length, ...cells.map((r) => r[i]?.text.length ?? 0)),
  );
  const rightAligned = columns.map(
    (column, i) => column.align === 'right' || (column.align !== 'left' && cells.every((r) => r[i]?.numeric)),
  );
  const pad = (text: string, i: number) =>
    rightAligned[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (texts: string[]) => `| ${texts.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [
    line(columns.map((c) => c.header)),
    `| ${rule.join(' | ')} |`,
    ...cells.map((r) => line(r.map((c) => c.text))),
  ].join('\n');
}
