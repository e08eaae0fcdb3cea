import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../common/config.js';
import { RedisService } from '../common/redis.service.js';

/** How long a stream counts without its process renewing it (a crashed API process frees its slots). */
const LEASE_MS = 60_000;
const RENEW_MS = 20_000;

// One sorted set per session: member = stream id, score = when its lease runs out. Expired leases are
// dropped first, then the stream takes a slot only if fewer than the limit are open.
const ACQUIRE_SCRIPT = `
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

// Renews a lease only while the stream still holds it.
const RENEW_SCRIPT = `
if redis.call('ZSCORE', KEYS[1], ARGV[2]) == false then return 0 end
redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** A slot taken by an open stream; release it exactly once when the stream ends. */
export interface StreamSlot {
  release(): void;
}

/**
 * At most GRAPHQL_MAX_STREAMS_PER_SESSION open subscription streams per session, counted in Redis so the
 * bound holds across every API process. A slot is a lease that its process renews while the stream is
 * open, so streams of a process that died stop counting after a minute.
 */
@Injectable()
export class StreamLimiter {
  private readonly logger = new Logger(StreamLimiter.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly redis: RedisService,
  ) {}

  get maxPerSession(): number {
    return this.config.GRAPHQL_MAX_STREAMS_PER_SESSION;
  }

  private key(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:streams:${sessionId}`;
  }

  /** Takes a slot for a new stream of `sessionId`, or answers null when the session has all its streams open. Throws when Redis cannot answer. */
  async acquire(sessionId: string): Promise<StreamSlot | null> {
    const key = this.key(sessionId);
    const streamId = randomUUID();
    const taken = await this.redis.client.eval(
      ACQUIRE_SCRIPT,
      1,
      key,
      String(Date.now()),
      String(this.maxPerSession),
      String(LEASE_MS),
      streamId,
    );
    if (taken !== 1) return null;
    const renewal = setInterval(() => {
      this.redis.client
        .eval(RENEW_SCRIPT, 1, key, String(Date.now()), streamId, String(LEASE_MS))
        .catch((error: Error) => this.logger.warn(`could not renew a stream lease: ${error.message}`));
    }, RENEW_MS);
    renewal.unref();
    let isReleased = false;
    return {
      release: () => {
        if (isReleased) return;
        isReleased = true;
        clearInterval(renewal);
        this.redis.client
          .zrem(key, streamId)
          .catch((error: Error) => this.logger.warn(`could not release a stream slot: ${error.message}`));
      },
    };
  }
}
