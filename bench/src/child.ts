import { fork } from 'node:child_process';
import { basename } from 'node:path';

/**
 * Runs a module (one that calls `childMain`) in a child Node process and resolves with the one result it
 * sends back. A child is how a benchmark gets settings that Node reads only at start, such as
 * NODE_EXTRA_CA_CERTS or `--expose-gc` (in `execArgv`), and a heap of its own to measure.
 */
export function runInChild<Result>(
  modulePath: string,
  input: unknown,
  env: NodeJS.ProcessEnv,
  execArgv: readonly string[] = [],
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(modulePath, [JSON.stringify(input)], {
      env,
      execArgv: [...process.execArgv, ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: { value: Result } | undefined;
    child.once('message', (message) => {
      result = { value: message as Result };
    });
    child.once('error', reject);
    // 'close', not 'exit': it comes after the IPC channel has closed, so a result sent just before exiting
    // has arrived by then.
    child.once('close', (code, signal) => {
      if (result && code === 0) resolve(result.value);
      else reject(new Error(`${basename(modulePath)} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** The child's side of `runInChild`: reads the input, runs `work`, sends the result back and exits. */
export function childMain<Input, Result>(work: (input: Input) => Promise<Result>): void {
  const send = process.send?.bind(process);
  if (!send) {
    console.error(`${basename(process.argv[1] ?? 'this module')} is started by runInChild, not directly`);
    process.exit(2);
  }
  // The parent gone (Ctrl-C, a CI timeout) means nobody wants the result: stop rather than keep loading a
  // tenant that is being shut down.
  process.once('disconnect', () => process.exit(1));
  work(JSON.parse(process.argv[2] ?? 'null') as Input).then(
    (result) => send(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      // fetch's "fetch failed" says why only in its cause (ECONNRESET, a certificate error…).
      if (error instanceof Error && error.cause !== undefined) console.error('cause:', error.cause);
      process.exit(1);
    },
  );
}
