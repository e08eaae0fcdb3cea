import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { getDomain } from 'tldts';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { RedisConnections } from '../../queue/redis-connections.js';
import { HostBusyError } from './host-busy.error.js';

export { HostBusyError };

export interface HostBudget {
  /** Requests in flight at once, across every worker process. */
  concurrency: number;
  /** Least time between the starts of two requests. */
  minIntervalMs: number;
}

/** Platforms with their own, stricter budgets; everything else shares HOST_CONCURRENCY per domain. */
const PLATFORM_BUDGETS: Record<string, HostBudget> = {
  't.me': { concurrency: 2, minIntervalMs: 1_000 },
  'substack.com': { concurrency: 2, minIntervalMs: 1_000 },
  'x.com': { concurrency: 2, minIntervalMs: 1_000 },
  'twitter.com': { concurrency: 2, minIntervalMs: 1_000 },
};

// KEYS[1] slots (zset token → lease expiry), KEYS[2] not-before (ms). ARGV: leaseMs, limit, token, minIntervalMs.
// Returns 0 when a slot was taken, else the milliseconds to wait. Time comes from Redis so every
// worker process agrees on it.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local notBefore = tonumber(redis.call('GET', KEYS[2]) or '0')
if notBefore > now then return notBefore - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(math.min(tonumber(first[2]) - now, 100), 10)
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
local interval = tonumber(ARGV[4])
if interval > 0 then redis.call('SET', KEYS[2], now + interval, 'PX', interval) end
return 0`;

// KEYS[1] not-before. ARGV: until (epoch ms). Only ever pushes the time later.
const PENALIZE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local untilMs = tonumber(ARGV[1])
if untilMs > current and untilMs > now then redis.call('SET', KEYS[1], untilMs, 'PX', untilMs - now) end
return 0`;

/** The scripts above as commands of the limiter's connection (Redis#defineCommand). */
interface LimiterCommands {
  hostAcquire(...args: [slots: string, notBefore: string, leaseMs: number, limit: number, token: string, minIntervalMs: number]): Promise<number>;
  hostPenalize(...args: [notBefore: string, until: number]): Promise<unknown>;
}

/**
 * Per-host politeness shared by all worker processes through Redis: at most `concurrency` requests in
 * flight per registrable domain, starts spaced by `minIntervalMs`, and after a 429 that domain — and
 * only that domain — waits until the time it asked for.
 */
@Injectable()
export class HostLimiter {
  private readonly redis: Redis & LimiterCommands;
  private readonly prefix: string;
  private readonly defaultBudget: HostBudget;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig, connections: RedisConnections) {
    // Many jobs acquire and release at once: their commands share writes (auto-pipelining).
    const redis = connections.forWorker('host-limiter', { autoPipelining: true });
    // Sent by SHA (EVALSHA, loaded on first use): not the script's text on every request.
    redis.defineCommand('hostAcquire', { numberOfKeys: 2, lua: ACQUIRE });
    redis.defineCommand('hostPenalize', { numberOfKeys: 1, lua: PENALIZE });
    this.redis = redis as Redis & LimiterCommands;
    this.prefix = `${config.QUEUE_PREFIX}:host`;
    this.defaultBudget = { concurrency: config.HOST_CONCURRENCY, minIntervalMs: 0 };
  }

  /** The registrable domain a URL's requests are counted against (IP literals count on their own). */
  static domainOf(url: string): string {
    const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return getDomain(hostname, { allowPrivateDomains: false }) ?? hostname;
  }

  budgetFor(domain: string): HostBudget {
    return PLATFORM_BUDGETS[domain] ?? this.defaultBudget;
  }

  /** Runs `task` holding one of the domain's slots; waits at most `maxWaitMs` for it. */
  async run<T>(url: string, task: () => Promise<T>, maxWaitMs = 30_000, leaseMs = 120_000): Promise<T> {
    const domain = HostLimiter.domainOf(url);
    const budget = this.budgetFor(domain);
    const token = randomUUID();
    const slots = `${this.prefix}:${domain}:slots`;
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      const waitMs = await this.redis.hostAcquire(
        slots, `${this.prefix}:${domain}:not-before`,
        leaseMs, budget.concurrency, token, budget.minIntervalMs,
      );
      if (waitMs === 0) break;
      if (Date.now() + waitMs > deadline) throw new HostBusyError(domain, new Date(Date.now() + waitMs));
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    try {
      return await task();
    } finally {
      // Not awaited: the slot stays taken until Redis runs this (never early), and the caller does not
      // wait a round trip for it. Should it fail, the slot's lease expires on its own.
      void this.redis.zrem(slots, token).catch(() => undefined);
    }
  }

  /** After a 429: no request to this domain before `until`. */
  async penalize(url: string, until: Date): Promise<void> {
    const domain = HostLimiter.domainOf(url);
    await this.redis.hostPenalize(`${this.prefix}:${domain}:not-before`, until.getTime());
  }
}
