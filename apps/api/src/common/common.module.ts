import { type DynamicModule, Global, Module } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from './config.js';
import { JobGateway } from './job-gateway.service.js';
import { PrismaService } from './prisma.service.js';
import { RedisService } from './redis.service.js';

/** Configuration, the database, Redis and the job gateway: what every module may inject. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: API_CONFIG, useValue: config }, PrismaService, RedisService, JobGateway],
      exports: [API_CONFIG, PrismaService, RedisService, JobGateway],
    };
  }
}
