import { randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { loadWorkerConfig, type WorkerConfig } from '@tributary/config';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { QUEUE, type JobPayload, queuePrefix } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import { createWorkerApp } from '../../src/bootstrap.js';

export interface WorkerHarness {
  app: INestApplicationContext;
  config: WorkerConfig;
  prisma: PrismaClient;
  /** Enqueues a fetch of the source and waits for the job's result. */
  fetch(sourceId: string): Promise<unknown>;
  resolve(payload: JobPayload<typeof QUEUE.resolveSource>): Promise<unknown>;
  close(): Promise<void>;
}

/** The real worker (its BullMQ workers included) on this run's test database and its own queue prefix. */
export async function startWorker(overrides: Record<string, string> = {}): Promise<WorkerHarness> {
  const config = loadWorkerConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    SCHEDULER_TICK_MS: '3600000',
    // Recorded feeds may name public hubs: no test subscribes to them unless it asks.
    WEBSUB_ENABLED: 'false',
    ...overrides,
  });
  const app = await createWorkerApp(config);
  await app.init();
  const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
  const connection = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = queuePrefix(config.QUEUE_PREFIX);
  const queues = {
    fetch: openQueue(QUEUE.fetchSource, { connection, prefix: config.QUEUE_PREFIX }),
    resolve: openQueue(QUEUE.resolveSource, { connection, prefix: config.QUEUE_PREFIX }),
  };
  const events = {
    fetch: new QueueEvents(QUEUE.fetchSource, { connection: connection.duplicate(), prefix }),
    resolve: new QueueEvents(QUEUE.resolveSource, { connection: connection.duplicate(), prefix }),
  };
  await Promise.all([events.fetch.waitUntilReady(), events.resolve.waitUntilReady()]);

  const run = async <Q extends typeof QUEUE.fetchSource | typeof QUEUE.resolveSource>(
    queue: TypedQueue<Q>,
    queueEvents: QueueEvents,
    data: JobPayload<Q>,
    jobId?: string,
  ) => {
    const job = await queue.add(queue.name as never, data as never, jobId ? { jobId } : {});
    return job.waitUntilFinished(queueEvents, 30_000);
  };

  return {
    app,
    config,
    prisma,
    fetch: (sourceId) => run(queues.fetch, events.fetch, { sourceId, reason: 'manual' }, sourceId),
    resolve: (payload) => run(queues.resolve, events.resolve, payload),
    async close() {
      await Promise.all([events.fetch.close(), events.resolve.close(), queues.fetch.close(), queues.resolve.close()]);
      connection.disconnect();
      await app.close();
      await prisma.$disconnect();
    },
  };
}
