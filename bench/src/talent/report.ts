import type { MachineInfo } from '../results';
import { formatNumber, formatTable, type Column } from '../table';
import type { ApiOutput, ApiScenario, IndexOutput, QueryScore } from './shared';

export const TARGETS = {
  inProcessP95MsAt100k: 5,
  graphRequestsPerResultPage: 1,
  minMeanNdcgAt10: 0.85,
} as const;

export interface TalentBenchResult {
  suite: 'talent';
  date: string;
  machine: MachineInfo;
  seed: number;
  settings: {
    searchesPerSize: number;
    apiSearchesPerScenario: number;
    maxSecondsPerScenario: number;
    ndcg: string;
  };
  targets: typeof TARGETS;
  index: IndexOutput[];
  api: ApiOutput[];
  /** API sizes left out because the suite's time budget was spent. */
  skippedApi: number[];
  /** API sizes that failed, with the error (the child's stderr, printed above, has the details). */
  apiFailures: Array<{ people: number; error: string }>;
  totalSeconds: number;
}

const MiB = 2 ** 20;
const LOWEST_SHOWN = 10;

const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

function ndcgTarget(value: number | null): string {
  return value === null ? '–' : `${mark(value >= TARGETS.minMeanNdcgAt10)} (≥ ${TARGETS.minMeanNdcgAt10})`;
}

function p95Target(row: IndexOutput): string {
  if (row.people !== 100_000) return '';
  const p95 = row.latency.latencyMs.p95;
  return p95 === null
    ? '–'
    : `${mark(p95 <= TARGETS.inProcessP95MsAt100k)} (≤ ${TARGETS.inProcessP95MsAt100k} ms)`;
}

const INDEX_COLUMNS: Column<IndexOutput>[] = [
  { header: 'people', value: (r) => r.people },
  { header: 'build s', value: (r) => r.buildMs / 1000, decimals: 2 },
  { header: 'heap MiB', value: (r) => r.heapGrowthBytes / MiB, decimals: 1 },
  { header: 'searches', value: (r) => r.latency.completed },
  { header: 'p50 ms', value: (r) => r.latency.latencyMs.p50, decimals: 2 },
  { header: 'p95 ms', value: (r) => r.latency.latencyMs.p95, decimals: 2 },
  { header: 'p99 ms', value: (r) => r.latency.latencyMs.p99, decimals: 2 },
  { header: 'p95 target', value: p95Target, align: 'left' },
  { header: 'queries', value: (r) => r.relevance.queries },
  { header: 'NDCG@10', value: (r) => r.relevance.meanNdcg, decimals: 3 },
  { header: 'en', value: (r) => r.relevance.byLanguage.en.meanNdcg, decimals: 3 },
  { header: 'nl', value: (r) => r.relevance.byLanguage.nl.meanNdcg, decimals: 3 },
  { header: 'alias', value: (r) => r.relevance.byLanguage.alias.meanNdcg, decimals: 3 },
  { header: 'NDCG target', value: (r) => ndcgTarget(r.relevance.meanNdcg), align: 'left' },
];

const reading = (r: IndexOutput, key: keyof IndexOutput['relevance']['byReading']) => {
  const group = r.relevance.byReading[key];
  return group.meanNdcg === null ? `– (0)` : `${formatNumber(group.meanNdcg, 3)} (${group.queries})`;
};

const READING_COLUMNS: Column<IndexOutput>[] = [
  { header: 'people', value: (r) => r.people },
  { header: 'skills queried', value: (r) => r.skillsQueried },
  { header: 'of them unknown to the vocabulary', value: (r) => r.relevance.skillsUnknownToVocabulary },
  { header: 'read as the skill', value: (r) => reading(r, 'asTheSkill'), align: 'right' },
  { header: 'as other skills only', value: (r) => reading(r, 'asOtherSkills'), align: 'right' },
  { header: 'as words only', value: (r) => reading(r, 'asWordsOnly'), align: 'right' },
  { header: 'below 0.5', value: (r) => r.relevance.below05 },
];

interface ApiRow {
  people: number;
  serviceStartSeconds: number;
  scenario: ApiScenario;
}

function graphTarget(s: ApiScenario): string {
  const g = s.graphRequestsPerSearch;
  if (!g) return '–';
  const ok = g.min === TARGETS.graphRequestsPerResultPage && g.max === TARGETS.graphRequestsPerResultPage;
  return `${mark(ok)} (= ${TARGETS.graphRequestsPerResultPage})`;
}

