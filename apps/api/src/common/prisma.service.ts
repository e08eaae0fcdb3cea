import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createPgPool, createPrismaClient, type Prisma, type PrismaClient, runPrepared } from '@tributary/db';
import { API_CONFIG, type ApiConfig } from './config.js';

/**
 * The API's database access; repositories inject this and nothing else touches the database. `client`
 * is Prisma for everything; `prepared` runs the few per-request hot statements (session check,
 * timeline page, the page's DataLoaders) as named prepared statements on the same pool, skipping
 * Prisma's query engine and PostgreSQL's planner on every call (docs/bench-timeline.md).
 */
@Injectable()
export class PrismaService implements OnApplicationShutdown {
  readonly client: PrismaClient;
  private readonly pool;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.pool = createPgPool({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
    this.client = createPrismaClient({ databaseUrl: config.DATABASE_URL, pool: this.pool });
  }

  prepared<T>(query: Prisma.Sql): Promise<T[]> {
    return runPrepared<T>(this.pool, query);
  }

  /**
   * Last of all at shutdown: after every module's own shutdown work and after the HTTP server has
   * stopped, so requests still in flight at SIGTERM finish with their database.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
  }
}
