import { Inject, Injectable } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import { RedisConnections } from '../../queue/redis-connections.js';

// KEYS[1] the account's counter. ARGV: limit, windowMs. Takes one unit unless the budget is spent;
// returns 0 when taken, else the ms until the window ends. The window starts at the first unit.
const TAKE = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
if count > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return ttl
end
return 0`;

// KEYS[1] the account's counter: gives one unit back (never below zero).
const GIVE_BACK = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

interface BudgetCommands {
  newSourceTake(...args: [key: string, limit: number, windowMs: number]): Promise<number>;
  newSourceGiveBack(...args: [key: string]): Promise<unknown>;
}

/**
 * How many sources one account may bring into Tributary per window (RATE_LIMIT_NEW_SOURCES): every new
 * source is fetched on a schedule from then on, so an OPML file of 10,000 unknown addresses must not
 * turn one account into 10,000 pollers. Subscribing to sources that already exist costs nothing. Held
 * in Redis so the API's subscriptions and the worker's imports, on any process, draw from one budget.
 */
@Injectable()
export class NewSourceBudget {
  private readonly redis: Redis & BudgetCommands;
  private readonly prefix: string;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    connections: RedisConnections,
  ) {
    const redis = connections.forWorker('new-source-budget');
    redis.defineCommand('newSourceTake', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('newSourceGiveBack', { numberOfKeys: 1, lua: GIVE_BACK });
    this.redis = redis as Redis & BudgetCommands;
    this.prefix = `${config.QUEUE_PREFIX}:rl:newSources`;
  }

  get limit(): number {
    return this.config.RATE_LIMIT_NEW_SOURCES.limit;
  }

  /** Takes one unit of `userId`'s budget: null when taken, else the seconds until it refills. */
  async take(userId: string): Promise<number | null> {
    const { limit, windowSeconds } = this.config.RATE_LIMIT_NEW_SOURCES;
    const waitMs = await this.redis.newSourceTake(this.key(userId), limit, windowSeconds * 1000);
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : null;
  }

  /** Returns a unit taken for a source that was not created after all (it existed, or the fetch failed). */
  async giveBack(userId: string): Promise<void> {
    await this.redis.newSourceGiveBack(this.key(userId));
  }

  private key(userId: string): string {
    return `${this.prefix}:user:${userId}`;
  }
}

/** The words every refusal for this budget uses (the import shows them per skipped line). */
export function newSourceLimitMessage(limit: number, retryAfterSeconds: number): string {
  const hours = Math.max(1, Math.round(retryAfterSeconds / 3600));
  return `You have added ${limit} feeds that were new to Tributary recently, the most allowed per day. Feeds already in Tributary can still be added; try this one again in about ${hours} hour${hours === 1 ? '' : 's'}.`;
}
