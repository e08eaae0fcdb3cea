#!/usr/bin/env node
// The web server: Next (production build, or `dev`) inside our own HTTP server on WEB_PORT (default 3000).
// Our server runs first on every request (src/server/request-hooks.ts), because only it sees the socket:
// it drops any client-address header the browser sent and puts there the client's address (the socket
// peer, or behind TRUST_PROXY the right-most untrusted X-Forwarded-For hop), signed with
// INTERNAL_API_SECRET. The web app passes that header on to the API, which believes it only with a valid,
// fresh signature. It also adds HSTS (https PUBLIC_WEB_URL) and turns undecodable paths into 404s.
// Usage: node scripts/start.mjs start|dev
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { createRequestHook } from '../src/server/request-hooks.ts';

const mode = process.argv[2] ?? 'start';
if (mode !== 'start' && mode !== 'dev') {
  console.error(`usage: node scripts/start.mjs start|dev (got "${mode}")`);
  process.exit(2);
}

function fail(message) {
  console.error(`Invalid configuration of @tributary/web: ${message}`);
  process.exit(1);
}

const rawPort = process.env.WEB_PORT?.trim() || '3000';
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  fail(`WEB_PORT must be a port number (1-65535), got "${rawPort}"`);
}

let onRequest;
try {
  onRequest = createRequestHook({
    secret: process.env.INTERNAL_API_SECRET?.trim() || undefined,
    trustProxy: process.env.TRUST_PROXY,
    publicWebUrl: process.env.PUBLIC_WEB_URL?.trim() || undefined,
  });
} catch (error) {
  fail(`${error instanceof RangeError ? '' : 'TRUST_PROXY: '}${error.message}`);
}
if (!process.env.INTERNAL_API_SECRET?.trim()) {
  console.warn(
    'INTERNAL_API_SECRET is not set: the API sees every visitor as this server, so per-address limits are shared.',
  );
}

// The app directory, wherever this is started from (npm -w, the root start script, by hand).
const appDir = fileURLToPath(new URL('..', import.meta.url));
const server = createServer();
const app = next({ dev: mode === 'dev', dir: appDir, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.on('request', (request, response) => {
  onRequest(request, response);
  void handle(request, response);
});
server.listen(port, () => {
  console.log(`web: ${mode === 'dev' ? 'development' : 'production'} server on port ${port}`);
});

function stop() {
  server.close();
  server.closeIdleConnections();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
