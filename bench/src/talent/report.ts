import type { MachineInfo } from '../results';
import { formatNumber, formatTable, type Column } from '../table';
import type { ApiOutput, ApiScenario, HeldOutOutput, IndexOutput, QueryScore } from './shared';

export const SAMEN = 'Samen';
export const BASELINE = 'MiniSearch baseline';

export const TARGETS = {
  inProcessP95MsAt100k: 2,
  graphRequestsPerResultPage: 1,
  /** The generator's NDCG@10 at 100,000 people before people's own words came first. */
  minMeanNdcgAt10: 0.895,
  heldOutSuccessAt3: 0.9,
  heldOutMrrOverBaseline: 0.1,
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
  heldOut: HeldOutOutput;
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

function ndcgTarget(row: IndexOutput): string {
  const value = row.relevance.meanNdcg;
  if (row.engine !== SAMEN || row.people !== 100_000) return '';
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
  { header: 'engine', value: (r) => r.engine, align: 'left' },
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
  { header: 'MRR', value: (r) => r.relevance.mrr, decimals: 3 },
  { header: 's@3', value: (r) => r.relevance.successAt3, decimals: 3 },
  { header: 'en', value: (r) => r.relevance.byLanguage.en.meanNdcg, decimals: 3 },
  { header: 'nl', value: (r) => r.relevance.byLanguage.nl.meanNdcg, decimals: 3 },
  { header: 'alias', value: (r) => r.relevance.byLanguage.alias.meanNdcg, decimals: 3 },
  { header: 'NDCG target', value: ndcgTarget, align: 'left' },
];

const reading = (r: IndexOutput, key: keyof IndexOutput['relevance']['byReading']) => {
  const group = r.relevance.byReading[key];
  return group.meanNdcg === null ? `– (0)` : `${formatNumber(group.meanNdcg, 3)} (${group.queries})`;
};

const READING_COLUMNS: Column<IndexOutput>[] = [
  { header: 'engine', value: (r) => r.engine, align: 'left' },
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
  { header: 'returned', value: (q) => q.total },
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

type HeldOutRow = HeldOutOutput['engines'][number];

function heldOutTarget(row: HeldOutRow, all: readonly HeldOutRow[]): string {
  if (row.engine !== SAMEN) return '';
  const baseline = all.find((r) => r.engine === BASELINE)?.bySplit.report.mrr ?? 0;
  const { successAt3, mrr } = row.bySplit.report;
  const ok = successAt3 >= TARGETS.heldOutSuccessAt3 && mrr >= baseline + TARGETS.heldOutMrrOverBaseline;
  return `${mark(ok)} (s@3 ≥ ${TARGETS.heldOutSuccessAt3}, MRR ≥ baseline + ${TARGETS.heldOutMrrOverBaseline})`;
}

function heldOutColumns(all: readonly HeldOutRow[]): Column<HeldOutRow>[] {
  return [
    { header: 'engine', value: (r) => r.engine, align: 'left' },
    { header: 'report NDCG@10', value: (r) => r.bySplit.report.ndcg, decimals: 3 },
    { header: 'MRR', value: (r) => r.bySplit.report.mrr, decimals: 3 },
    { header: 's@3', value: (r) => r.bySplit.report.successAt3, decimals: 3 },
    { header: 'tune NDCG@10', value: (r) => r.bySplit.tune.ndcg, decimals: 3 },
    { header: 'MRR', value: (r) => r.bySplit.tune.mrr, decimals: 3 },
    { header: 's@3', value: (r) => r.bySplit.tune.successAt3, decimals: 3 },
    { header: 'target', value: (r) => heldOutTarget(r, all), align: 'left' },
  ];
}

function kindColumns(kinds: readonly string[]): Column<HeldOutRow>[] {
  return [
    { header: 'engine (report half, MRR by kind)', value: (r) => r.engine, align: 'left' },
    ...kinds.map((kind) => ({
      header: kind,
      value: (r: HeldOutRow) => r.reportByKind[kind]?.mrr ?? null,
      decimals: 2,
    })),
  ];
}

function heldOutSection(heldOut: HeldOutOutput): string[] {
  const kinds = Object.keys(heldOut.engines[0]?.reportByKind ?? {});
  return [
    `Held-out set (bench/heldout: ${heldOut.profiles} profiles written without seeing the engine; ` +
      'graded judgments; tuned on the tune half only)',
    '',
    formatTable(heldOutColumns(heldOut.engines), heldOut.engines),
    '',
    formatTable(kindColumns(kinds), heldOut.engines),
    '',
  ];
}

export function formatTalentReport(result: TalentBenchResult): string {
  const apiRows = result.api.flatMap((run) =>
    run.scenarios.map((scenario) => ({
      people: run.people,
      serviceStartSeconds: run.serviceStartSeconds,
      scenario,
    })),
  );
  const largest = result.index.filter((row) => row.engine === SAMEN).at(-1);
  const errors = errorLines(result);
  return [
    header(result),
    '',
    ...heldOutSection(result.heldOut),
    "Generator (in-sample: the seed generator's vocabulary and ground truth) and latency, in process; MRR and s@3 " +
      'count the first person with level ≥ 3',
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
