// The suite's handle on the server child (bot-server.ts): started, asked for Graph counts, stopped.
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { ServerCounters, ServerInput, ServerMessage, SuiteMessage } from './shared';

type Ready = Extract<ServerMessage, { kind: 'ready' }>;

export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {}

  static start(input: ServerInput, caCertPath: string): Promise<ServerProcess> {
    const child = fork(resolve(__dirname, 'bot-server.js'), [JSON.stringify(input)], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolvePromise, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`the bot bench's server exited (${code}) before it was ready`));
      child.once('exit', exited);
      child.once('error', reject);
      child.once('message', (message: ServerMessage) => {
        child.off('exit', exited);
        if (message.kind === 'ready') resolvePromise(new ServerProcess(child, message));
        else reject(new Error(`the bot bench's server said ${message.kind} before ready`));
      });
    });
  }

  /** Graph requests and CPU time so far. One question at a time: the answer is the next message. */
  counters(): Promise<ServerCounters> {
    return new Promise((resolvePromise, reject) => {
      this.child.once('message', (message: ServerMessage) => {
        if (message.kind === 'counters') resolvePromise(message.counters);
        else reject(new Error(`expected counters, got ${message.kind}`));
      });
      this.tell({ kind: 'counters' });
    });
  }

  /** Asks the server to close its bots and exit; kills it if it has not within five seconds. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolvePromise) => this.child.once('exit', resolvePromise));
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    this.tell({ kind: 'stop' });
    await exited;
    clearTimeout(kill);
  }

  private tell(message: SuiteMessage): void {
    this.child.send(message);
  }
}
