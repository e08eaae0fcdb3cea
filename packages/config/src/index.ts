// One validated configuration schema per app. Every process reads its environment once at boot through
// these functions; a missing or malformed value stops it with a message naming the variable.
import { isTrustProxyList, MIN_SECRET_LENGTH } from '@tributary/client-address';
import { z } from 'zod';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tributary';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a ${protocols.join(' or ')} URL`,
    );
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(url(protocols).optional());
const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

const commonShape = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DATABASE_URL: url(['postgresql:', 'postgres:']).default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_SIZE: positiveInt(10),
  REDIS_URL: url(['redis:', 'rediss:']).default(DEFAULT_REDIS_URL),
  /** Prefix of every BullMQ key; wrapped in a hash tag so a Redis Cluster keeps a queue on one slot. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only')
    .default('tributary'),
  WEB_PORT: port(3000),
  API_PORT: port(4000),
  PUBLIC_WEB_URL: optionalUrl(['http:', 'https:']),
};

/** A rate limit written `COUNT/SECONDS`, e.g. `25/300` = 25 requests per 5 minutes. */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}
const rateLimit = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .pipe(z.string().regex(/^\d+\/\d+$/, 'must be COUNT/SECONDS, e.g. 25/300'))
    .transform((value): RateLimitRule => {
      const [limit, windowSeconds] = value.split('/').map(Number) as [number, number];
      return { limit, windowSeconds };
    })
    .refine((rule) => rule.limit >= 1 && rule.windowSeconds >= 1, 'COUNT and SECONDS must be at least 1');

