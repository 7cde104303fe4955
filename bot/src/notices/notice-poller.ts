// Runs core's pollNotices every `intervalMs` in the service. Rounds never overlap: one that is due while the
// last still runs (a slow Graph) is skipped, not queued. Stopping waits for the running round, so the service
// closes without a round writing to the list after it.
import { pollNotices, type Clock, type PollDependencies, type PollReport } from '@samen/core';

export interface NoticePollerOptions extends PollDependencies {
  readonly clock: Clock;
  readonly intervalMs: number;
}

export class NoticePoller {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<PollReport | undefined>;

  constructor(private readonly options: NoticePollerOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.round(), this.options.intervalMs);
    this.timer.unref();
  }

  /** One round now, unless one is running (then undefined). Never rejects: a failed round is logged. */
  round(): Promise<PollReport | undefined> {
    if (this.running) return Promise.resolve(undefined);
    this.running = this.poll().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async poll(): Promise<PollReport | undefined> {
    try {
      const report = await pollNotices(this.options, this.options.clock.now());
      if (report.delivered + report.ended + report.failed + report.givenUp > 0)
        this.options.log(`notices: ${JSON.stringify(report)}`);
      return report;
    } catch (error) {
      this.options.log('notice round failed; trying again next round', error);
      return undefined;
    }
  }
}
