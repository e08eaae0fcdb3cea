import { readFileSync } from 'node:fs';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type BridgeContext, type HttpClient, retryAfterFrom } from '@tributary/bridges';
import { WORKER_CONFIG, type WorkerConfig } from '../../common/config.js';
import {
  createBridgeHttpClient,
  createGuardedHttpClient,
  formatUserAgent,
  type GuardedHttpClient,
} from '../../http/index.js';
import { HostLimiter } from '../politeness/host-limiter.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
/** When a 429 names no time, the host rests this long. */
const DEFAULT_429_PAUSE_MS = 60_000;

/**
 * What the bridges get to reach the world: the one guarded HTTP client, wrapped in per-host
 * politeness, plus the configured platform origins.
 */
@Injectable()
export class BridgeRuntime implements OnModuleDestroy {
  readonly http: GuardedHttpClient;
  /** Platform origins and limits: everything of a bridge context but the HTTP client (plain data). */
  readonly options: Omit<BridgeContext, 'http' | 'signal'>;
  /** A host slot is held at most this long, so a crashed process cannot keep one for good. */
  private readonly slotLeaseMs: number;

  constructor(
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly limiter: HostLimiter,
  ) {
    this.http = createGuardedHttpClient({
      userAgent: formatUserAgent(VERSION, config.PUBLIC_WEB_URL),
      allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS,
      connectTimeoutMs: config.FETCH_CONNECT_TIMEOUT_MS,
      timeoutMs: config.FETCH_TIMEOUT_MS,
      maxBytes: config.FETCH_MAX_BYTES,
    });
    this.slotLeaseMs = config.FETCH_TIMEOUT_MS + 10_000;
    this.options = {
      telegramBaseUrl: config.TELEGRAM_BASE_URL,
      xApiBaseUrl: config.X_API_BASE_URL,
      xBearerToken: config.X_BEARER_TOKEN,
      nitterBaseUrl: config.NITTER_BASE_URL,
      substackUrlTemplate: config.SUBSTACK_URL_TEMPLATE,
      substackApiBaseUrl: config.SUBSTACK_API_BASE_URL,
      maxBodyBytes: config.FETCH_MAX_BYTES,
    };
  }

  /** A context for one job; `signal` aborts its requests (job cancelled, worker shutting down). */
  context(signal?: AbortSignal): BridgeContext {
    const guarded = createBridgeHttpClient(this.http, signal);
    const client: HttpClient = {
      request: (request) =>
        this.limiter.run(
          request.url,
          async () => {
            const response = await guarded.request(request);
            if (response.status === 429) {
              const until = retryAfterFrom(response.headers) ?? new Date(Date.now() + DEFAULT_429_PAUSE_MS);
              await this.limiter.penalize(response.url, until);
            }
            return response;
          },
          undefined,
          this.slotLeaseMs,
        ),
    };
    return { ...this.options, http: client, ...(signal && { signal }) };
  }

  async onModuleDestroy(): Promise<void> {
    await this.http.close();
  }
}
