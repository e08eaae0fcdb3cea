import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { LivePublisher, NotificationWriter } from '@tributary/domain';
import { ClaimChecksRepository } from './claims/claim-checks.repository.js';
import { ClaimVerifier } from './claims/claim-verifier.service.js';
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
import { ResolveSourceProcessor } from './ingest/fetch/resolve-source.processor.js';
import { SourcesRepository } from './ingest/store/sources.repository.js';
import { SourceHealthWriter } from './sources/source-health.writer.js';
import { FetchMetrics } from './metrics/fetch-metrics.service.js';
import { MetricsServer } from './metrics/metrics-server.service.js';
import { JOB_PROCESSORS } from './queue/job-processor.js';
import { JobGateway } from './queue/job-gateway.service.js';
import { RedisConnections } from './queue/redis-connections.js';
import { WorkerHost } from './queue/worker-host.service.js';
import { HousekeepingProcessor } from './schedule/housekeeping.processor.js';
import { USER_DATA_PROVIDERS, UserDataProcessor } from './user-data/user-data.providers.js';
import { ScheduleRepository } from './schedule/schedule.repository.js';
import { ScheduleService } from './schedule/schedule.service.js';
import { HubClient } from './websub/hub-client.js';
import { WebSubDiscovery } from './websub/websub-discovery.service.js';
import { WebSubProcessor } from './websub/websub.processor.js';
import { HubSubscriptionsRepository } from './websub/hub-subscriptions.repository.js';
import { HubSubscriber } from './websub/hub-subscriber.service.js';

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
    const liveLogger = new Logger('Live');
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        PrismaService,
        RedisConnections,
        JobGateway,
        HostLimiter,
        BridgeRuntime,
        FetchPool,
        {
          provide: LivePublisher,
          // The fetches of one write batch publish together: one write (auto-pipelining).
          useFactory: (connections: RedisConnections) =>
            new LivePublisher(connections.forCommands('live-events', { autoPipelining: true }), config.QUEUE_PREFIX, (message) =>
              liveLogger.warn(message),
            ),
          inject: [RedisConnections],
        },
        {
          provide: NotificationWriter,
          useFactory: (prisma: PrismaService, live: LivePublisher) => new NotificationWriter(prisma.client, live),
          inject: [PrismaService, LivePublisher],
        },
        FetchMetrics,
        MetricsServer,
        SourcesRepository,
        SourceHealthWriter,
        EntriesRepository,
        IngestService,
        NewSourceBudget,
        ScheduleRepository,
        ScheduleService,
        ClaimChecksRepository,
        ClaimVerifier,
        ...USER_DATA_PROVIDERS,
        HubSubscriptionsRepository,
        WebSubDiscovery,
        HubClient,
        HubSubscriber,
        ...PROCESSORS,
        { provide: JOB_PROCESSORS, useFactory: (...processors: unknown[]) => processors, inject: PROCESSORS },
        WorkerHost,
      ],
    };
  }
}
