// Global setup of the browser tests: the real stack, started as `npm start` starts it — built API,
// worker and web as separate processes — on free ports, with its own database and queue prefix, and a
// local origin serving the project's test inputs (packages/test-support/inputs) in place of the internet.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@tributary/db/testing';
import { type TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.js';
import { startFixtureOrigin } from './fixture-origin.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const logDir = path.join(root, 'e2e', '.logs');

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    inviteCode: string;
    originUrl: string;
    databaseUrl: string;
    /** A port the worker may reach on 127.0.0.1, for a WebSub hub a test starts there (tests/websub.e2e.ts). */
    websubHubPort: number;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(name: string, probe: () => Promise<boolean>, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = readFileSync(path.join(logDir, `${name}.log`), 'utf8').split('\n').slice(-40).join('\n');
  throw new Error(`${name} did not become ready (exit ${child.exitCode ?? 'none'}). Last log lines:\n${log}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath();
  mkdirSync(logDir, { recursive: true });
  const database = await createTestDatabase({ prefix: 'tributary_test_e2e' });
  const origin = await startFixtureOrigin();
  const originHost = new URL(origin.url).host;
  const [apiPort, webPort, websubHubPort] = [await freePort(), await freePort(), await freePort()];
  const inviteCode = `e2e-${randomBytes(6).toString('hex')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `e2e-${randomBytes(4).toString('hex')}`,
    API_PORT: String(apiPort),
    WEB_PORT: String(webPort),
    PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`,
    BOOTSTRAP_INVITE_CODE: inviteCode,
    FETCH_ALLOW_PRIVATE_HOSTS: `${originHost},127.0.0.1:${websubHubPort}`,
    TELEGRAM_BASE_URL: `${origin.url}/telegram`,
    SUBSTACK_URL_TEMPLATE: `${origin.url}/substack/{name}`,
    SUBSTACK_API_BASE_URL: `${origin.url}/substack-api`,
    X_API_BASE_URL: `${origin.url}/x-api`,
    SCHEDULER_TICK_MS: '1000',
    // As `npm start` does: the web server signs each visitor's address for the API with it.
    INTERNAL_API_SECRET: randomBytes(32).toString('base64url'),
    TRUST_PROXY: '',
    // The suite signs a dozen people up from one address within minutes; the per-address sign-up and
    // invite limits (10 an hour by default) are proven in the API suite (rate-limits.spec.ts), not here.
    RATE_LIMIT_SIGNUP_IP: '500/300',
    RATE_LIMIT_INVITE_IP: '500/3600',
  };
  const children: ChildProcess[] = [];
  const launch = (name: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) => {
    const child = spawn(process.execPath, args, {
      cwd: path.join(root, cwd),
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(path.join(logDir, `${name}.log`));
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    children.push(child);
    return child;
  };

  const teardown = async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    await origin.close();
    await database.drop();
  };

  try {
    const api = launch('api', ['dist/main.js'], 'apps/api');
    launch('worker', ['dist/main.js'], 'apps/worker');
    // The tests stand in for a reverse proxy in front of the web server: X-Forwarded-For from 127.0.0.1 names
    // the visitor there. The API trusts no proxy: it learns addresses only from the web server's signature.
    const web = launch('web', ['scripts/start.mjs', 'start'], 'apps/web', { TRUST_PROXY: '127.0.0.1' });
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(
      'api',
      async () =>
        (
          await fetch(apiUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-tributary-client': 'e2e' },
            body: JSON.stringify({ query: '{ health { ok } }' }),
          })
        ).ok,
      api,
    );
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitFor('web', async () => (await fetch(webUrl)).ok, web);
    project.provide('webUrl', webUrl);
    project.provide('apiUrl', apiUrl);
    project.provide('inviteCode', inviteCode);
    project.provide('originUrl', origin.url);
    project.provide('databaseUrl', database.url);
    project.provide('websubHubPort', websubHubPort);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
