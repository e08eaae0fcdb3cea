import { Inject, Injectable, Logger } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, which isolatedModules cannot read). */
const ARGON2ID = 2;
import { API_CONFIG, type ApiConfig } from '../../common/config.js';

/** ASVS 5.0 Appendix C floor for argon2id (t=2 with m ≥ 19 MiB, p=1). */
export const ASVS_ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface Argon2Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** A counting semaphore: at most `size` holders at once, others wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

/** The parameters a stored `$argon2id$v=19$m=…,t=…,p=…$…` hash was made with, or null. */
export function readArgon2Params(encoded: string): Argon2Params | null {
  const match = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(encoded);
  if (!match) return null;
  return { memoryCost: Number(match[1]), timeCost: Number(match[2]), parallelism: Number(match[3]) };
}

/**
 * argon2id through @node-rs/argon2. Hashing is bounded by a semaphore (ARGON2_MAX_CONCURRENCY):
 * at 19 MiB per hash, 100 parallel logins would otherwise take ~2 GiB.
 */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);
  private readonly semaphore: Semaphore;
  readonly params: Argon2Params;
  private dummyHash: Promise<string> | undefined;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.semaphore = new Semaphore(config.ARGON2_MAX_CONCURRENCY);
    this.params = {
      memoryCost: config.ARGON2_MEMORY_KIB,
      timeCost: config.ARGON2_TIME_COST,
      parallelism: config.ARGON2_PARALLELISM,
    };
    if (!meetsAsvs(this.params)) {
      if (config.NODE_ENV === 'production') {
        throw new Error(
          'ARGON2_MEMORY_KIB / ARGON2_TIME_COST are below the ASVS minimum (19456 KiB, t=2); refusing to start in production.',
        );
      }
      if (config.NODE_ENV !== 'test') this.logger.warn('argon2id parameters are below the ASVS minimum.');
    }
  }

  hash(password: string): Promise<string> {
    return this.semaphore.run(() => hash(password, { algorithm: ARGON2ID, ...this.params }));
  }

  /** Whether `password` matches; false (never an exception) for malformed stored hashes. */
  verify(encoded: string, password: string): Promise<boolean> {
    return this.semaphore.run(() => verify(encoded, password).catch(() => false));
  }

  /** Spends the time of one verification: keeps "no such account" as slow as "wrong password". */
  async verifyNothing(password: string): Promise<void> {
    this.dummyHash ??= this.hash('not a real password, only for timing');
    await this.verify(await this.dummyHash, password);
  }

  /** Whether a stored hash was made with weaker parameters than today's (rehash at next login). */
  needsRehash(encoded: string): boolean {
    const stored = readArgon2Params(encoded);
    if (!stored) return true;
    return (
      stored.memoryCost < this.params.memoryCost ||
      stored.timeCost < this.params.timeCost ||
      stored.parallelism !== this.params.parallelism
    );
  }
}

export function meetsAsvs(params: Argon2Params): boolean {
  return (
    params.parallelism >= 1 &&
    ((params.timeCost >= 1 && params.memoryCost >= 47_104) ||
      (params.timeCost >= 2 && params.memoryCost >= ASVS_ARGON2.memoryCost) ||
      (params.timeCost >= 3 && params.memoryCost >= 12_288))
  );
}
