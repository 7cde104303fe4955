import type { Measurement } from '../measure';
import type { MachineInfo } from '../results';
import { formatNumber, formatTable, type Column } from '../table';
import type { GraphCounts } from './shared';

export const TARGETS = {
  /** Samen's activities per second at least this share of the echo bot's on the same stack. */
  minThroughputRatioToEcho: 0.8,
  /** Presence requests per answer at most (none when nobody matches). */
  maxPresenceRequestsPerAnswer: 1,
  otherGraphRequestsPerAnswer: 0,
} as const;

export interface Spread {
  min: number;
  max: number;
  mean: number;
}

export interface BotBenchResult {
  suite: 'bot';
  date: string;
  machine: MachineInfo;
  settings: {
    people: number;
    conversations: number;
    activitiesPerBotPerRound: number;
    rounds: number;
    maxSecondsPerBotPerRound: number;
    warmUpActivitiesPerBot: number;
    sequentialAnswers: number;
    /** What the bench tenant allows, so throttling does not stand in for the bot's own cost. */
    tenantPresenceCallsPer30s: number;
    measured: string;
  };
  setup: { provisionSeconds: number; serviceStartSeconds: number; indexedPeople: number; questions: number };
  targets: typeof TARGETS;
  echo: Measurement;
  samen: Measurement;
  /**
   * The server process's CPU time per timed activity (both bots live in it, one measured at a time). Other
   * work on a shared machine stretches wall time but hardly CPU time, so this compares the bots' own cost.
   */
  serverCpuMsPerActivity: { echo: number | null; samen: number | null };
  /** Samen ÷ echo: activities per second; p50 and p95 latency and server CPU per activity (above 1: Samen costs more). */
  ratio: {
    activitiesPerSecond: number;
    p50: number | null;
    p95: number | null;
    serverCpuPerActivity: number | null;
  };
  graph: {
    /** Over the timed Samen phases: every request counted, divided by the answers given. */
    concurrent: { answers: number; counts: GraphCounts; presencePerAnswer: number; otherPerAnswer: number };
    /** During the echo bot's phases: the Samen service was idle, so anything here is background work. */
    duringEcho: GraphCounts;
    /** Answers asked one at a time, each one's requests counted exactly. */
    sequential: { answers: number; presence: Spread | null; other: Spread | null };
  };
  /** Of Samen's timed answers, how many showed people (the rest: nobody found, help, a notice). */
  samenAnswersWithPeople: number;
  totalSeconds: number;
}

const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

interface BotRow {
  label: string;
  m: Measurement;
  serverCpuMs: number | null;
}

const COLUMNS: Column<BotRow>[] = [
  { header: 'bot', value: (r) => r.label },
  { header: 'activities', value: (r) => r.m.completed },
  { header: 'errors', value: (r) => r.m.errors },
  { header: 'activities/s', value: (r) => r.m.perSecond, decimals: 1 },
  { header: 'p50 ms', value: (r) => r.m.latencyMs.p50, decimals: 1 },
  { header: 'p95 ms', value: (r) => r.m.latencyMs.p95, decimals: 1 },
  { header: 'p99 ms', value: (r) => r.m.latencyMs.p99, decimals: 1 },
  { header: 'server CPU ms/activity', value: (r) => r.serverCpuMs, decimals: 2 },
  { header: 'client CPU %', value: (r) => r.m.clientCpuPercent, decimals: 0 },
];

interface GraphRow {
  kind: string;
  mean: number;
  spread: Spread | null;
  target: string;
}

const GRAPH_COLUMNS: Column<GraphRow>[] = [
  { header: 'Graph requests per answer', value: (r) => r.kind },
  { header: 'mean, timed phases', value: (r) => r.mean, decimals: 2 },
  {
    header: 'min–max, one at a time',
    value: (r) => (r.spread ? `${r.spread.min}–${r.spread.max}` : null),
    align: 'right',
  },
  { header: 'target', value: (r) => r.target },
];

