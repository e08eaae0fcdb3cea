import http from 'node:http';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from '../common/config.js';
import { FetchMetrics, formatPrometheus } from './fetch-metrics.service.js';

/**
 * GET /metrics on 127.0.0.1:WORKER_METRICS_PORT in Prometheus text format, when that port is set. Bound to
 * loopback: a scraper runs beside the worker (or reaches it through the host's own proxy).
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Metrics');
  private server?: http.Server;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly metrics: FetchMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.WORKER_METRICS_PORT;
    if (port === undefined) return;
    const server = http.createServer((request, response) => {
      if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://metrics').pathname !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.metrics.snapshot().then(
        (snapshot) => {
          response
            .writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
            .end(formatPrometheus(snapshot));
        },
        (error: unknown) => {
          response
            .writeHead(503, { 'content-type': 'text/plain' })
            .end(`metrics unavailable: ${(error as Error).message}\n`);
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.logger.log(`Prometheus metrics on http://127.0.0.1:${port}/metrics`);
  }

  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
