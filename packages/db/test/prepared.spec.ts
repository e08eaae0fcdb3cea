import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, createPgPool, createPrismaClient, Prisma, type PrismaClient, runPrepared, type User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

let db: TestDatabase;
let pool: ReturnType<typeof createPgPool>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPgPool({ databaseUrl: db.url, poolSize: 2 });
  prisma = createPrismaClient({ databaseUrl: db.url, pool });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await pool?.end();
  await db?.drop();
});

describe('prepared statements on the pool Prisma shares', () => {
  it('binds values, names the model’s columns and reads rows as the Prisma client does', async () => {
    const handle = `prep_${Date.now()}`;
    const name = `O'Brien ${handle}'; DROP TABLE "User"; --`;
    const created = await prisma.user.create({
      data: { handle, handleLower: handle, email: `${handle}@example.test`, passwordHash: 'x', displayName: name },
    });
    const byName = (value: string) =>
      runPrepared<User>(pool, Prisma.sql`SELECT ${columnsOf(Prisma.UserScalarFieldEnum, 'u')} FROM "User" u WHERE u."displayName" = ${value}`);
    // The same text twice runs the same named statement; the quote in the value is data, not SQL.
    const [first] = await byName(name);
    const [second] = await byName(name);
    expect(first).toEqual(await prisma.user.findUnique({ where: { id: created.id } }));
    expect(second).toEqual(first);
    expect(await byName(`x' OR '1'='1`)).toEqual([]);
    // Lists travel as one array value, so the text (and the statement) does not vary with their length.
    const ids = (n: number) => [created.id, ...Array.from({ length: n }, () => '00000000-0000-0000-0000-000000000000')];
    for (const n of [0, 3, 40]) {
      const rows = await runPrepared<{ id: string }>(pool, Prisma.sql`SELECT id FROM "User" WHERE id = ANY(${ids(n)}::uuid[])`);
      expect(rows.map((row) => row.id)).toEqual([created.id]);
    }
  });

  it('keeps working after the database changes under a running process (a column added)', async () => {
    const count = () => runPrepared<{ n: number }>(pool, Prisma.sql`SELECT ${columnsOf({ id: 'id' })}, 1 AS n FROM "Source" LIMIT 1`);
    await count();
    await prisma.$executeRawUnsafe(`ALTER TABLE "Source" ADD COLUMN "preparedProbe" int`);
    try {
      await expect(count()).resolves.toBeDefined();
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE "Source" DROP COLUMN "preparedProbe"`);
    }
  });
});
