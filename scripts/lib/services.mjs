// Finds or starts the PostgreSQL and Redis that `npm start` and `npm test` need:
// 1. DATABASE_URL / REDIS_URL when set; 2. the local defaults when they answer; 3. otherwise a
// project-local server started from the machine's binaries under .data/ (git-ignored); 4. otherwise stop
// with a message naming what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { log, root } from './util.mjs';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tributary';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const LOCAL_PG_PORT = 54329;
const LOCAL_REDIS_PORT = 63799;
const dataDir = path.join(root, '.data');

/** Resolves true when something accepts TCP connections at host:port within the timeout. */
export function canConnect(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function answersPostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function answersRedis(url) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function findPostgresBin() {
  const candidates = [];
  const lib = '/usr/lib/postgresql';
  if (existsSync(lib)) {
    for (const version of readdirSync(lib).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(lib, version, 'bin'));
  }
  const fromPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) candidates.push(path.dirname(fromPath));
  return candidates.find((dir) => existsSync(path.join(dir, 'pg_ctl')) && existsSync(path.join(dir, 'initdb')));
}

/** PostgreSQL refuses to run as root; run its tools as the `postgres` system user then. */
function asPostgresUser(command, args) {
  if (process.getuid?.() !== 0) return [command, args];
  return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

async function startLocalPostgres() {
  const bin = findPostgresBin();
  if (!bin) return undefined;
  const dir = path.join(dataDir, 'postgres');
  const socketDir = path.join(dataDir, 'postgres-socket');
  mkdirSync(socketDir, { recursive: true });
  if (process.getuid?.() === 0) {
    mkdirSync(dir, { recursive: true });
    execFileSync('chown', ['-R', 'postgres', dir, socketDir]);
  }
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log('services', `initialising a project-local PostgreSQL in ${path.relative(root, dir)}`);
    const [cmd, args] = asPostgresUser(path.join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    execFileSync(cmd, args, { stdio: 'ignore' });
  }
  log('services', `starting project-local PostgreSQL on port ${LOCAL_PG_PORT}`);
  const options = `-p ${LOCAL_PG_PORT} -k ${socketDir} -c listen_addresses=127.0.0.1`;
  const [cmd, args] = asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', dir, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start']);
  execFileSync(cmd, args, { stdio: 'ignore' });
  return {
    url: `postgresql://postgres@127.0.0.1:${LOCAL_PG_PORT}/tributary`,
    stop: () => {
      const [stopCmd, stopArgs] = asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', 'stop']);
      spawnSync(stopCmd, stopArgs, { stdio: 'ignore' });
    },
  };
}

async function startLocalRedis() {
  const binary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!binary) return undefined;
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  log('services', `starting project-local Redis on port ${LOCAL_REDIS_PORT}`);
  execFileSync(binary, [
    '--port', String(LOCAL_REDIS_PORT), '--bind', '127.0.0.1', '--daemonize', 'yes', '--pidfile', pidFile,
    '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--logfile', path.join(dir, 'redis.log'),
  ]);
  for (let i = 0; i < 50 && !(await canConnect('127.0.0.1', LOCAL_REDIS_PORT, 200)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url: `redis://127.0.0.1:${LOCAL_REDIS_PORT}`,
    stop: () => {
      spawnSync('redis-cli', ['-p', String(LOCAL_REDIS_PORT), 'shutdown', 'nosave'], { stdio: 'ignore' });
    },
  };
}

/**
 * Returns `{ env: { DATABASE_URL, REDIS_URL }, stop() }`. `stop` stops only what this call started.
 * Exits the process with a clear message when a service can be neither found nor started.
 */
export async function ensureServices(env = process.env) {
  const stops = [];
  let databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  let redisUrl = env.REDIS_URL || DEFAULT_REDIS_URL;

  if (!(await answersPostgres(databaseUrl))) {
    if (env.DATABASE_URL) fail(`DATABASE_URL (${redact(databaseUrl)}) does not answer. Start that PostgreSQL or unset DATABASE_URL.`);
    const local = await startLocalPostgres().catch((error) => fail(`could not start a local PostgreSQL: ${error.message}`));
    if (!local) fail('PostgreSQL is not running on 127.0.0.1:5432 and no server binaries were found. Install it (Debian: apt-get install postgresql) or set DATABASE_URL.');
    stops.push(local.stop);
    databaseUrl = local.url;
  }
  if (!(await answersRedis(redisUrl))) {
    if (env.REDIS_URL) fail(`REDIS_URL (${redact(redisUrl)}) does not answer. Start that Redis or unset REDIS_URL.`);
    const local = await startLocalRedis().catch((error) => fail(`could not start a local Redis: ${error.message}`));
    if (!local) fail('Redis is not running on 127.0.0.1:6379 and redis-server was not found. Install it (Debian: apt-get install redis-server) or set REDIS_URL.');
    stops.push(local.stop);
    redisUrl = local.url;
  }
  log('services', `PostgreSQL ${redact(databaseUrl)} · Redis ${redact(redisUrl)}`);
  return {
    env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
    stop: () => {
      for (const stop of stops.reverse()) stop();
    },
  };
}

function redact(url) {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

function fail(message) {
  console.error(`\n[services] ${message}\n`);
  process.exit(1);
}

export function writeDataFile(name, content) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, name), content);
}