export const apiConfigSchema = z.object({
  ...commonShape,
  BOOTSTRAP_INVITE_CODE: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 letters, digits, _ or -')
      .optional(),
  ),
  /**
   * API processes to run on this machine (node:cluster sharing API_PORT). The API is stateless, so
   * more processes use more cores; 1 runs without a supervisor.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Reverse proxies (comma list of addresses and CIDR ranges) whose X-Forwarded-For is read: the client
   * is the right-most hop that is not one of them. Requests through the web app carry the signed address.
   */
  TRUST_PROXY: optionalString.refine(
    isTrustProxyList,
    'must be a comma list of IP addresses or CIDR ranges, e.g. 127.0.0.1, 10.0.0.0/8',
  ),
  /**
   * Shared by the web server and the API: the web signs the client's address with it so the API can
   * believe it (per-address limits). `npm start` generates one when unset.
   */
  INTERNAL_API_SECRET: optionalString.pipe(
    z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  ),
  SESSION_TTL_DAYS: positiveInt(30),
  /** A session unused for this many days is refused (and later deleted). */
  SESSION_IDLE_DAYS: positiveInt(14),
  INVITE_QUOTA: z.coerce.number().int().min(0).default(10),
  INVITE_TTL_DAYS: positiveInt(14),
  CLAIM_TTL_HOURS: positiveInt(72),
  /** How long the API waits for a resolve job (preview/subscribe) before answering SOURCE_UNREACHABLE. */
  RESOLVE_TIMEOUT_MS: positiveInt(15_000),
  ARGON2_MAX_CONCURRENCY: positiveInt(4),
  /** argon2id cost. Defaults are OWASP/ASVS 5.0 (m=19 MiB, t=2, p=1); production refuses weaker ones. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).max(4_194_304).default(19_456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(20).default(2),
  ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(16).default(1),
  /** Rate limits (COUNT/SECONDS), kept in Redis. Per IP (IPv6 grouped by /64) unless noted. */
  RATE_LIMIT_LOGIN_IP: rateLimit('25/300'),
  /**
   * Login attempts per account (named by handle or email), from any address; a successful one is not
   * counted. Past it the account is "under attack": only browsers and addresses it signed in from
   * before may still try (the owner is throttled like nobody else), everyone else gets RATE_LIMITED.
   */
  RATE_LIMIT_LOGIN_ACCOUNT: rateLimit('25/3600'),
  /** Failed logins one address may make against one account before each next try must wait. */
  LOGIN_BACKOFF_FREE_FAILURES: positiveInt(5),
  /** The wait after those doubles from 1 second with every further failure, up to this many seconds. */
  LOGIN_BACKOFF_MAX_SECONDS: positiveInt(900),
  RATE_LIMIT_SIGNUP_IP: rateLimit('25/300'),
  /** Attempts to use an invite code (sign-ups that get as far as the code, invite look-ups). */
  RATE_LIMIT_INVITE_IP: rateLimit('10/3600'),
  /** Failed sign-ups with one invite code, from any address (bounds probing emails with one invite). */
  RATE_LIMIT_SIGNUP_INVITE: rateLimit('10/3600'),
  /** OPML imports per account. */
  RATE_LIMIT_OPML_IMPORT: rateLimit('10/86400'),
  /** Per account. */
  RATE_LIMIT_PASSWORD_CHANGE: rateLimit('10/600'),
  /** Every GraphQL operation of a signed-out client, per IP. */
  RATE_LIMIT_ANONYMOUS: rateLimit('300/300'),
  /** Every GraphQL operation of a signed-in person, per account. */
  RATE_LIMIT_AUTHENTICATED: rateLimit('1500/300'),
  /**
   * Each root mutation field, counted per field and per account (per IP when signed out) every time a
   * request selects it: 15 aliased `share`s count 15.
   */
  RATE_LIMIT_FIELD: rateLimit('600/300'),
  /** Expensive fields (previews, imports, exports, search, comments…; see graphql/field-limits.ts), same counting. */
  RATE_LIMIT_EXPENSIVE_FIELD: rateLimit('60/300'),
  /** "Refresh" of sources (refreshSource), per account. */
  RATE_LIMIT_REFRESH_ACCOUNT: rateLimit('30/600'),
  /** "Refresh" of one source, whoever asks: a manual fetch at most this often. */
  RATE_LIMIT_REFRESH_SOURCE: rateLimit('2/60'),
  /**
   * Seconds; the worker's shortest polling interval (same variable): subscribing to a source whose last
   * successful fetch is older than this asks for a fetch at once.
   */
  FETCH_MIN_INTERVAL: positiveInt(300),
  /** GraphQL request limits (GraphQL Armor); a request over any of them is refused before it runs. */
  GRAPHQL_MAX_DEPTH: positiveInt(8),
  GRAPHQL_MAX_COST: positiveInt(25_000),
  GRAPHQL_MAX_ALIASES: positiveInt(15),
  GRAPHQL_MAX_TOKENS: positiveInt(2_000),
  GRAPHQL_MAX_DIRECTIVES: positiveInt(10),
  /**
   * Cost of an operation once its variables are known: every field 1, a page's selection counted `first`
   * times. Checked at execution, so `first: $n` is counted as what `$n` is.
   */
  GRAPHQL_MAX_COMPLEXITY: positiveInt(20_000),
  /** Open subscription streams (SSE) per session, across every API process. */
  GRAPHQL_MAX_STREAMS_PER_SESSION: positiveInt(12),
  /** Largest accepted request body in bytes (default 1 MiB); larger ones get 413. */
  GRAPHQL_MAX_BODY_BYTES: positiveInt(1_048_576),
  WEBSUB_HUB_URL: optionalUrl(['http:', 'https:']),
});

