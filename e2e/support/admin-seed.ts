// Rows for the administrators' lists, written straight to the database: more sources and invites
// than one page holds, with failing and gone sources. Their next fetch is hours away: the worker
// leaves them as they are while the tests run.
import { createPrismaClient } from '@tributary/db';

export async function seedAdminLists(databaseUrl: string, suffix: string, memberHandle: string) {
  const prisma = createPrismaClient({ databaseUrl, poolSize: 1 });
  const now = Date.now();
  try {
    const member = await prisma.user.findUniqueOrThrow({
      where: { handleLower: memberHandle.toLowerCase() },
    });
    const failingTitle = `Harbour Notes ${suffix}`;
    const sources = [
      {
        title: failingTitle,
        status: 'FAILING' as const,
        failingSince: new Date(now - 3 * 3_600_000),
        lastFetchedAt: new Date(now - 600_000),
        lastError: 'The feed answered 503 Service Unavailable.',
      },
      {
        title: `Old Lighthouse Blog ${suffix}`,
        status: 'GONE' as const,
        failingSince: new Date(now - 9 * 86_400_000),
        lastFetchedAt: new Date(now - 2 * 86_400_000),
        lastError: 'The feed is gone (410 Gone).',
      },
      ...Array.from({ length: 32 }, (_, index) => ({
        title: `Coastal Digest ${String(index + 1).padStart(2, '0')} ${suffix}`,
        status: 'OK' as const,
        failingSince: null,
        lastFetchedAt: new Date(now - (index + 1) * 300_000),
        lastError: null,
      })),
    ];
    await prisma.source.createMany({
      data: sources.map((source, index) => ({
        ...source,
        kind: 'RSS' as const,
        key: `https://seed-${suffix}.example.test/${index}.xml`,
        fetchUrl: `https://seed-${suffix}.example.test/${index}.xml`,
        siteUrl: `https://seed-${suffix}.example.test/`,
        lastSuccessAt: source.status === 'OK' ? source.lastFetchedAt : new Date(now - 10 * 86_400_000),
        nextFetchAt: new Date(now + (index + 2) * 3_600_000),
        createdAt: new Date(now - (40 - index) * 86_400_000),
      })),
    });
    // Older invites of the member's, some expired: the admin's own recent ones stay on page one.
    // Their notes are the member's own: the admin never sees them.
    const memberInviteCode = `seed-${suffix}-0`;
    await prisma.invite.createMany({
      data: Array.from({ length: 32 }, (_, index) => ({
        code: `seed-${suffix}-${index}`,
        createdById: member.id,
        note: `Neighbour ${index}`,
        createdAt: new Date(now - 40 * 86_400_000 + index * 60_000),
        expiresAt:
          index >= 1 && index <= 8 ? new Date(now - 20 * 86_400_000) : new Date(now + 20 * 86_400_000),
      })),
    });
    return { failingTitle, sourceTitles: sources.map((source) => source.title), memberInviteCode };
  } finally {
    await prisma.$disconnect();
  }
}
