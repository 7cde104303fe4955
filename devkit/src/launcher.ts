// The one way Samen's tooling starts a process and waits for it: the task runner (gulpfile.js), Jest's global
// setup, the browser tests and the benchmarks all start the dev tenant, the service and the portal through here.
// A service runs in a process group of its own, so stopping it also stops whatever it started; its last lines
// are kept, so a failure says why without scrolling.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How much of a process's output a failure quotes. */
const LAST_LINES = 30;
/** How long a stopped process gets between SIGTERM and SIGKILL. */
const STOP_GRACE_MS = 5_000;

export interface ProcessSpec {
  /** Names the process in messages: "dev tenant", "Samen service". */
  label: string;
  command: string;
  args?: readonly string[];
  cwd?: string;
  /** The whole environment (not added to this process's). */
  env?: NodeJS.ProcessEnv;
  /**
   * Where its output goes, besides the last lines kept for errors: `all` (prefixed by `prefix`), `stderr` only,
   * or `none`. `inherit` hands over the terminal itself (colours, progress bars) and keeps no lines.
   */
  show?: 'all' | 'stderr' | 'none' | 'inherit';
  prefix?: string;
}

export interface ServiceSpec extends ProcessSpec {
  /** The line that says it is ready; its first group, if any, is the URL it serves. */
  ready: RegExp;
  /** Default 60 s. */
  timeoutMs?: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  readonly label: string;
  readonly child: ChildProcess;
  /** The ready line's first group ('' if it has none). */
  readonly url: string;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<Exit>;
  /** Stops the process group (SIGTERM, then SIGKILL after a grace period); safe to call more than once. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
  lastLines(): readonly string[];
}

/** A process ended badly, did not get ready in time, or could not start; the message quotes its last lines. */
export class ProcessFailed extends Error {
  readonly code = 'processFailed';
  constructor(
    readonly label: string,
    readonly reason: string,
    readonly exit: Exit | undefined,
    readonly lastLines: readonly string[],
  ) {
    super(
      `${label} ${reason}` + (lastLines.length > 0 ? `; its last lines:\n  ${lastLines.join('\n  ')}` : ''),
    );
    this.name = 'ProcessFailed';
  }

  /** The exit code, when it exited by itself with one. */
  get exitCode(): number | null {
    return this.exit?.code ?? null;
  }
}

export const isProcessFailed = (error: unknown): error is ProcessFailed => error instanceof ProcessFailed;

const describeExit = ({ code, signal }: Exit) => (signal ? `signal ${signal}` : `exit code ${code}`);

// ---------------------------------------------------------------------------------------------------------
// Process groups still running. They are detached from ours (that is what makes a group stoppable), so a
// Ctrl-C in the terminal no longer reaches them: this process passes it on, and stops them when it exits.

const liveGroups = new Set<number>();

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function onParentSignal(signal: NodeJS.Signals): void {
  for (const pid of liveGroups) signalGroup(pid, 'SIGTERM');
  // Someone else (the task runner, a benchmark) decides how this process ends; otherwise end as Node would.
  if (process.listenerCount(signal) > 1) return;
  process.off(signal, onParentSignal);
  process.kill(process.pid, signal);
}

let parentHooked = false;
function hookParent(): void {
  if (parentHooked) return;
  parentHooked = true;
  process.on('exit', () => liveGroups.forEach((pid) => signalGroup(pid, 'SIGTERM')));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onParentSignal);
}

// ---------------------------------------------------------------------------------------------------------

function keepLines(child: ChildProcess, spec: ProcessSpec, onLine: (line: string) => void): string[] {
  const kept: string[] = [];
  const prefix = spec.prefix ?? '';
  const watch = (stream: NodeJS.ReadableStream | null, shown: boolean, out: NodeJS.WriteStream) => {
    if (!stream) return;
    // The interface stays attached after the ready line, so the pipe keeps being drained.
    createInterface({ input: stream }).on('line', (line) => {
      kept.push(line);
      if (kept.length > LAST_LINES) kept.shift();
      if (shown) out.write(`${prefix}${line}\n`);
      onLine(line);
    });
  };
  const show = spec.show ?? 'stderr';
  watch(child.stdout, show === 'all', process.stdout);
  watch(child.stderr, show === 'all' || show === 'stderr', process.stderr);
  return kept;
}

function spawnProcess(spec: ProcessSpec, ownGroup: boolean): ChildProcess {
  return spawn(spec.command, [...(spec.args ?? [])], {
    cwd: spec.cwd,
    env: spec.env ?? process.env,
    stdio: spec.show === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: ownGroup,
  });
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    // 'close' comes after the output pipes are drained, so the last lines are all there.
    else child.once('close', (code, signal) => resolve({ code, signal }));
    // A process that could not be spawned never closes.
    child.once('error', () => child.pid === undefined && resolve({ code: null, signal: null }));
  });
}

function stopper(child: ChildProcess, exited: Promise<Exit>) {
  let stopping: Promise<Exit> | undefined;
  return (signal: NodeJS.Signals = 'SIGTERM') => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return exited;
      signalGroup(child.pid, signal);
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), STOP_GRACE_MS);
      const exit = await exited;
      clearTimeout(timer);
      // Grandchildren may outlive the leader; the group goes with it.
      signalGroup(child.pid, 'SIGKILL');
      return exit;
    })();
    return stopping;
  };
}

/**
 * Starts a long-running process in its own process group and resolves once it prints `ready`. Rejects with
 * ProcessFailed (its last lines quoted) if it exits first or stays silent past the timeout, having stopped it.
 */
export function launch(spec: ServiceSpec): Promise<RunningProcess> {
  hookParent();
  const child = spawnProcess(spec, true);
  const pid = child.pid;
  if (pid !== undefined) liveGroups.add(pid);
  const exited = exitOf(child).finally(() => pid !== undefined && liveGroups.delete(pid));
  const stop = stopper(child, exited);
  return new Promise<RunningProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string, exit?: Exit) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new ProcessFailed(spec.label, reason, exit, [...kept])));
    };
    const kept = keepLines(child, spec, (line) => {
      const match = settled ? null : spec.ready.exec(line);
      if (!match) return;
      settled = true;
      clearTimeout(timer);
      resolve({ label: spec.label, child, url: match[1] ?? '', exited, stop, lastLines: () => [...kept] });
    });
    const timeoutMs = spec.timeoutMs ?? 60_000;
    const timer = setTimeout(() => fail(`printed no ready line within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    void exited.then((exit) => fail(`stopped before it was ready (${describeExit(exit)})`, exit));
  });
}

/**
 * Runs a command to its end (a build, a provisioning run) in this process's group, so a Ctrl-C in the terminal
 * reaches it directly. Rejects with ProcessFailed unless it exits with 0.
 */
export async function runToEnd(spec: ProcessSpec): Promise<void> {
  const child = spawnProcess(spec, false);
  const kept = spec.show === 'inherit' ? [] : keepLines(child, spec, () => undefined);
  const started = new Promise<never>((_, reject) => child.once('error', reject));
  const exit = await Promise.race([exitOf(child), started]).catch((error: Error) => {
    throw new ProcessFailed(spec.label, `could not start: ${error.message}`, undefined, []);
  });
  if (exit.code !== 0) throw new ProcessFailed(spec.label, `failed (${describeExit(exit)})`, exit, [...kept]);
}
