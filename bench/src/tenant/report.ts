import type { MachineInfo } from '../results';
import { formatNumber, formatTable, type Column } from '../table';
import type { MeasurerOutput, ScenarioResult } from './shared';

export interface TenantBenchResult {
  suite: 'tenant';
  date: string;
  machine: MachineInfo;
  people: number;
  settings: {
    requestsPerScenario: number;
    concurrency: number;
    maxSecondsPerScenario: number;
    warmUp: string;
    /** What the bench tenant allows; Graph's own limit is in graphLimits. */
    tenantPresenceCallsPer30s: number;
  };
  graphLimits: { getPresencesByUserIdCallsPer30sPerApp: number };
  setup: MeasurerOutput['setup'];
  scenarios: ScenarioResult[];
}

const COLUMNS: Column<ScenarioResult>[] = [
  { header: 'scenario', value: (s) => s.label },
  { header: 'requests', value: (s) => s.measurement.completed },
  { header: 'errors', value: (s) => s.measurement.errors },
  { header: 'req/s', value: (s) => s.measurement.perSecond, decimals: 1 },
  { header: 'p50 ms', value: (s) => s.measurement.latencyMs.p50, decimals: 1 },
  { header: 'p95 ms', value: (s) => s.measurement.latencyMs.p95, decimals: 1 },
  { header: 'p99 ms', value: (s) => s.measurement.latencyMs.p99, decimals: 1 },
  { header: 'note', value: note },
];

function note(s: ScenarioResult): string {
  const parts: string[] = [];
  // A run cut short by the time cap is a smaller sample: say so where the figure is read.
  if (s.measurement.stoppedBy === 'time') parts.push('(time cap)');
  if (s.perRequest) {
    parts.push(`= ${formatNumber(s.measurement.perSecond * s.perRequest.count)} ${s.perRequest.unit}/s;`);
  }
  parts.push(s.note);
  return parts.join(' ');
}

function header(result: TenantBenchResult): string {
  const { machine: m, settings: s } = result;
  return [
    `Dev tenant benchmark, ${result.date}`,
    `${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, ${m.os}, Node ${m.node}, ` +
      `load average ${m.loadAverage.join(' ')} at start`,
    `${result.people} people; up to ${s.requestsPerScenario} requests or ${s.maxSecondsPerScenario} s per ` +
      `scenario at concurrency ${s.concurrency}, after a warm-up of ${s.warmUp}`,
  ].join('\n');
}

function errorLines(result: TenantBenchResult): string[] {
  return result.scenarios
    .filter((s) => s.measurement.errors > 0)
    .map((s) => `${s.label}: ${s.measurement.errorSamples.join(' | ')}`);
}

export function formatTenantReport(result: TenantBenchResult): string {
  const errors = errorLines(result);
  return [
    header(result),
    '',
    formatTable(COLUMNS, result.scenarios),
    ...(errors.length > 0 ? ['', 'errors (samples):', ...errors] : []),
  ].join('\n');
}
