import { Injectable } from '@nestjs/common';
import { withTimeout } from '../../common/timeout.util.js';
import { API_VERSION } from '../../common/version.js';
import { type Health } from './dto/health.object.js';
import { HealthRepository } from './health.repository.js';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly repository: HealthRepository) {}

  /** Never throws: a dependency that is down or slow is reported as false. */
  async check(): Promise<Health> {
    const [database, redis] = await Promise.all([
      withTimeout(this.repository.pingDatabase().catch(() => false), CHECK_TIMEOUT_MS, false),
      withTimeout(this.repository.pingRedis().catch(() => false), CHECK_TIMEOUT_MS, false),
    ]);
    return { ok: database && redis, database, redis, version: API_VERSION };
  }
}
