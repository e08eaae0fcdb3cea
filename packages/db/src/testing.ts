// @tributary/db/testing — a fresh, migrated database per test run (vitest globalSetup of
// apps/api and apps/worker, and this package's own tests). Never touches the default database.
import {
  applyMigrations,
  createDatabase,
  DEFAULT_DATABASE_URL,
  dropDatabase,
  randomDatabaseSuffix,
  redactUrl,
} from './migrate.js';

export interface TestDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Its name, `tributary_test_<random>`. */
  name: string;
  /** Drops the database (terminating open connections). Safe to call twice. */
  drop: () => Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /**
   * Any connection string on the server to use (default: DATABASE_URL, else the local default).
   * Only its server and credentials are used; the database it names is left alone.
   */
  serverUrl?: string;
  /** Apply prisma/migrations (default true). */
  migrate?: boolean;
  /** Name prefix (default `tributary_test`). */
  prefix?: string;
}

/**
 * Creates `tributary_test_<random>` on the server of DATABASE_URL, applies every migration and
 * returns its URL and a `drop()`. Fails with a message naming the server when PostgreSQL is not
 * reachable.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const prefix = options.prefix ?? 'tributary_test';
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error(`Invalid test database prefix "${prefix}"`);
  const name = `${prefix}_${randomDatabaseSuffix()}`;
  let url: string;
  try {
    url = await createDatabase(serverUrl, name);
  } catch (error) {
    throw new Error(
      `Could not create a test database on ${redactUrl(serverUrl)}: ${(error as Error).message}. ` +
        'Is PostgreSQL running? Set DATABASE_URL to a server where this user may CREATE DATABASE.',
      { cause: error },
    );
  }
  let dropped = false;
  const drop = async (): Promise<void> => {
    if (dropped) return;
    dropped = true;
    await dropDatabase(url);
  };
  if (options.migrate ?? true) {
    try {
      await applyMigrations(url);
    } catch (error) {
      await drop();
      throw error;
    }
  }
  return { url, name, drop };
}
