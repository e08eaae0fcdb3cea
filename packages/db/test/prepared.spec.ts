import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { columnsOf, createPgPool, createPrismaClient, parseTimestamptz, Prisma, type PrismaClient, runPrepared, type User } from '../src/index.js';
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

describe('parseTimestamptz', () => {
  const slowly = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date | number;
  const same = (text: string) => {
    const fast = parseTimestamptz(text) as Date | number;
    const reference = slowly(text);
    return { text, fast: fast instanceof Date ? fast.getTime() : fast, reference: reference instanceof Date ? reference.getTime() : reference };
  };

  it('reads every timestamptz PostgreSQL writes exactly as node-postgres’s own parser does', async () => {
    const client = await pool.connect();
    try {
      // Offsets of whole hours, of half and quarter hours, negative ones, and local mean time with
      // seconds (Amsterdam before 1892); fractions of every length; the edges of what Date can hold.
      for (const zone of ['UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'America/Los_Angeles', 'Europe/Amsterdam']) {
        await client.query(`SET TimeZone = '${zone}'`);
        const { rows } = await client.query<{ text: string }>(`
          SELECT t::text AS text FROM (
            SELECT timestamptz '1850-03-01 12:00:00.5+00' + (n * interval '1 day 7 hours 13 minutes 1.234567 seconds') * (n * 37 % 1000) AS t
            FROM generate_series(1, 400) n
            UNION ALL SELECT unnest(ARRAY['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '0050-01-01 00:00:00+00',
              '0099-12-31 23:59:59.999+00', '0100-01-01 00:00:00+00', '9999-12-31 23:59:59.999999+00', '12000-06-01 00:00:00+00',
              '2026-11-26 01:02:03+00', '2026-11-26 01:02:03.1+00', '2026-11-26 01:02:03.12+00', '2026-11-26 01:02:03.123+00']::timestamptz[])
          ) x`);
        for (const { text } of rows) {
          const { fast, reference } = same(text);
          expect({ text, fast }).toEqual({ text, fast: reference });
        }
      }
    } finally {
      await client.query('RESET TimeZone');
      client.release();
    }
  });

  it('is what runPrepared reads timestamptz with', async () => {
    const [row] = await runPrepared<{ at: Date }>(pool, Prisma.sql`SELECT ${'2026-11-26T01:02:03.456Z'}::timestamptz AS at`);
    expect(row!.at).toEqual(new Date('2026-11-26T01:02:03.456Z'));
  });
});
