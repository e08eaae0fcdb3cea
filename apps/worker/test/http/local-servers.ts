/**
 * Local origins for the HTTP client tests: real sockets on 127.0.0.1, counting every
 * connection so a test can prove that a refused request never reached the server.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createServer as createNetServer,
  type AddressInfo,
  type Server as NetServer,
  type Socket,
} from 'node:net';
import zlib from 'node:zlib';
import type { ResolveHost, ResolvedAddress } from '../../src/http/index.js';

export interface LocalServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** TCP connections accepted so far. */
  readonly connections: () => number;
  /** Requests received so far (method, url, headers). */
  readonly requests: IncomingMessage[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function listen(server: Server | NetServer, host: string): Promise<number> {
  server.listen(0, host);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

function closeAll(server: Server | NetServer, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startHttpServer(handler: Handler, host = '127.0.0.1'): Promise<LocalServer> {
  const requests: IncomingMessage[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, host);
  return {
    port,
    origin: host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`,
    connections: () => connections,
    requests,
    close: () => closeAll(server, sockets),
  };
}

/** A TCP server that accepts connections and never writes a byte. */
export async function startSilentServer(): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createNetServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, '127.0.0.1');
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: [],
    close: () => closeAll(server, sockets),
  };
}

/** A resolver for tests: only names in `table` resolve; every lookup is recorded. */
export function createFakeResolver(table: Record<string, string | readonly string[]>): ResolveHost & {
  readonly calls: string[];
} {
  const calls: string[] = [];
  const resolve = (hostname: string): Promise<readonly ResolvedAddress[]> => {
    calls.push(hostname);
    const entry = table[hostname];
    if (entry === undefined) {
      return Promise.reject(
        Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
      );
    }
    const addresses = typeof entry === 'string' ? [entry] : entry;
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) })),
    );
  };
  return Object.assign(resolve, { calls });
}

/** Compresses `totalBytes` zeros without ever holding them in memory. */
export async function compressZeros(
  stream: zlib.Gzip | zlib.BrotliCompress,
  totalBytes: number,
): Promise<Buffer> {
  const chunk = Buffer.alloc(1 << 20);
  const out: Buffer[] = [];
  stream.on('data', (data: Buffer) => out.push(data));
  for (let written = 0; written < totalBytes; written += chunk.length) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'end');
  return Buffer.concat(out);
}

export function gzipBomb(totalBytes: number): Promise<Buffer> {
  return compressZeros(zlib.createGzip({ level: 9 }), totalBytes);
}

export function brotliBomb(totalBytes: number): Promise<Buffer> {
  return compressZeros(
    zlib.createBrotliCompress({
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
    }),
    totalBytes,
  );
}

/** Samples resident memory while `work` runs; resolves to the peak growth in bytes. */
export async function measurePeakRssGrowth<T>(
  work: () => Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; peakGrowth: number; elapsedMs: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const started = performance.now();
  const [result] = await Promise.allSettled([work()]);
  const elapsedMs = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result: result as PromiseSettledResult<T>, peakGrowth: peak - baseline, elapsedMs };
}
