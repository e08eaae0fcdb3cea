// @tributary/db — the one Prisma client factory. Apps never `new PrismaClient()` themselves.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { Prisma, PrismaClient } from './generated/prisma/client.js';
import { preparedTypes } from './timestamps.js';

export * from './generated/prisma/client.js';
export { Prisma, PrismaClient };
export { parseTimestamptz } from './timestamps.js';

/** Where DATABASE_URL points when unset: the machine's local PostgreSQL. */
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tributary';

export type PrismaLogLevel = 'query' | 'info' | 'warn' | 'error';

export interface CreatePoolOptions {
  /** postgresql:// connection string (DATABASE_URL). */
  databaseUrl: string;
  /** Upper bound of pooled connections per process (default 10). */
  poolSize?: number;
  /** Milliseconds to wait for a free connection before failing (default 5000). */
  connectionTimeoutMs?: number;
  /** Per-statement timeout in milliseconds enforced by PostgreSQL (default: none). */
  statementTimeoutMs?: number;
  /** Called when an idle pooled connection errors (e.g. PostgreSQL restarted). */
  onPoolError?: (error: Error) => void;
}

export interface CreatePrismaClientOptions extends CreatePoolOptions {
  /** Prisma log levels to emit (default: warn; callers log the errors they do not handle). */
  log?: PrismaLogLevel[];
  /**
   * A pool of the caller's (createPgPool) for Prisma to share — so hot paths can run prepared
   * statements on the same connections (runPrepared). The caller ends it after `$disconnect()`.
   */
  pool?: pg.Pool;
}

function poolConfig(options: CreatePoolOptions): pg.PoolConfig {
  return {
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  };
}

/**
 * A node-postgres pool. Connections are opened lazily, so creating one never fails because the database
 * is down; queries do, and recover when it is back.
 */
export function createPgPool(options: CreatePoolOptions): pg.Pool {
  const pool = new pg.Pool(poolConfig(options));
  pool.on('error', options.onPoolError ?? (() => undefined));
  return pool;
}

/**
 * Creates a Prisma client on the pg driver adapter — on its own pool, or on `options.pool`.
 * Connections are opened lazily, so creating a client never fails because the database is down.
 */
export function createPrismaClient(options: CreatePrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg(options.pool ?? poolConfig(options), {
    onPoolError: options.onPoolError ?? (() => undefined),
  });
  return new PrismaClient({ adapter, log: options.log ?? ['warn'] });
}

const statementNames = new Map<string, string>();
/** Prepared statements live per connection; past this many distinct texts, run unnamed (a caller bug). */
const MAX_PREPARED_STATEMENTS = 256;

/**
 * Runs `query` as a named prepared statement: PostgreSQL parses it once per connection and, after a
 * few executions, reuses a generic plan — for hot paths whose planning costs as much as their execution
 * (the timeline, the session check, the page's DataLoaders). Values are bound, never interpolated.
 * Rows come back as node-postgres parses them (timestamptz → Date, jsonb → object, int → number), with
 * timestamptz read by parseTimestamptz.
 * The text must not vary with the data: pass lists as one array value (`= ANY(${ids}::uuid[])`), never
 * spread with Prisma.join.
 */
export async function runPrepared<T>(pool: pg.Pool, query: Prisma.Sql): Promise<T[]> {
  const text = query.text;
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `t_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  const result = await pool.query({ ...(name ? { name } : {}), text, values: query.values, types: preparedTypes });
  return result.rows as T[];
}

/**
 * A model's columns as a select list (`e."id", e."sourceId", …`) from its generated ScalarFieldEnum
 * (no field is @map-ped). Prepared statements name their columns instead of `*`, so adding a column
 * in a migration never breaks a running process's cached plans.
 */
export function columnsOf(fields: Record<string, string>, alias?: string): Prisma.Sql {
  const prefix = alias ? `${alias}.` : '';
  return Prisma.raw(
    Object.values(fields)
      .map((field) => `${prefix}"${field}"`)
      .join(', '),
  );
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id (all ids are UUIDs; PostgreSQL rejects malformed ones). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Entry.guidHash: hex SHA-256 of the item's guid, the key of the idempotent entry upsert. */
export function hashGuid(guid: string): string {
  return createHash('sha256').update(guid, 'utf8').digest('hex');
}

/** User.handleLower: the key that makes handles case-insensitively unique. */
export function normalizeHandle(handle: string): string {
  return handle.toLowerCase();
}

/** User.email as stored: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Prisma error codes the repositories translate into domain errors. */
export const PrismaErrorCode = {
  /** Unique constraint violated. */
  UniqueViolation: 'P2002',
  /** Foreign key constraint violated. */
  ForeignKeyViolation: 'P2003',
  /** Record to update/delete not found. */
  NotFound: 'P2025',
} as const;

/** Whether `error` is a unique-constraint violation (optionally on a given constraint/fields). */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === PrismaErrorCode.UniqueViolation;
}

/** Whether `error` is a CHECK-constraint violation (PostgreSQL 23514), optionally a named one. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const text = describeError(error);
  return /23514|check constraint/i.test(text) && (!constraint || text.includes(constraint));
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  const meta = (error as { meta?: unknown }).meta;
  if (meta) parts.push(JSON.stringify(meta));
  if (error.cause) parts.push(describeError(error.cause));
  return parts.join(' ');
}
