import { existsSync, readFileSync } from 'node:fs';
import { isProcessFailed, launch, runToEnd, type ProcessFailed } from '../src/launcher';

/** A Node process running `code`, its output kept rather than shown. */
const node = (code: string) => ({
  label: 'probe',
  command: process.execPath,
  args: ['-e', code],
  show: 'none' as const,
});

async function failureOf(promise: Promise<unknown>): Promise<ProcessFailed> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isProcessFailed(error)) throw new Error(`expected ProcessFailed, got ${String(error)}`);
  return error;
}

/** Running, not a zombie: a killed orphan can stay one in a container whose init does not reap. */
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
};

describe('launch', () => {
  it('resolves with the URL of the ready line and stops the process', async () => {
    const running = await launch({
      ...node(
        "console.log('warming up'); console.log('Probe ready: http://127.0.0.1:1'); setInterval(() => {}, 1000)",
      ),
      ready: /Probe ready: (\S+)/,
    });
    expect(running.url).toBe('http://127.0.0.1:1');
    expect(await running.stop()).toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('fails with the exit code and the last lines when the process ends before it is ready', async () => {
    const failed = await failureOf(
      launch({ ...node("console.error('port in use'); process.exit(2)"), ready: /ready/ }),
    );
    expect(failed.exitCode).toBe(2);
    expect(failed.message).toBe(
      'probe stopped before it was ready (exit code 2); its last lines:\n  port in use',
    );
  });

  it('times out with the last lines, and stops the process', async () => {
    const failed = await failureOf(
      launch({
        ...node("console.log('pid ' + process.pid); setInterval(() => {}, 1000)"),
        ready: /ready/,
        timeoutMs: 500,
      }),
    );
    expect(failed.message).toMatch(
      /^probe printed no ready line within 500 ms; its last lines:\n {2}pid \d+$/,
    );
    const pid = Number(/pid (\d+)/.exec(failed.message)![1]);
    expect(isAlive(pid)).toBe(false);
  });

  it('stops the whole process group, grandchildren included', async () => {
    const grandchild =
      "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']," +
      " { stdio: 'ignore' }); console.log('ready ' + c.pid); setInterval(() => {}, 1000)";
    const running = await launch({ ...node(grandchild), ready: /ready (\d+)/ });
    const pid = Number(running.url);
    expect(isAlive(pid)).toBe(true);
    await running.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(pid)).toBe(false);
  });
});

describe('runToEnd', () => {
  it('resolves when the command succeeds', async () => {
    await expect(runToEnd(node('process.exit(0)'))).resolves.toBeUndefined();
  });

  it('fails with the exit code and the last lines otherwise', async () => {
    const failed = await failureOf(
      runToEnd(node("console.log('one'); console.error('two'); process.exit(3)")),
    );
    expect(failed.exitCode).toBe(3);
    expect(failed.message).toMatch(/^probe failed \(exit code 3\); its last lines:\n/);
    expect(failed.lastLines).toEqual(expect.arrayContaining(['one', 'two']));
  });

  it('says when the command cannot be started', async () => {
    const failed = await failureOf(
      runToEnd({ label: 'nothing', command: '/nonexistent/tool', show: 'none' }),
    );
    expect(failed.message).toMatch(/^nothing could not start: /);
  });
});
