import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../common/prisma.service.js';
import { RedisService } from '../../common/redis.service.js';

@Injectable()
export class HealthRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisService,
  ) {}

  async pingDatabase(): Promise<boolean> {
    const rows = await this.prisma.client.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    return rows[0]?.ok === 1;
  }

  async pingRedis(): Promise<boolean> {
    return (await this.redis.client.ping()) === 'PONG';
  }
}
