/** One timed operation. It throws (or rejects) to count as an error; its index tells it which data to use. */
export type Operation = (index: number) => Promise<void>;

export interface RunLimits {
  /** How many operations to start at most. */
  count: number;
  /** How many operations are in flight at once. */
  concurrency: number;
  /** No operation starts after this; those in flight still finish and count. Keeps slow scenarios bounded. */
  maxDurationMs: number;
}

export interface MeasureOptions extends RunLimits {
  /** Run first and thrown away, so that connections, JIT and caches are warm when timing starts. */
  warmUp?: Pick<RunLimits, 'count' | 'maxDurationMs'>;
}

export interface LatencySummary {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  mean: number | null;
  max: number | null;
}

export interface Measurement {
  /** Operations that finished, successful or not. */
  completed: number;
  errors: number;
  /** A few error messages, enough to see what went wrong without flooding a report. */
  errorSamples: string[];
  /** Wall time from the first start to the last finish. */
  durationMs: number;
  /** Completed operations per second of wall time. */
  perSecond: number;
  /** Latencies of the successful operations only: a fast failure says nothing about the work's cost. */
  latencyMs: LatencySummary;
  /** Whether the run ended because the count was reached or the time cap was. */
  stoppedBy: 'count' | 'time';
  /**
   * CPU the measuring process itself used, in % of one core. Near 100 means the client, not the system
   * under test, may be what limits the figure (client and server share the machine).
   */
  clientCpuPercent: number;
}

const MAX_ERROR_SAMPLES = 3;

/** Nearest-rank percentile of ascending values (no interpolation: every answer is a latency that happened). */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(Math.max(rank, 1), sortedAscending.length) - 1] ?? null;
}

export function summarise(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length > 0 ? total / sorted.length : null,
    max: sorted.at(-1) ?? null,
  };
}

interface RawRun {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  started: number;
  durationMs: number;
  cpuMs: number;
}

/** Runs up to `count` operations, `concurrency` at a time, indexes numbered from `firstIndex`. */
async function runPool(operation: Operation, limits: RunLimits, firstIndex: number): Promise<RawRun> {
  const run: RawRun = { latencies: [], errors: 0, errorSamples: [], started: 0, durationMs: 0, cpuMs: 0 };
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const deadline = begin + limits.maxDurationMs;
  // Each worker takes the next index when its previous operation ends: a closed loop, so the tenant is
  // never offered more than `concurrency` requests and the figures are throughput at that concurrency.
  const worker = async () => {
    while (run.started < limits.count && performance.now() < deadline) {
      const index = firstIndex + run.started;
      run.started += 1;
      const start = performance.now();
      try {
        await operation(index);
        run.latencies.push(performance.now() - start);
      } catch (error) {
        run.errors += 1;
        if (run.errorSamples.length < MAX_ERROR_SAMPLES) {
          run.errorSamples.push(error instanceof Error ? error.message : String(error));
        }
      }
    }
  };
  const workers = Math.max(1, Math.min(limits.concurrency, limits.count));
  await Promise.all(Array.from({ length: workers }, worker));
  run.durationMs = performance.now() - begin;
  const cpu = process.cpuUsage(cpuBefore);
  run.cpuMs = (cpu.user + cpu.system) / 1000;
  return run;
}

/** Warms up, then times `operation` within the limits and summarises what happened. */
export async function measure(operation: Operation, options: MeasureOptions): Promise<Measurement> {
  const warm = options.warmUp
    ? await runPool(operation, { ...options, ...options.warmUp }, 0)
    : { started: 0 };
  // Measured operations continue the warm-up's numbering, so an operation that creates data never repeats it.
  const run = await runPool(operation, options, warm.started);
  const completed = run.latencies.length + run.errors;
  return {
    completed,
    errors: run.errors,
    errorSamples: run.errorSamples,
    durationMs: run.durationMs,
    perSecond: run.durationMs > 0 ? (completed * 1000) / run.durationMs : 0,
    latencyMs: summarise(run.latencies),
    stoppedBy: run.started >= options.count ? 'count' : 'time',
    clientCpuPercent: run.durationMs > 0 ? (run.cpuMs * 100) / run.durationMs : 0,
  };
}
