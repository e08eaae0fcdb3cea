import { type DynamicModule, Module } from '@nestjs/common';
import { ClaimsRepository } from './claims/claims.repository.js';
import { ClaimsService } from './claims/claims.service.js';
import { VerifyClaimProcessor } from './claims/verify-claim.processor.js';
import { WORKER_CONFIG, type WorkerConfig } from './common/config.js';
import { PrismaService } from './common/prisma.service.js';
import { BridgeRuntime } from './ingest/fetch/bridge-runtime.service.js';
import { EntriesRepository } from './ingest/store/entries.repository.js';
import { FetchPool } from './ingest/threads/fetch-pool.service.js';
import { FetchSourceProcessor } from './ingest/fetch/fetch-source.processor.js';
import { HostLimiter } from './ingest/politeness/host-limiter.js';
import { IngestService } from './ingest/fetch/ingest.service.js';
import { NewSourceBudget } from './ingest/fetch/new-source-budget.service.js';
import { LiveEventsPublisher } from './ingest/store/live-events.publisher.js';
import { ResolveSourceProcessor } from './ingest/fetch/resolve-source.processor.js';
import { SourcesRepository } from './ingest/store/sources.repository.js';
import { FetchMetrics } from './metrics/fetch-metrics.service.js';
import { MetricsServer } from './metrics/metrics-server.service.js';
import { JOB_PROCESSORS } from './queue/job-processor.js';
import { Producers } from './queue/producers.service.js';
import { RedisConnections } from './queue/redis-connections.js';
import { WorkerHost } from './queue/worker-host.service.js';
import { HousekeepingProcessor } from './schedule/housekeeping.processor.js';
import { USER_DATA_PROVIDERS, UserDataProcessor } from './user-data/user-data.providers.js';
import { ScheduleRepository } from './schedule/schedule.repository.js';
import { ScheduleService } from './schedule/schedule.service.js';
import { HubClient } from './websub/hub-client.js';
import { WebSubDiscovery } from './websub/websub-discovery.service.js';
import { WebSubProcessor } from './websub/websub.processor.js';
import { WebSubQueue } from './websub/websub-queue.service.js';
import { WebSubRepository } from './websub/websub.repository.js';
import { WebSubService } from './websub/websub.service.js';

/** Every processor the worker runs; the host checks this list against the queue registry at boot. */
const PROCESSORS = [
  FetchSourceProcessor,
  ResolveSourceProcessor,
  HousekeepingProcessor,
  VerifyClaimProcessor,
  UserDataProcessor,
  WebSubProcessor,
];

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        PrismaService,
        RedisConnections,
        Producers,
        HostLimiter,
        BridgeRuntime,
        FetchPool,
        LiveEventsPublisher,
        FetchMetrics,
        MetricsServer,
        SourcesRepository,
        EntriesRepository,
        IngestService,
        NewSourceBudget,
        ScheduleRepository,
        ScheduleService,
        ClaimsRepository,
        ClaimsService,
        ...USER_DATA_PROVIDERS,
        WebSubRepository,
        WebSubQueue,
        WebSubDiscovery,
        HubClient,
        WebSubService,
        ...PROCESSORS,
        { provide: JOB_PROCESSORS, useFactory: (...processors: unknown[]) => processors, inject: PROCESSORS },
        WorkerHost,
      ],
    };
  }
}
