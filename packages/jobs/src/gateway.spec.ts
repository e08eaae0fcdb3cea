import { randomUUID } from 'node:crypto';
import { type ConnectionOptions, UnrecoverableError, Worker } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueueGateway, QueueUnavailableError } from './gateway.js';
import { jobId, QUEUE, QUEUE_NAMES, queuePrefix } from './index.js';
import { openQueue } from './queues.js';

const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const redis = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };

/** A queue prefix of this run's own: nothing here sees another run's jobs. */
const prefix = `jobs-spec-${randomUUID().slice(0, 8)}`;
let warnings: string[] = [];

function gatewayOn(connection: ConnectionOptions): QueueGateway {
  return new QueueGateway({
    connection,
    prefix,
    openEventsConnection: () => ({ connection: { ...redis, maxRetriesPerRequest: null }, close: () => undefined }),
    warn: (message) => warnings.push(message),
  });
}

let gateway: QueueGateway;
let worker: Worker | undefined;

beforeAll(() => {
  gateway = gatewayOn({ ...redis, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
});

afterEach(async () => {
  await worker?.close();
  worker = undefined;
  warnings = [];
});

afterAll(async () => {
  await gateway.close();
  // Leave nothing of this run in Redis.
  for (const name of QUEUE_NAMES) {
    const queue = openQueue(name, { connection: { ...redis, maxRetriesPerRequest: null }, prefix });
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

/** A real BullMQ worker on the resolve queue that answers with `answer` for every job. */
function serveResolve(answer: (input: string) => unknown): void {
  worker = new Worker(QUEUE.resolveSource, (job) => Promise.resolve().then(() => answer((job.data as { input: string }).input)), {
    connection: { ...redis, maxRetriesPerRequest: null },
    prefix: queuePrefix(prefix),
  });
}

describe('QueueGateway', () => {
  it("answers a job's return value", async () => {
    serveResolve((input) => ({ echoed: input }));
    await expect(
      gateway.enqueueAndWait(QUEUE.resolveSource, { input: 'example.org' }, { timeoutMs: 30_000 }),
    ).resolves.toEqual({ status: 'finished', value: { echoed: 'example.org' } });
  });

  it("maps a job's final failure to failed, with its message", async () => {
    serveResolve(() => {
      throw new UnrecoverableError('no such feed');
    });
    const outcome = await gateway.enqueueAndWait(QUEUE.resolveSource, { input: 'missing.example' }, { timeoutMs: 30_000 });
    expect(outcome).toEqual({ status: 'failed', message: 'no such feed' });
    expect(warnings.some((warning) => warning.includes('no such feed'))).toBe(true);
  });

  it('maps a job nobody finished by the deadline to timed-out', async () => {
    // No worker serves the queue: the job waits.
    await expect(
      gateway.enqueueAndWait(QUEUE.resolveSource, { input: 'slow.example' }, { timeoutMs: 200 }),
    ).resolves.toEqual({ status: 'timed-out' });
  });

  it('validates payloads against the contract before anything is enqueued', async () => {
    const before = await gateway.jobCounts(QUEUE.verifyClaim, 'waiting');
    await expect(gateway.enqueue(QUEUE.verifyClaim, { claimId: '' })).rejects.toThrow();
    expect(await gateway.jobCounts(QUEUE.verifyClaim, 'waiting')).toEqual(before);
  });

  it('collapses jobs of one deterministic id into one', async () => {
    const sourceId = randomUUID();
    const options = { jobId: jobId.fetchSource(sourceId) };
    await gateway.enqueueMany(QUEUE.fetchSource, [
      { payload: { sourceId }, options },
      { payload: { sourceId }, options },
    ]);
    await gateway.enqueue(QUEUE.fetchSource, { sourceId }, options);
    expect((await gateway.jobCounts(QUEUE.fetchSource, 'waiting')).waiting).toBe(1);
  });

  it('reports an unreachable Redis as one QueueUnavailableError', async () => {
    // Nothing listens on port 1; the producer fails fast instead of queueing the command.
    const down = gatewayOn({ host: '127.0.0.1', port: 1, enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
    try {
      const failure = await down.enqueue(QUEUE.verifyClaim, { claimId: randomUUID() }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueueUnavailableError);
      expect(failure).toMatchObject({ queue: QUEUE.verifyClaim, stage: 'enqueue' });
    } finally {
      await down.close();
    }
  });
});
