import type { ProvisioningReport } from '../provisioning/provision-lists';

type Row = [list: string, result: string, details: string];

function rows(report: ProvisioningReport): Row[] {
  return [
    ...report.created.map((list): Row => [list, 'created', '']),
    ...report.updated.map(({ list, addedColumns }): Row => [
      list,
      'updated',
      `added ${addedColumns.join(', ')}`,
    ]),
    ...report.unchanged.map((list): Row => [list, 'unchanged', '']),
    ...report.problems.map(({ list, message }): Row => [list, 'PROBLEM', message]),
  ];
}

/** The report as a plain-text table, one row per list and one per problem, then a summary line. */
export function formatReport(report: ProvisioningReport): string[] {
  const table: Row[] = [['List', 'Result', 'Details'], ...rows(report)];
  const widths = [0, 1].map((column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: Row) =>
    `${row[0].padEnd(widths[0]!)}  ${row[1].padEnd(widths[1]!)}  ${row[2]}`.trimEnd();
  const rule = `${'-'.repeat(widths[0]!)}  ${'-'.repeat(widths[1]!)}  -------`;
  const counts =
    `${report.created.length} created, ${report.updated.length} updated, ` +
    `${report.unchanged.length} unchanged, ${report.problems.length} problem(s).`;
  const advice =
    report.problems.length > 0
      ? [
          'Lists with problems were left as they are: provisioning never changes an existing column.',
          'Correct the column on the site (list settings), or change the declaration, then run again.',
        ]
      : [];
  return [line(table[0]!), rule, ...table.slice(1).map(line), '', counts, ...advice];
}
