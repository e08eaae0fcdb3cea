import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { jobId, QUEUE } from '@tributary/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { JobGateway } from '../queue/job-gateway.service.js';
import { type ClaimedSource, ScheduleRepository, slowestFirst } from './schedule.repository.js';

/** Sources claimed per statement; a full batch makes the tick claim again at once. */
const TICK_BATCH = 500;
/** Claims are enqueued together (one addBulk, one slowest-first order) up to this many. */
const ENQUEUE_CHUNK = 2_000;

/**
 * The schedule lives in PostgreSQL (Source.nextFetchAt). One repeatable "tick" job — not one BullMQ
 * scheduler per source — turns due rows into fetch jobs whose id is the source id.
 */
@Injectable()
export class ScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Schedule');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly repository: ScheduleRepository,
    private readonly jobs: JobGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedulers();
    // A Redis that restarted without its data has forgotten the schedulers: put them back on reconnect.
    this.jobs.connection.on('ready', () => {
      this.ensureSchedulers().catch((error: unknown) => {
        this.logger.warn(`could not restore the job schedulers: ${(error as Error).message}`);
      });
    });
  }

  /** Idempotent: every process upserts the same two schedulers. */
  async ensureSchedulers(): Promise<void> {
    await this.jobs.upsertScheduler(QUEUE.housekeeping, 'tick', this.config.SCHEDULER_TICK_MS, { task: 'tick' });
    await this.jobs.upsertScheduler(QUEUE.housekeeping, 'purge-sessions', 3600_000, { task: 'purge-sessions' });
  }

  /**
   * Enqueues fetch jobs for every due source; returns how many were claimed. Claims go out in chunks of
   * up to {@link ENQUEUE_CHUNK}, each slowest first (see ScheduleRepository.claimDueSources).
   */
  async tick(): Promise<number> {
    let total = 0;
    let chunk: ClaimedSource[] = [];
    for (;;) {
      const claimed = await this.repository.claimDueSources(TICK_BATCH, this.config.SCHEDULE_LEASE_SECONDS);
      chunk.push(...claimed);
      total += claimed.length;
      const isLast = claimed.length < TICK_BATCH;
      if (chunk.length > 0 && (isLast || chunk.length >= ENQUEUE_CHUNK)) {
        await this.enqueue(slowestFirst(chunk).map((source) => source.id));
        chunk = [];
      }
      if (isLast) break;
    }
    if (total > 0) this.logger.debug(`enqueued ${total} due source(s)`);
    return total;
  }

  private async enqueue(ids: string[]): Promise<void> {
    try {
      await this.jobs.enqueueMany(
        QUEUE.fetchSource,
        ids.map((sourceId) => ({
          payload: { sourceId, reason: 'schedule' as const },
          options: { jobId: jobId.fetchSource(sourceId) },
        })),
      );
    } catch (error) {
      // Redis is away: hand the claims back rather than leave the sources leased for nothing.
      await this.repository.releaseClaims(ids).catch(() => undefined);
      throw error;
    }
  }
}