export const workerConfigSchema = z.object({
  ...commonShape,
  FETCH_ALLOW_PRIVATE_HOSTS: commaList,
  TELEGRAM_BASE_URL: url(['http:', 'https:']).default('https://t.me'),
  X_API_BASE_URL: url(['http:', 'https:']).default('https://api.x.com'),
  X_BEARER_TOKEN: optionalString,
  NITTER_BASE_URL: optionalUrl(['http:', 'https:']),
  SUBSTACK_URL_TEMPLATE: z
    .string()
    .trim()
    .default('https://{name}.substack.com')
    .refine((value) => value.includes('{name}'), 'must contain {name}'),
  SUBSTACK_API_BASE_URL: url(['http:', 'https:']).default('https://substack.com'),
  /** Seconds: the shortest polling interval any source may get. */
  FETCH_MIN_INTERVAL: positiveInt(300),
  /**
   * Seconds: the longest polling interval of a source with subscribers, whatever its posting rate, server
   * hints or failures say (4 h; docs/schedule.md compares Miniflux's and NewsBlur's policies).
   */
  FETCH_MAX_INTERVAL: positiveInt(14_400),
  FETCH_TIMEOUT_MS: positiveInt(20_000),
  FETCH_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  FETCH_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  /** Fetch jobs run at once by one worker process. */
  FETCH_CONCURRENCY: positiveInt(32),
  /** Requests in flight to one registrable domain across all worker processes. */
  HOST_CONCURRENCY: positiveInt(4),
  SCHEDULER_TICK_MS: positiveInt(5_000),
  /** Seconds a claimed source waits before the tick may claim it again when its fetch never reports back. */
  SCHEDULE_LEASE_SECONDS: positiveInt(900),
  /** A job whose worker stops renewing its lock this long (crashed process) is picked up again. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Threads that parse and sanitize fetched content off the main event loop (0: parse on it). */
  PARSE_THREADS: z.coerce.number().int().min(0).max(64).default(2),
  /**
   * Sources one account may bring into Tributary (subscribe, OPML import) that did not exist before;
   * subscribing to existing sources is never limited. COUNT/SECONDS, kept in Redis.
   */
  RATE_LIMIT_NEW_SOURCES: rateLimit('500/86400'),
  /** Port of the Prometheus metrics endpoint on 127.0.0.1; unset: no endpoint. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** Subscribe to the WebSub hubs feeds advertise (callbacks at PUBLIC_WEB_URL/websub/…); docs/websub.md. */
  WEBSUB_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  /** Seconds of lease asked from hubs (`hub.lease_seconds`); hubs may grant less. Renewed before it ends. */
  WEBSUB_LEASE_SECONDS: z.coerce.number().int().min(60).max(365 * 86_400).default(10 * 86_400),
});

export type ApiConfig = z.infer<typeof apiConfigSchema> & { PUBLIC_WEB_URL: string };
export type WorkerConfig = z.infer<typeof workerConfigSchema> & { PUBLIC_WEB_URL: string };
type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parse<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

function withPublicUrl<T extends { PUBLIC_WEB_URL?: string | undefined; WEB_PORT: number }>(
  config: T,
): T & { PUBLIC_WEB_URL: string } {
  const publicUrl = (config.PUBLIC_WEB_URL ?? `http://localhost:${config.WEB_PORT}`).replace(/\/+$/, '');
  return { ...config, PUBLIC_WEB_URL: publicUrl };
}

export function loadApiConfig(env: Env = process.env): ApiConfig {
  return withPublicUrl(parse(apiConfigSchema, env));
}

export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  return withPublicUrl(parse(workerConfigSchema, env));
}

/** Keys whose values never appear in logs. */
const SECRET_KEYS = new Set(['X_BEARER_TOKEN', 'BOOTSTRAP_INVITE_CODE', 'INTERNAL_API_SECRET']);

/** A printable copy of a config: secrets and URL passwords masked. */
export function describeConfig(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => {
      if (SECRET_KEYS.has(key) && value) return [key, '***'];
      if (typeof value === 'string' && /^[a-z]+:\/\/[^/]*:[^/]*@/i.test(value)) {
        return [key, value.replace(/(\/\/[^:/]*:)[^@]*@/, '$1***@')];
      }
      return [key, value];
    }),
  );
}

/** Loads `.env` from the working directory (or the given path) when present; real env wins. */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
