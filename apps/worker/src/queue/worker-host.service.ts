import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { assertQueueRegistry, QUEUE, type ParsedJobPayload, parsePayload, type QueueName, queuePrefix } from '@tributary/jobs';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { ZodError } from 'zod';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { JOB_PROCESSORS, type JobProcessor } from './job-processor.js';
import { RedisConnections } from './redis-connections.js';

/**
 * Starts one BullMQ Worker per registered processor after checking that every queue has exactly one,
 * and closes them on shutdown — waiting for active jobs — so SIGTERM loses nothing.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(JOB_PROCESSORS) private readonly processors: JobProcessor[],
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly connections: RedisConnections,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    assertQueueRegistry(this.processors.map((processor) => processor.queue));
    const probe = this.connections.forWorker('settings-check');
    await this.connections.assertServerSettings(probe);
    for (const processor of this.processors) {
      const worker = new Worker(processor.queue, (job) => this.run(processor, job.data, job), {
        connection: this.connections.forWorker(processor.queue),
        prefix: queuePrefix(this.config.QUEUE_PREFIX),
        concurrency: processor.concurrency,
        // Long fetches renew their lock in the background; parsing runs off the event loop.
        // A crashed process stops renewing; its jobs are taken over once the lock lapses.
        lockDuration: this.config.JOB_LOCK_MS,
        stalledInterval: Math.max(Math.floor(this.config.JOB_LOCK_MS / 2), 500),
        maxStalledCount: 2,
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(`${processor.queue} job ${job?.id ?? '?'} failed: ${error.message}`);
        // A fetch job's id is its source's id: a finally failed job left in Redis would swallow every
        // later enqueue of that source. Its failure is logged and counted; free the id for the schedule.
        if (job && processor.queue === QUEUE.fetchSource && job.attemptsMade >= (job.opts.attempts ?? 1)) {
          job.remove().catch(() => undefined);
        }
      });
      worker.on('error', (error) => this.logger.warn(`${processor.queue} worker error: ${error.message}`));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    this.logger.log(`ready: processing ${this.processors.map((p) => `${p.queue}×${p.concurrency}`).join(', ')}`);
  }

  /** Validates the payload (a malformed one can never succeed, so it is not retried) and runs the job. */
  private async run(processor: JobProcessor, data: unknown, job: Job) {
    let payload: ParsedJobPayload<QueueName>;
    try {
      payload = parsePayload(processor.queue, data);
    } catch (error) {
      const message = error instanceof ZodError ? error.issues.map((issue) => issue.message).join('; ') : String(error);
      throw new UnrecoverableError(`invalid ${processor.queue} payload: ${message}`);
    }
    return processor.process(payload, job);
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    if (signal) this.logger.log(`${signal}: finishing active jobs…`);
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.logger.log('all workers closed');
  }
}
