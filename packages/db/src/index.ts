// @tributary/db — the one Prisma client factory. Apps never `new PrismaClient()` themselves.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/prisma/client.js';

export * from './generated/prisma/client.js';
export { Prisma, PrismaClient };

/** Where DATABASE_URL points when unset: the machine's local PostgreSQL. */
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tributary';

export type PrismaLogLevel = 'query' | 'info' | 'warn' | 'error';

export interface CreatePrismaClientOptions {
  /** postgresql:// connection string (DATABASE_URL). */
  databaseUrl: string;
  /** Prisma log levels to emit (default: warn; callers log the errors they do not handle). */
  log?: PrismaLogLevel[];
  /** Upper bound of pooled connections per process (default 10). */
  poolSize?: number;
  /** Milliseconds to wait for a free connection before failing (default 5000). */
  connectionTimeoutMs?: number;
  /** Per-statement timeout in milliseconds enforced by PostgreSQL (default: none). */
  statementTimeoutMs?: number;
  /** Called when an idle pooled connection errors (e.g. PostgreSQL restarted). */
  onPoolError?: (error: Error) => void;
}

/**
 * Creates a Prisma client on the pg driver adapter. Connections are opened lazily, so creating a
 * client never fails because the database is down; queries do, and recover when it is back.
 */
export function createPrismaClient(options: CreatePrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    { onPoolError: options.onPoolError ?? (() => undefined) },
  );
  return new PrismaClient({ adapter, log: options.log ?? ['warn'] });
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
