import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { WORKER_CONFIG, type WorkerConfig } from './config.js';

/** The worker's single Prisma client; only repositories use it. */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.client = createPrismaClient({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