function graphRows(result: BotBenchResult): GraphRow[] {
  const { concurrent, sequential } = result.graph;
  const presenceOk =
    concurrent.presencePerAnswer <= TARGETS.maxPresenceRequestsPerAnswer &&
    (sequential.presence?.max ?? 0) <= TARGETS.maxPresenceRequestsPerAnswer;
  const otherOk =
    concurrent.otherPerAnswer <= TARGETS.otherGraphRequestsPerAnswer &&
    (sequential.other?.max ?? 0) <= TARGETS.otherGraphRequestsPerAnswer;
  return [
    {
      kind: 'presence (getPresencesByUserId)',
      mean: concurrent.presencePerAnswer,
      spread: sequential.presence,
      target: `${mark(presenceOk)} (≤ ${TARGETS.maxPresenceRequestsPerAnswer})`,
    },
    {
      kind: 'other',
      mean: concurrent.otherPerAnswer,
      spread: sequential.other,
      target: `${mark(otherOk)} (${TARGETS.otherGraphRequestsPerAnswer})`,
    },
  ];
}

function header(result: BotBenchResult): string {
  const { machine: m, settings: s, setup } = result;
  return [
    `Bot benchmark, ${result.date}`,
    `${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, ${m.os}, Node ${m.node}, ` +
      `load average ${m.loadAverage.join(' ')} at start`,
    `${formatNumber(s.people)} people (${formatNumber(setup.indexedPeople)} indexed), ${setup.questions} questions; ` +
      `${s.conversations} conversations at once, each waiting for its reply before the next message; ` +
      `${s.rounds} rounds of up to ${formatNumber(s.activitiesPerBotPerRound)} activities or ` +
      `${s.maxSecondsPerBotPerRound} s per bot, the order alternating, after ${s.warmUpActivitiesPerBot} ` +
      `warm-up activities per bot`,
    `measured: ${s.measured}`,
  ].join('\n');
}

function ratioLine(result: BotBenchResult): string {
  const { ratio } = result;
  const ok = ratio.activitiesPerSecond >= TARGETS.minThroughputRatioToEcho;
  const times = (value: number | null) => (value === null ? '–' : `${formatNumber(value, 2)}×`);
  return (
    `Samen ÷ echo bot: activities/s ${times(ratio.activitiesPerSecond)} ` +
    `(target ≥ ${TARGETS.minThroughputRatioToEcho}×: ${mark(ok)}); ` +
    `latency p50 ${times(ratio.p50)}, p95 ${times(ratio.p95)}; server CPU per activity ` +
    `${times(ratio.serverCpuPerActivity)} the echo bot's`
  );
}

function notes(result: BotBenchResult): string[] {
  const lines: string[] = [];
  const { concurrent, duringEcho } = result.graph;
  lines.push(
    `Samen's timed answers showing people: ${formatNumber(result.samenAnswersWithPeople)} of ` +
      `${formatNumber(concurrent.answers)}`,
  );
  const stray = Object.entries(concurrent.counts.otherByPath);
  if (stray.length > 0) lines.push(`other Graph requests: ${stray.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (duringEcho.presence + duringEcho.other > 0)
    lines.push(
      `Graph requests while the echo bot was measured (background): ${duringEcho.presence + duringEcho.other}`,
    );
  for (const [label, m] of [
    ['echo', result.echo],
    ['Samen', result.samen],
  ] as const) {
    if (m.errors > 0) lines.push(`${label} errors: ${m.errorSamples.join(' | ')}`);
    if (m.stoppedBy === 'time') lines.push(`${label}: a round reached its time cap (a smaller sample)`);
  }
  return lines;
}

export function formatBotReport(result: BotBenchResult): string {
  const rows: BotRow[] = [
    {
      label: 'echo bot (botbuilder, same stack)',
      m: result.echo,
      serverCpuMs: result.serverCpuMsPerActivity.echo,
    },
    { label: 'Samen', m: result.samen, serverCpuMs: result.serverCpuMsPerActivity.samen },
  ];
  return [
    header(result),
    '',
    formatTable(COLUMNS, rows),
    '',
    ratioLine(result),
    '',
    formatTable(GRAPH_COLUMNS, graphRows(result)),
    '',
    ...notes(result),
    `total ${formatNumber(result.totalSeconds, 1)} s`,
  ].join('\n');
}
