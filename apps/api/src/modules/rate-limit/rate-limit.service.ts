import { Inject, Injectable, Logger } from '@nestjs/common';
import { type RateLimitRule } from '@tributary/config';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';
import { rateLimitSubjectForIp } from './ip-subject.util.js';

/**
 * The named limits; each maps to one COUNT/SECONDS rule of the configuration. (RATE_LIMIT_LOGIN_ACCOUNT
 * is not one of them: auth's LoginThrottleService applies it with its known-client exemption.)
 */
export const RATE_LIMITS = {
  login: 'RATE_LIMIT_LOGIN_IP',
  signUp: 'RATE_LIMIT_SIGNUP_IP',
  invite: 'RATE_LIMIT_INVITE_IP',
  signUpInvite: 'RATE_LIMIT_SIGNUP_INVITE',
  opmlImport: 'RATE_LIMIT_OPML_IMPORT',
  passwordChange: 'RATE_LIMIT_PASSWORD_CHANGE',
  anonymous: 'RATE_LIMIT_ANONYMOUS',
  authenticated: 'RATE_LIMIT_AUTHENTICATED',
} as const satisfies Record<string, keyof ApiConfig>;
export type RateLimitName = keyof typeof RATE_LIMITS;

export interface RateLimitResult {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfterSeconds: number;
}

// Fixed window: one counter per (limit, subject), created with its expiry on the first hit.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }
`;

const REFUND_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return 0
`;

/**
 * Counts requests per subject in Redis so limits hold across every API replica. Subjects are an
 * IP (IPv6 by /64, see rateLimitSubjectForIp) or an account id / login name.
 */
@Injectable()
export class RateLimitService {
  private readonly logger = new Logger(RateLimitService.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly redis: RedisService,
  ) {}

  rule(name: RateLimitName): RateLimitRule {
    return this.config[RATE_LIMITS[name]];
  }

  /** Counts one hit; says whether it is within the limit. Throws when Redis cannot answer. */
  hit(name: RateLimitName, subject: string): Promise<RateLimitResult> {
    return this.hitRule(name, subject, this.rule(name));
  }

  /**
   * Counts one hit of `subject` against a rule of the caller's (a limit that is not configuration,
   * such as claim checks), in its own `bucket`. Throws when Redis cannot answer.
   */
  async hitRule(bucket: string, subject: string, { limit, windowSeconds }: RateLimitRule): Promise<RateLimitResult> {
    const key = `${this.config.QUEUE_PREFIX}:rl:${bucket}:${subject}`;
    await this.untilConnected();
    const [count, ttlMs] = (await this.redis.client.eval(
      HIT_SCRIPT,
      1,
      key,
      String(windowSeconds * 1000),
    )) as [number, number];
    return {
      isAllowed: count <= limit,
      limit,
      remaining: Math.max(0, limit - count),
      retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
    };
  }

  /**
   * Counts one hit and throws RATE_LIMITED (with `retryAfterSeconds`) when over the limit. Sensitive
   * limits (login, sign-up, passwords) fail closed: when Redis is down the attempt is refused.
   */
  async consume(name: RateLimitName, subject: string): Promise<void> {
    let result: RateLimitResult;
    try {
      result = await this.hit(name, subject);
    } catch (error) {
      this.logger.warn(`Rate limit ${name} unavailable: ${(error as Error).message}`);
      throw new AppError('RATE_LIMITED', 'Too many attempts right now. Please try again in a minute.', {
        retryAfterSeconds: 60,
      });
    }
    if (!result.isAllowed) throw rateLimitedError(result.retryAfterSeconds);
  }

  /** Right after start the connection may still be opening; wait briefly instead of failing. */
  private async untilConnected(timeoutMs = 1_000): Promise<void> {
    const client = this.redis.client;
    if (client.status === 'ready' || !['wait', 'connecting', 'connect'].includes(client.status)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done(): void {
        clearTimeout(timer);
        client.off('ready', done);
        resolve();
      }
      client.once('ready', done);
    });
  }

  /**
   * Gives back one hit of `subject` (never below zero), for limits that count only what goes wrong:
   * the caller consumed before trying and the try succeeded. Best effort: a lost refund only makes the
   * limit a little stricter.
   */
  async refund(name: RateLimitName, subject: string): Promise<void> {
    const key = `${this.config.QUEUE_PREFIX}:rl:${name}:${subject}`;
    await this.redis.client
      .eval(REFUND_SCRIPT, 1, key)
      .catch((error: Error) => this.logger.warn(`Rate limit ${name}: refund failed: ${error.message}`));
  }

  /**
   * Whether the address has used up `name` already, without counting a hit: for limits that count only
   * failures (each sync request carries its credential, so successes must not count), checked before the
   * credential is. Fails closed like `consume`.
   */
  async isExhaustedForIp(name: RateLimitName, ip: string): Promise<boolean> {
    const key = `${this.config.QUEUE_PREFIX}:rl:${name}:ip:${rateLimitSubjectForIp(ip)}`;
    try {
      await this.untilConnected();
      return Number((await this.redis.client.get(key)) ?? 0) >= this.rule(name).limit;
    } catch (error) {
      this.logger.warn(`Rate limit ${name} unavailable: ${(error as Error).message}`);
      return true;
    }
  }

  consumeForIp(name: RateLimitName, ip: string): Promise<void> {
    return this.consume(name, `ip:${rateLimitSubjectForIp(ip)}`);
  }
}

export function rateLimitedError(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
}
