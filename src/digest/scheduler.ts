import { Cron } from 'croner';
import type { Logger } from '../log.ts';
import type { DigestSource } from './compose.ts';
import type { DigestSender } from './deliver.ts';
import { runPass, type PassReport } from './pass.ts';
import type { Store } from './store.ts';

/** Options of {@link DigestScheduler}. */
export interface SchedulerOptions {
  store: Store;
  source: DigestSource;
  sender: DigestSender;
  logger: Logger;
  /** Cron pattern of the ticks (default every minute, at second 5). */
  pattern?: string;
  /** The clock (default `new Date()`). */
  now?: () => Date;
}

/**
 * Runs a delivery pass every minute. A tick that starts while the previous pass is still
 * sending is skipped (the running pass finishes the work); {@link DigestScheduler.stop}
 * waits for a running pass to end.
 */
export class DigestScheduler {
  private readonly options: SchedulerOptions;
  private job: Cron | null = null;
  private running: Promise<PassReport | null> | null = null;
  private readonly abort = new AbortController();

  constructor(options: SchedulerOptions) {
    this.options = options;
  }

  /** Start ticking. */
  start(): void {
    if (this.job) return;
    this.job = new Cron(this.options.pattern ?? '5 * * * * *', { protect: true }, async () => {
      await this.tick();
    });
    this.options.logger.info('digest.scheduler_started', { next: this.job.nextRun()?.toISOString() ?? null });
  }

  /** Run one pass now (skipped, resolving null, while another is running). */
  tick(): Promise<PassReport | null> {
    if (this.running || this.abort.signal.aborted) return Promise.resolve(null);
    const { store, source, sender, logger } = this.options;
    const now = this.options.now?.() ?? new Date();
    this.running = runPass({ store, source, sender, logger, now, signal: this.abort.signal })
      .catch((error: unknown) => {
        logger.error('digest.pass_failed', { error });
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Stop ticking, stop a running pass between two messages, and wait for it. Final. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.job?.stop();
    this.job = null;
    await this.running;
  }
}