const API_COLUMNS: Column<ApiRow>[] = [
  { header: 'people', value: (r) => r.people },
  { header: 'scenario', value: (r) => r.scenario.label },
  { header: 'searches', value: (r) => r.scenario.latency.completed },
  { header: 'errors', value: (r) => r.scenario.latency.errors },
  { header: 'p50 ms', value: (r) => r.scenario.latency.latencyMs.p50, decimals: 1 },
  { header: 'p95 ms', value: (r) => r.scenario.latency.latencyMs.p95, decimals: 1 },
  {
    header: 'Graph req/search',
    value: (r) => {
      const g = r.scenario.graphRequestsPerSearch;
      return g ? `${formatNumber(g.mean, 2)} (${g.min}–${g.max})` : null;
    },
    align: 'right',
  },
  { header: 'Graph target', value: (r) => graphTarget(r.scenario), align: 'left' },
  { header: 'service start s', value: (r) => r.serviceStartSeconds, decimals: 1 },
];

const LOWEST_COLUMNS: Column<QueryScore>[] = [
  { header: 'query', value: (q) => q.text },
  { header: 'as', value: (q) => q.language },
  { header: 'skill', value: (q) => q.skillId },
  { header: 'NDCG@10', value: (q) => q.ndcg, decimals: 3 },
  { header: 'experts in top 10', value: (q) => q.relevantInTop },
  { header: 'experts', value: (q) => q.experts },
  { header: 'matched', value: (q) => q.total },
  { header: 'read as', value: (q) => q.readAs.join(', ') || '(no skill: words only)', align: 'left' },
];

function header(result: TalentBenchResult): string {
  const { machine: m, settings: s } = result;
  return [
    `Talentfinder benchmark, ${result.date}`,
    `${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, ${m.os}, Node ${m.node}, ` +
      `load average ${m.loadAverage.join(' ')} at start`,
    `seed ${result.seed}; up to ${s.searchesPerSize} in-process searches per size and ` +
      `${s.apiSearchesPerScenario} API searches per scenario (one at a time, ${s.maxSecondsPerScenario} s cap); ` +
      `${s.ndcg}`,
  ].join('\n');
}

function errorLines(result: TalentBenchResult): string[] {
  return result.api.flatMap((run) =>
    run.scenarios
      .filter((s) => s.latency.errors > 0)
      .map((s) => `${formatNumber(run.people)} ${s.label}: ${s.latency.errorSamples.join(' | ')}`),
  );
}

export function formatTalentReport(result: TalentBenchResult): string {
  const apiRows = result.api.flatMap((run) =>
    run.scenarios.map((scenario) => ({
      people: run.people,
      serviceStartSeconds: run.serviceStartSeconds,
      scenario,
    })),
  );
  const largest = result.index.at(-1);
  const errors = errorLines(result);
  return [
    header(result),
    '',
    'Index (in process): build, heap growth, search({text, top: 10}) latency, relevance',
    '',
    formatTable(INDEX_COLUMNS, result.index),
    '',
    'Relevance by how the index read the query: mean NDCG@10 (queries)',
    '',
    formatTable(READING_COLUMNS, result.index),
    '',
    'API (service in process against a dev tenant, with presence)',
    '',
    apiRows.length > 0 ? formatTable(API_COLUMNS, apiRows) : '(not run)',
    ...(result.skippedApi.length > 0
      ? [`skipped for time: ${result.skippedApi.map((n) => formatNumber(n)).join(', ')} people`]
      : []),
    ...result.apiFailures.map((f) => `FAILED at ${formatNumber(f.people)} people: ${f.error}`),
    ...(largest
      ? [
          '',
          `Lowest-scoring queries at ${formatNumber(largest.people)} people ` +
            `(${largest.relevance.below05} of ${largest.relevance.queries} below 0.5)`,
          '',
          formatTable(LOWEST_COLUMNS, largest.relevance.lowest.slice(0, LOWEST_SHOWN)),
        ]
      : []),
    ...(errors.length > 0 ? ['', 'errors (samples):', ...errors] : []),
    '',
    `total ${formatNumber(result.totalSeconds, 0)} s`,
  ].join('\n');
}
