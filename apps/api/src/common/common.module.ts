import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { LivePublisher, NotificationWriter } from '@tributary/domain';
import { API_CONFIG, type ApiConfig } from './config.js';
import { JobGateway } from './job-gateway.service.js';
import { PrismaService } from './prisma.service.js';
import { RedisService } from './redis.service.js';

/**
 * Configuration, the database, Redis, the job gateway, and the one writer of notifications with the one
 * publisher of live events (both from @tributary/domain, shared with the worker): what every module may inject.
 */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: ApiConfig): DynamicModule {
    const logger = new Logger('Live');
    return {
      module: CommonModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        PrismaService,
        RedisService,
        JobGateway,
        {
          provide: LivePublisher,
          useFactory: (redis: RedisService) =>
            new LivePublisher(redis.client, config.QUEUE_PREFIX, (message) => logger.warn(message)),
          inject: [RedisService],
        },
        {
          provide: NotificationWriter,
          useFactory: (prisma: PrismaService, live: LivePublisher) => new NotificationWriter(prisma.client, live),
          inject: [PrismaService, LivePublisher],
        },
      ],
      exports: [API_CONFIG, PrismaService, RedisService, JobGateway, LivePublisher, NotificationWriter],
    };
  }
}
