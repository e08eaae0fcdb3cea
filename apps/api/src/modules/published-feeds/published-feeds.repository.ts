import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../common/prisma.service.js';

export interface FeedEntry {
  id: string;
  url: string | null;
  title: string;
  contentHtml: string;
  summary: string;
  author: string | null;
  publishedAt: Date | null;
  sortAt: Date;
  editedAt: Date | null;
  source: { title: string; siteUrl: string | null; fetchUrl: string };
}

const ENTRY = {
  select: {
    id: true,
    url: true,
    title: true,
    contentHtml: true,
    summary: true,
    author: true,
    publishedAt: true,
    sortAt: true,
    editedAt: true,
    source: { select: { title: true, siteUrl: true, fetchUrl: true } },
  },
} as const;

@Injectable()
export class PublishedFeedsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findPerson(handle: string): Promise<{
    id: string;
    handle: string;
    displayName: string;
    bio: string;
    avatarUrl: string | null;
    createdAt: Date;
    suspendedAt: Date | null;
  } | null> {
    return this.prisma.client.user.findUnique({
      where: { handleLower: handle.toLowerCase() },
      select: { id: true, handle: true, displayName: true, bio: true, avatarUrl: true, createdAt: true, suspendedAt: true },
    });
  }

  async shares(userId: string, take: number): Promise<{ id: string; note: string; createdAt: Date; entry: FeedEntry }[]> {
    return this.prisma.client.share.findMany({
      where: { userId },
      select: { id: true, note: true, createdAt: true, entry: ENTRY },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  async verifiedSourceIds(userId: string): Promise<string[]> {
    const claims = await this.prisma.client.claim.findMany({ where: { userId, status: 'VERIFIED' }, select: { sourceId: true } });
    return claims.map((claim) => claim.sourceId);
  }

  creatorEntries(sourceIds: string[], take: number): Promise<FeedEntry[]> {
    return this.prisma.client.entry.findMany({
      where: { sourceId: { in: sourceIds } },
      ...ENTRY,
      orderBy: [{ sortAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }
}
