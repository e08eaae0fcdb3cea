import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type INestApplicationContext } from '@nestjs/common';
import { loadWorkerConfig, type WorkerConfig } from '@tributary/config';
import { Origin } from '@tributary/test-support';
import { inject } from 'vitest';
import { startApiWorld, type ApiWorld } from './api-world.js';

export { errorCode } from './api-world.js';

/** The worker is another app: loaded from its source at run time, so the API's build never includes it. */
const WORKER_BOOTSTRAP = fileURLToPath(new URL('../../../worker/src/bootstrap.ts', import.meta.url));

async function createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext> {
  const module = (await import(/* @vite-ignore */ WORKER_BOOTSTRAP)) as {
    createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext>;
  };
  return module.createWorkerApp(config);
}

export interface SocialWorld extends ApiWorld {
  worker: INestApplicationContext;
  origin: Origin;
}

/**
 * The real API and the real worker (its BullMQ processors) on this run's database, one queue prefix
 * shared by both, and a local origin serving feeds that the worker may reach. `workerOverrides` add to
 * the worker's configuration (they may point it at routes of the origin, or PUBLIC_WEB_URL at the API's
 * origin for callbacks that come back to the API).
 */
export async function startSocialWorld(
  apiOverrides: Record<string, string> = {},
  workerOverrides: (origin: Origin, apiOrigin: string) => Record<string, string> = () => ({}),
): Promise<SocialWorld> {
  const origin = await new Origin().start();
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const world = await startApiWorld({ QUEUE_PREFIX: prefix, ...apiOverrides });
  const worker = await createWorkerApp(
    loadWorkerConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: process.env.REDIS_URL,
      QUEUE_PREFIX: prefix,
      FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
      SCHEDULER_TICK_MS: '3600000',
      // Recorded feeds may name public hubs: no test subscribes to them (websub.spec.ts turns it on).
      WEBSUB_ENABLED: 'false',
      ...workerOverrides(origin, new URL(world.api.url).origin),
    }),
  );
  await worker.init();
  return {
    ...world,
    worker,
    origin,
    async close() {
      await worker.close();
      await world.close();
      await origin.close();
    },
  };
}
