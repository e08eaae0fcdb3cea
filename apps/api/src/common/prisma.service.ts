import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { API_CONFIG, type ApiConfig } from './config.js';

/** The API's single Prisma client; repositories inject this and nothing else touches the database. */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.client = createPrismaClient({ databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
