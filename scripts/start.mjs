// `npm start`: services → migrations → build → web + API + worker with prefixed logs; Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDotEnv } from './lib/env.mjs';
import { ensureServices, writeDataFile } from './lib/services.mjs';
import { log, paint, prefixLines, root, run, sleep } from './lib/util.mjs';

loadDotEnv();
// This machine (and many self-hosters) has no internet: no telemetry calls from the build tools.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.TURBO_TELEMETRY_DISABLED ??= '1';
const webPort = Number(process.env.WEB_PORT || 3000);
const apiPort = Number(process.env.API_PORT || 4000);
const services = await ensureServices();
const env = { ...process.env, ...services.env, NODE_ENV: process.env.NODE_ENV || 'production' };
// The web server signs each visitor's address for the API with this; both get it from here (one run).
env.INTERNAL_API_SECRET ||= randomBytes(32).toString('base64url');

const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('setup', 'stopping…');
  for (const child of children) signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (children.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) await sleep(100);
  for (const child of children) signalGroup(child, 'SIGKILL');
  services.stop();
  log('setup', 'stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function signalGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

try {
  log('db', 'applying migrations');
  await run(process.execPath, ['scripts/db.mjs', 'migrate'], { env });
  log('setup', 'building (cached after the first run)');
  await run('turbo', ['run', 'build', '--output-logs=errors-only', '--log-prefix=none'], { env });
} catch (error) {
  console.error(`\n${error.message}`);
  await shutdown(1);
}

const invite = await bootstrapInvite(env);
if (invite) env.BOOTSTRAP_INVITE_CODE = invite;

function launch(tag, args, cwd) {
  const child = spawn(process.execPath, args, { cwd: path.join(root, cwd), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixLines(tag, child.stdout);
  prefixLines(tag, child.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log(tag, `exited unexpectedly (${code ?? signal}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push(child);
}

launch('api', ['dist/main.js'], 'apps/api');
launch('worker', ['dist/main.js'], 'apps/worker');
launch('web', ['scripts/start.mjs', 'start'], 'apps/web');

await waitFor('api', async () => {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tributary-client': 'start' },
    body: JSON.stringify({ query: '{ health { ok } }' }),
  });
  return response.ok;
});
await waitFor('web', async () => (await fetch(`http://127.0.0.1:${webPort}/`)).ok);

const publicUrl = env.PUBLIC_WEB_URL || `http://localhost:${webPort}`;
console.log(`
${paint('setup', '  Tributary is running')}
    web      ${publicUrl}
    GraphQL  http://localhost:${apiPort}/graphql
${invite ? `\n    First invite (makes you the admin): ${invite}\n    Sign up at ${publicUrl}/signup?invite=${invite}\n` : ''}
    Ctrl-C stops everything.
`);

async function waitFor(tag, probe) {
  const deadline = Date.now() + 120_000;
  while (!stopping && Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  if (!stopping) {
    log(tag, 'did not become ready within 2 minutes');
    await shutdown(1);
  }
}

/**
 * While nobody has signed up, the first person needs a code: BOOTSTRAP_INVITE_CODE when configured,
 * else one generated once and kept in .data/ so it stays the same across restarts.
 */
async function bootstrapInvite(environment) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: environment.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT EXISTS (SELECT 1 FROM "User") AS "hasUsers"');
    if (rows[0].hasUsers) return undefined;
  } finally {
    await client.end();
  }
  if (environment.BOOTSTRAP_INVITE_CODE) return environment.BOOTSTRAP_INVITE_CODE;
  const file = path.join(root, '.data', 'bootstrap-invite');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const code = randomBytes(12).toString('base64url');
  writeDataFile('bootstrap-invite', `${code}\n`);
  return code;
}
