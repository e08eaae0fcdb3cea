import { Injectable } from '@nestjs/common';
import { type AppPassword, Prisma, type User } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

/** Who a sync request acts for: the person and the app password it came with. */
export interface SyncPrincipal {
  userId: string;
  handle: string;
  email: string;
  displayName: string;
  appPasswordId: string;
}

export type AppPasswordWithUser = AppPassword & { user: User };

/** What deciding on a credential needs: the app password's life and its person's. */
export interface CredentialRow {
  id: string;
  userId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  handle: string;
  email: string;
  displayName: string;
  suspendedAt: Date | null;
}

const CREDENTIAL = Prisma.sql`
  SELECT a.id, a."userId", a."expiresAt", a."revokedAt", u.handle, u.email, u."displayName", u."suspendedAt"
  FROM "AppPassword" a JOIN "User" u ON u.id = a."userId"`;

/** Usage is written at most this often per app password (every sync request would otherwise write). */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class AppPasswordsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The person's app passwords that are not revoked, newest first. */
  listActive(userId: string): Promise<AppPassword[]> {
    return this.prisma.client.appPassword.findMany({
      where: { userId, revokedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  countActive(userId: string): Promise<number> {
    return this.prisma.client.appPassword.count({ where: { userId, revokedAt: null } });
  }

  findUser(userId: string): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: { id: userId } });
  }

  findUserForLogin(login: { email: string } | { handleLower: string }): Promise<User | null> {
    return this.prisma.client.user.findUnique({ where: login });
  }

  create(data: {
    userId: string;
    name: string;
    lookup: string;
    secretHash: string;
    tokenHash: string;
    feverKeyHash: string;
    expiresAt: Date | null;
  }): Promise<AppPassword> {
    return this.prisma.client.appPassword.create({ data });
  }

  /** Revokes one of the person's app passwords; false when there is none (or it was revoked already). */
  async revoke(userId: string, id: string): Promise<boolean> {
    const { count } = await this.prisma.client.appPassword.updateMany({
      where: { id, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return count === 1;
  }

  findByLookup(lookup: string): Promise<AppPasswordWithUser | null> {
    return this.prisma.client.appPassword.findUnique({ where: { lookup }, include: { user: true } });
  }

  /** By the hash of a Google Reader token: a prepared statement, as every request of an app asks it. */
  async findByTokenHash(tokenHash: string): Promise<CredentialRow | null> {
    const [row] = await this.prisma.prepared<CredentialRow>(Prisma.sql`${CREDENTIAL} WHERE a."tokenHash" = ${tokenHash}`);
    return row ?? null;
  }

  async findByFeverKeyHash(feverKeyHash: string): Promise<CredentialRow | null> {
    const [row] = await this.prisma.prepared<CredentialRow>(Prisma.sql`${CREDENTIAL} WHERE a."feverKeyHash" = ${feverKeyHash}`);
    return row ?? null;
  }

  /** Records a use, at most once a minute per app password (a conditional update, no read first). */
  async touch(id: string): Promise<void> {
    const before = new Date(Date.now() - TOUCH_EVERY_MS);
    await this.prisma.prepared(Prisma.sql`
      UPDATE "AppPassword" SET "lastUsedAt" = now()
      WHERE id = ${id}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${before})`);
  }
}
