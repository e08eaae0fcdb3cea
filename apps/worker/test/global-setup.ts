import { createTestDatabase } from '@tributary/db/testing';
import { type TestProject } from 'vitest/node';
import { ensureWorkerBuilt } from './support/build.js';

/** One fresh, migrated database per test run; dropped at the end. Tests read it from TEST_DATABASE_URL. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureWorkerBuilt();
  const database = await createTestDatabase({ prefix: 'tributary_test_worker' });
  project.provide('databaseUrl', database.url);
  return () => database.drop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
