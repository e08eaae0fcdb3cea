import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createPgPool, createPrismaClient, type PrismaClient } from '@tributary/db';
import { WORKER_CONFIG, type WorkerConfig } from './config.js';

/**
 * The worker's database access; only repositories use it. `client` is Prisma for everything; `pool` is
 * the pool under it (the same connections), for the fetch path's batched statements, which run as
 * named prepared statements and skip Prisma's query pipeline (see entries.repository).
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;
  readonly pool: ReturnType<typeof createPgPool>;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.pool = createPgPool({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
    this.client = createPrismaClient({ databaseUrl: config.DATABASE_URL, pool: this.pool });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
  }
}
