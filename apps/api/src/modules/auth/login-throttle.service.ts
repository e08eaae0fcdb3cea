import { Inject, Injectable, Logger } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';
import { rateLimitedError } from '../rate-limit/rate-limit.service.js';
import { rateLimitSubjectForIp } from '../rate-limit/ip-subject.util.js';

/** How long failures of one (account, address) are remembered after the last one. */
const PAIR_MEMORY_MS = 24 * 3_600_000;
/** Addresses remembered per account as "signed in from here before", and for how long. */
const KNOWN_ADDRESSES_KEPT = 20;
const KNOWN_ADDRESS_MS = 90 * 86_400_000;

// KEYS[1] (account, address) hash { f: failures, t: last attempt ms }. ARGV: free, maxDelayMs, memoryMs.
// Counts this attempt as a failure up front (a success clears it), so parallel guesses cannot all pass
// the check before the first is recorded. Returns 0, or the ms to wait while backing off.
const PAIR_ATTEMPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local failures = tonumber(redis.call('HGET', KEYS[1], 'f') or '0')
local last = tonumber(redis.call('HGET', KEYS[1], 't') or '0')
local free = tonumber(ARGV[1])
if failures >= free then
  local delay = math.min(1000 * 2 ^ (failures - free), tonumber(ARGV[2]))
  if now < last + delay then return math.ceil(last + delay - now) end
end
redis.call('HINCRBY', KEYS[1], 'f', 1)
redis.call('HSET', KEYS[1], 't', now)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 0`;

// KEYS[1] account counter. ARGV: windowMs. Fixed window like every other limit; returns { count, ttlMs }.
const ACCOUNT_ATTEMPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

// KEYS[1] account counter, KEYS[2] pair hash, KEYS[3] known addresses (zset). ARGV: subject, keep, memoryMs.
const SUCCESS = `
if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then redis.call('DECR', KEYS[1]) end
redis.call('DEL', KEYS[2])
if ARGV[1] ~= '' then
  local t = redis.call('TIME')
  redis.call('ZADD', KEYS[3], tonumber(t[1]), ARGV[1])
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -tonumber(ARGV[2]) - 1)
  redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[3]))
end
return 0`;

/** One login attempt as the throttle sees it. */
export interface LoginAttempt {
  /** `user:<id>` for an existing account, `login:<name>` otherwise (so both answer alike). */
  account: string;
  ip: string;
  /** Whether this browser holds one of the account's sessions (asked only when a limit would refuse). */
  isKnownDevice: () => Promise<boolean>;
  /** Whether the account signed in from this address before (asked only when over the account limit). */
  isKnownAddress: () => Promise<boolean>;
}

/**
 * Throttles password guessing without locking the owner out (OWASP: throttle the attacker, not the
 * account). Three layers, each in Redis so they hold across API replicas:
 * - per address (RATE_LIMIT_LOGIN_IP, in AuthService): one machine cannot try many accounts fast;
 * - per (account, address): after LOGIN_BACKOFF_FREE_FAILURES failures each next try from that address
 *   waits 1 s, 2 s, 4 s… up to LOGIN_BACKOFF_MAX_SECONDS; a success clears it. A browser holding one of
 *   the account's sessions is not held back (a guesser sharing the owner's NAT cannot stall the owner);
 * - per account (RATE_LIMIT_LOGIN_ACCOUNT): past the limit, attempts from browsers and addresses the
 *   account never signed in from are refused before the password is even checked, while a browser that
 *   holds one of the account's sessions, or an address it signed in from before, still gets through.
 *   Successful logins are refunded, so the owner's own sign-ins never use up the budget.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly redis: RedisService,
  ) {}

  /** Throws RATE_LIMITED when this attempt may not be checked now; otherwise counts it (see `succeeded`). */
  async admit(attempt: LoginAttempt): Promise<void> {
    const keys = this.keys(attempt);
    // The address's back-off first: a try it refuses checks no password, so the account does not count it.
    const waitMs = (await this.run(() =>
      this.redis.client.eval(
        PAIR_ATTEMPT,
        1,
        keys.pair,
        String(this.config.LOGIN_BACKOFF_FREE_FAILURES),
        String(this.config.LOGIN_BACKOFF_MAX_SECONDS * 1000),
        String(PAIR_MEMORY_MS),
      ),
    )) as number;
    if (waitMs > 0 && !(await attempt.isKnownDevice())) {
      throw rateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
    }
    const { limit, windowSeconds } = this.config.RATE_LIMIT_LOGIN_ACCOUNT;
    const [count, ttlMs] = (await this.run(() =>
      this.redis.client.eval(ACCOUNT_ATTEMPT, 1, keys.account, String(windowSeconds * 1000)),
    )) as [number, number];
    if (count > limit && !(await attempt.isKnownDevice()) && !(await attempt.isKnownAddress())) {
      throw new AppError(
        'RATE_LIMITED',
        `There have been too many failed sign-ins to this account. Sign in from a browser or network you used before, or try again in ${minutes(ttlMs)}.`,
        { retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) },
      );
    }
  }

  /** The password was right: the attempt is refunded, back-off cleared, the address remembered. */
  async succeeded(attempt: Pick<LoginAttempt, 'account' | 'ip'>): Promise<void> {
    const keys = this.keys(attempt);
    await this.redis.client
      .eval(
        SUCCESS,
        3,
        keys.account,
        keys.pair,
        keys.known,
        this.subject(attempt.ip),
        String(KNOWN_ADDRESSES_KEPT),
        String(KNOWN_ADDRESS_MS),
      )
      .catch((error: Error) => this.logger.warn(`login throttle: ${error.message}`));
  }

  /** Records that the account signed in (or signed up) from `ip`, without any attempt to refund. */
  async rememberAddress(userId: string, ip: string): Promise<void> {
    await this.succeeded({ account: `user:${userId}`, ip });
  }

  /** Whether the account signed in from this address (IPv6: this /64) within the last 90 days. */
  async isKnownAddress(userId: string, ip: string): Promise<boolean> {
    const score = await this.redis.client
      .zscore(this.keys({ account: `user:${userId}`, ip }).known, this.subject(ip))
      .catch(() => null);
    return score !== null;
  }

  /** One account's keys share a hash tag: the success script touches three of them (Redis Cluster). */
  private keys(attempt: { account: string; ip: string }) {
    const prefix = `${this.config.QUEUE_PREFIX}:login:{${attempt.account}}`;
    return {
      account: `${prefix}:attempts`,
      pair: `${prefix}:from:${this.subject(attempt.ip)}`,
      known: `${prefix}:known`,
    };
  }

  private subject(ip: string): string {
    return rateLimitSubjectForIp(ip);
  }

  /** Login limits fail closed: without Redis nobody can be throttled, so nobody may guess. */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
      throw new AppError('RATE_LIMITED', 'Too many attempts right now. Please try again in a minute.', {
        retryAfterSeconds: 60,
      });
    }
  }
}

function minutes(ms: number): string {
  const count = Math.max(1, Math.ceil(ms / 60_000));
  return count === 1 ? 'a minute' : `${count} minutes`;
}
