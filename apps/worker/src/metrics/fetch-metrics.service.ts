import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { QUEUE_NAMES, type QueueName } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { type Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { RedisConnections } from '../queue/redis-connections.js';

/** Fetch latency samples kept in Redis (newest first), shared by every worker process. */
export const LATENCY_SAMPLES = 1_000;
const MINUTE_BUCKET_TTL_SECONDS = 2 * 3600;
/** Buffered samples reach Redis after at most this long, or once this many wait. */
const FLUSH_INTERVAL_MS = 1_000;
const FLUSH_SAMPLES = 500;
const QUEUE_STATES = ['waiting', 'active', 'failed', 'delayed'] as const;

export type QueueState = (typeof QUEUE_STATES)[number];

export interface MetricsSnapshot {
  queues: Record<QueueName, Record<QueueState, number>>;
  /** Over the most recent samples (all processes): seconds, or null before the first fetch. */
  latency: { p50: number | null; p95: number | null; samples: number };
  /** During the last complete minute. */
  fetchesPerMinute: number;
  errorsPerMinute: number;
  fetchesTotal: number;
  errorsTotal: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Fetch metrics for operators. Each fetch adds one sample to Redis (a capped list plus per-minute and
 * total counters; batched, see recordFetch), so any process — this worker's endpoint, another worker,
 * an admin page — reads the same figures. Recording is best effort: a metric never fails a job.
 */
@Injectable()
export class FetchMetrics implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly keys: {
    latency: string;
    total: string;
    errors: string;
    minute: (minute: number) => string;
  };
  private readonly queues: TypedQueue<QueueName>[];
  private buffer: { at: number; durationMs: number; isError: boolean }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    this.redis = connections.forCommands('metrics');
    const base = `${config.QUEUE_PREFIX}:metrics:fetch`;
    this.keys = {
      latency: `${base}:latency`,
      total: `${base}:total`,
      errors: `${base}:errors`,
      minute: (minute) => `${base}:minute:${minute}`,
    };
    this.queues = QUEUE_NAMES.map((name) =>
      openQueue(name, { connection: this.redis, prefix: config.QUEUE_PREFIX }),
    );
  }

  /**
   * Counts one fetch. Samples wait in memory and go to Redis together — one MULTI at most every
   * {@link FLUSH_INTERVAL_MS} — rather than a round trip per fetch; the metrics of the last moments
   * of a crashed process are lost, nothing else.
   */
  recordFetch(durationMs: number, isError: boolean, at: number = Date.now()): void {
    this.buffer.push({ at, durationMs, isError });
    if (this.buffer.length >= FLUSH_SAMPLES) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  /** Sends the buffered samples to Redis (best effort: a metric never fails a job). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const samples = this.buffer;
    if (samples.length === 0) return;
    this.buffer = [];
    const multi = this.redis.multi();
    // LPUSH puts its last argument at the head: oldest first keeps the list newest first.
    multi
      .lpush(this.keys.latency, ...samples.map((sample) => `${sample.at}:${Math.round(sample.durationMs)}:${sample.isError ? 0 : 1}`))
      .ltrim(this.keys.latency, 0, LATENCY_SAMPLES - 1)
      .incrby(this.keys.total, samples.length);
    const errors = samples.filter((sample) => sample.isError).length;
    if (errors > 0) multi.incrby(this.keys.errors, errors);
    const minutes = new Map<number, { fetches: number; errors: number }>();
    for (const sample of samples) {
      const minute = Math.floor(sample.at / 60_000);
      const counts = minutes.get(minute) ?? { fetches: 0, errors: 0 };
      counts.fetches += 1;
      if (sample.isError) counts.errors += 1;
      minutes.set(minute, counts);
    }
    for (const [minute, counts] of minutes) {
      const minuteKey = this.keys.minute(minute);
      multi.hincrby(minuteKey, 'fetches', counts.fetches).expire(minuteKey, MINUTE_BUCKET_TTL_SECONDS);
      if (counts.errors > 0) multi.hincrby(minuteKey, 'errors', counts.errors);
    }
    await multi.exec().catch(() => undefined);
  }

  async snapshot(now: number = Date.now()): Promise<MetricsSnapshot> {
    await this.flush();
    const lastMinute = this.keys.minute(Math.floor(now / 60_000) - 1);
    const [counts, reply] = await Promise.all([
      Promise.all(this.queues.map((queue) => queue.getJobCounts(...QUEUE_STATES))),
      this.redis
        .multi()
        .lrange(this.keys.latency, 0, LATENCY_SAMPLES - 1)
        .hmget(lastMinute, 'fetches', 'errors')
        .mget(this.keys.total, this.keys.errors)
        .exec(),
    ]);
    const [samples, minute, totals] = (reply ?? []).map(([, value]) => value) as [
      string[],
      (string | null)[],
      (string | null)[],
    ];
    const durations = samples.map((sample) => Number(sample.split(':')[1]) / 1000).sort((a, b) => a - b);
    const queues = Object.fromEntries(
      QUEUE_NAMES.map((name, index) => [
        name,
        Object.fromEntries(QUEUE_STATES.map((state) => [state, counts[index]![state] ?? 0])),
      ]),
    ) as MetricsSnapshot['queues'];
    return {
      queues,
      latency: { p50: percentile(durations, 50), p95: percentile(durations, 95), samples: durations.length },
      fetchesPerMinute: Number(minute[0] ?? 0),
      errorsPerMinute: Number(minute[1] ?? 0),
      fetchesTotal: Number(totals[0] ?? 0),
      errorsTotal: Number(totals[1] ?? 0),
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}

/** The snapshot in Prometheus text exposition format (version 0.0.4). */
export function formatPrometheus(snapshot: MetricsSnapshot): string {
  const lines: string[] = [
    '# HELP tributary_queue_jobs Jobs in each BullMQ queue by state.',
    '# TYPE tributary_queue_jobs gauge',
  ];
  for (const [queue, states] of Object.entries(snapshot.queues)) {
    for (const [state, count] of Object.entries(states)) {
      lines.push(`tributary_queue_jobs{queue="${queue}",state="${state}"} ${count}`);
    }
  }
  const gauge = (name: string, help: string, value: number | null, labels = '') => {
    if (!lines.includes(`# TYPE ${name} gauge`)) lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    lines.push(`${name}${labels} ${value ?? 'NaN'}`);
  };
  const help = `Fetch duration over the last ${snapshot.latency.samples} fetches of all workers, seconds.`;
  gauge('tributary_fetch_latency_seconds', help, snapshot.latency.p50, '{quantile="0.5"}');
  gauge('tributary_fetch_latency_seconds', help, snapshot.latency.p95, '{quantile="0.95"}');
  gauge(
    'tributary_fetches_per_minute',
    'Fetches finished during the last complete minute.',
    snapshot.fetchesPerMinute,
  );
  gauge(
    'tributary_fetch_errors_per_minute',
    'Failed fetches during the last complete minute.',
    snapshot.errorsPerMinute,
  );
  lines.push(
    '# HELP tributary_fetches_total Fetches finished by all workers.',
    '# TYPE tributary_fetches_total counter',
    `tributary_fetches_total ${snapshot.fetchesTotal}`,
    '# HELP tributary_fetch_errors_total Failed fetches of all workers.',
    '# TYPE tributary_fetch_errors_total counter',
    `tributary_fetch_errors_total ${snapshot.errorsTotal}`,
  );
  return `${lines.join('\n')}\n`;
}
