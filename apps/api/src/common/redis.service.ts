import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { API_CONFIG, type ApiConfig } from './config.js';

/**
 * Redis for request-time work (rate limits, pub/sub, queue producers). Commands fail fast while Redis is
 * down (`enableOfflineQueue: false`) instead of hanging requests, and the client reconnects on its own.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  readonly client: Redis;
  private readonly connections: Redis[] = [];

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.client = this.connect('commands');
  }

  /** A new connection with the API's settings (subscribers need their own); closed with the app. */
  connect(name: string): Redis {
    const client = new Redis(this.config.REDIS_URL, {
      connectionName: `tributary-api:${name}`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    let wasDown = false;
    client.on('error', (error: Error) => {
      if (!wasDown) this.logger.warn(`Redis (${name}) unavailable: ${error.message}`);
      wasDown = true;
    });
    client.on('ready', () => {
      if (wasDown) this.logger.log(`Redis (${name}) reconnected`);
      wasDown = false;
    });
    this.connections.push(client);
    return client;
  }

  /** After the HTTP server has stopped (requests in flight still have their rate limits and pub/sub). */
  onApplicationShutdown(): void {
    for (const connection of this.connections) connection.disconnect();
  }
}
