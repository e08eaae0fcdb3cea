import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, checkDrift, migrationStatus, resolvePrismaPaths } from '../src/migrate.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

describe('schema.prisma and prisma/migrations', () => {
  it('agree (no drift)', async () => {
    expect(await checkDrift()).toBe('');
  });

  it('the drift check fails when the schema changes', async () => {
    const schema = await readFile(resolvePrismaPaths().schemaPath, 'utf8');
    const changed = schema.replace(
      /model Follow \{\n/,
      'model Follow {\n  mutedAt DateTime? @db.Timestamptz(3)\n',
    );
    expect(changed).not.toBe(schema);
    const drift = await checkDrift({ schema: changed });
    expect(drift).toMatch(/ALTER TABLE "Follow" ADD COLUMN\s+"mutedAt" TIMESTAMPTZ\(3\)/);
  });

  it('the drift check sees a dropped partial unique index', async () => {
    const schema = await readFile(resolvePrismaPaths().schemaPath, 'utf8');
    const changed = schema.replace(/\n\s*@@unique\(\[sourceId\], map: "Claim_verified_sourceId_key"[^\n]*/, '');
    expect(changed).not.toBe(schema);
    expect(await checkDrift({ schema: changed })).toMatch(/DROP INDEX "Claim_verified_sourceId_key"/);
  });
});

describe('applying migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('applies every migration once; a second run is a no-op', async () => {
    const before = await migrationStatus(db.url);
    expect(before.pending.length).toBeGreaterThan(0);

    const first = await applyMigrations(db.url);
    expect(first.applied).toEqual(before.pending);
    const second = await applyMigrations(db.url);
    expect(second.applied).toEqual([]);

    expect(await migrationStatus(db.url)).toEqual({ pending: [], unknown: [], edited: [], failed: [] });
  });

  it('creates the CHECK constraints written by hand in the migration', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ conname: string }>(
        "SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname",
      );
      const names = rows.map((r) => r.conname);
      expect(names).toEqual(
        expect.arrayContaining(['Invite_usesCount_check', 'Follow_not_self_check', 'User_handleLower_check']),
      );
    } finally {
      await client.end();
    }
  });
});

describe('createTestDatabase', () => {
  it('creates a fresh migrated database and drops it', async () => {
    const db = await createTestDatabase();
    expect(db.name).toMatch(/^tributary_test_/);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM "_prisma_migrations"');
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    await admin.end();

    await db.drop();
    await db.drop(); // idempotent
    const server = new pg.Client({ connectionString: db.url.replace(/\/[^/?]+(\?|$)/, '/postgres$1') });
    await server.connect();
    const found = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    await server.end();
    expect(found.rowCount).toBe(0);
  });
});
