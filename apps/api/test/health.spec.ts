import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-harness.js';
import { createTcpProxy, type TcpProxy } from '@tributary/test-support';

const HEALTH = '{ health { ok database redis version } }';
type HealthData = { health: { ok: boolean; database: boolean; redis: boolean; version: string } };

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await probe();
  }
  return last;
}

describe('health', () => {
  let api: ApiHarness;
  let pgProxy: TcpProxy;
  let redisProxy: TcpProxy;

  beforeAll(async () => {
    const database = new URL(inject('databaseUrl'));
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    pgProxy = await createTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    redisProxy = await createTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    database.host = `127.0.0.1:${pgProxy.port}`;
    redis.host = `127.0.0.1:${redisProxy.port}`;
    api = await startApi({ DATABASE_URL: database.toString(), REDIS_URL: redis.toString() });
  });

  afterAll(async () => {
    await api?.close();
    await pgProxy?.close();
    await redisProxy?.close();
  });

  const health = async () => (await api.gql<HealthData>(HEALTH)).data!.health;

  it('reports the API, database and Redis as working', async () => {
    const result = await eventually(health, (h) => h.ok);
    expect(result).toMatchObject({ ok: true, database: true, redis: true });
    expect(result.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports PostgreSQL down without failing, and recovers without a restart', async () => {
    await pgProxy.stop();
    const down = await eventually(health, (h) => !h.database);
    expect(down).toMatchObject({ ok: false, database: false, redis: true });
    await pgProxy.start();
    expect(await eventually(health, (h) => h.ok)).toMatchObject({ ok: true, database: true });
  });

  it('reports Redis down without failing, and recovers without a restart', async () => {
    await redisProxy.stop();
    const down = await eventually(health, (h) => !h.redis);
    expect(down).toMatchObject({ ok: false, database: true, redis: false });
    await redisProxy.start();
    expect(await eventually(health, (h) => h.ok)).toMatchObject({ ok: true, redis: true });
  });

  it('answers malformed queries with BAD_USER_INPUT, never a stack trace', async () => {
    const unknownField = await api.gql('{ health { nope } }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const syntax = await api.gql('{ health { ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(syntax)).not.toMatch(/at .*\.js:\d+/);
  });
});
