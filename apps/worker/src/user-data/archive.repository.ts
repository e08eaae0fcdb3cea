import { Injectable } from '@nestjs/common';
import { type Folder, type Prisma } from '@tributary/db';
import { PrismaService } from '../common/prisma.service.js';

/** Rows are read in pages of this size, so a large account never needs one huge query. */
const PAGE = 2_000;

const PROFILE = {
  select: {
    id: true,
    handle: true,
    email: true,
    displayName: true,
    bio: true,
    avatarUrl: true,
    role: true,
    createdAt: true,
    invitedBy: { select: { handle: true } },
    creatorProfile: { select: { createdAt: true } },
  },
} as const satisfies Prisma.UserDefaultArgs;
const FOLLOWING = { include: { followee: { select: { handle: true } } } } as const satisfies Prisma.FollowDefaultArgs;
const BLOCKS = { include: { blocked: { select: { handle: true } } } } as const satisfies Prisma.BlockDefaultArgs;
const CLAIMS = {
  include: { source: { select: { id: true, kind: true, title: true, fetchUrl: true } } },
} as const satisfies Prisma.ClaimDefaultArgs;
const INVITES = {
  include: { redemptions: { include: { user: { select: { handle: true } } } } },
} as const satisfies Prisma.InviteDefaultArgs;
const SESSIONS = {
  select: { createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
} as const satisfies Prisma.SessionDefaultArgs;
const REPORTS = {
  select: { commentId: true, reason: true, status: true, createdAt: true, resolvedAt: true },
} as const satisfies Prisma.ReportDefaultArgs;

const ENTRY_REF = {
  select: { id: true, url: true, title: true, source: { select: { id: true, title: true, fetchUrl: true } } },
} as const;

/** Reads everything one person made or chose, for the export archive (docs/export-format.md). */
@Injectable()
export class ArchiveRepository {
  constructor(private readonly prisma: PrismaService) {}

  private get db() {
    return this.prisma.client;
  }

  profile(userId: string): Promise<Prisma.UserGetPayload<typeof PROFILE> | null> {
    return this.db.user.findUnique({ where: { id: userId }, ...PROFILE });
  }

  folders(userId: string): Promise<Folder[]> {
    return this.db.folder.findMany({ where: { userId }, orderBy: [{ position: 'asc' }, { name: 'asc' }] });
  }

  subscriptions(userId: string) {
    return this.paged((cursor) =>
      this.db.subscription.findMany({
        where: { userId },
        include: { source: true, folder: { select: { name: true } } },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      }),
    );
  }

  following(userId: string): Promise<Prisma.FollowGetPayload<typeof FOLLOWING>[]> {
    return this.db.follow.findMany({ where: { followerId: userId }, ...FOLLOWING, orderBy: { createdAt: 'asc' } });
  }

  blocks(userId: string): Promise<Prisma.BlockGetPayload<typeof BLOCKS>[]> {
    return this.db.block.findMany({ where: { blockerId: userId }, ...BLOCKS, orderBy: { createdAt: 'asc' } });
  }

  comments(userId: string) {
    return this.paged((cursor) =>
      this.db.comment.findMany({
        where: { authorId: userId },
        include: { entry: ENTRY_REF },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      }),
    );
  }

  shares(userId: string) {
    return this.paged((cursor) =>
      this.db.share.findMany({
        where: { userId },
        include: { entry: ENTRY_REF },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      }),
    );
  }

  /** Read and starred state, one row per entry. */
  async entryStates(userId: string) {
    const rows = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.db.entryState.findMany({
        where: { userId, ...(after && { entryId: { gt: after } }) },
        include: { entry: ENTRY_REF },
        orderBy: { entryId: 'asc' },
        take: PAGE,
      });
      rows.push(...page);
      if (page.length < PAGE) return rows;
      after = page.at(-1)!.entryId;
    }
  }

  claims(userId: string): Promise<Prisma.ClaimGetPayload<typeof CLAIMS>[]> {
    return this.db.claim.findMany({
      where: { userId },
      ...CLAIMS,
      orderBy: { createdAt: 'asc' },
    });
  }

  invites(userId: string): Promise<Prisma.InviteGetPayload<typeof INVITES>[]> {
    return this.db.invite.findMany({
      where: { createdById: userId },
      ...INVITES,
      orderBy: { createdAt: 'asc' },
    });
  }

  sessions(userId: string): Promise<Prisma.SessionGetPayload<typeof SESSIONS>[]> {
    return this.db.session.findMany({
      where: { userId },
      ...SESSIONS,
      orderBy: { createdAt: 'asc' },
    });
  }

  reports(userId: string): Promise<Prisma.ReportGetPayload<typeof REPORTS>[]> {
    return this.db.report.findMany({
      where: { reporterId: userId },
      ...REPORTS,
      orderBy: { createdAt: 'asc' },
    });
  }

  private async paged<T extends { id: string }>(read: (cursor: string | undefined) => Promise<T[]>): Promise<T[]> {
    const rows: T[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await read(cursor);
      rows.push(...page);
      if (page.length < PAGE) return rows;
      cursor = page.at(-1)!.id;
    }
  }
}
