import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { QUEUE_NAMES, queuePrefix } from '@tributary/jobs';
import { Queue } from 'bullmq';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { RedisService } from '../../common/redis.service.js';
import { SessionService } from '../auth/session.service.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The operators' view of every queue (waiting, active, failed jobs, retries) from bull-board, served by
 * the API at /admin/queues to administrators only: the same session cookie as the app, checked against
 * the database on every request.
 */
@Injectable()
export class QueueDashboard implements OnModuleDestroy {
  private readonly queues: Queue[];
  private readonly router: RequestHandler;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    redis: RedisService,
    private readonly sessions: SessionService,
  ) {
    const connection = redis.connect('queue-dashboard');
    this.queues = QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix: queuePrefix(config.QUEUE_PREFIX) }));
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Tributary queues' } },
    });
    this.router = serverAdapter.getRouter() as RequestHandler;
  }

  /** Express middleware: 401/403 unless the request comes from an administrator's session. */
  handler(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      this.sessions
        .resolveViewer(req)
        .then((viewer) => {
          if (!viewer) {
            res.status(401).type('text/plain').send('Sign in as an administrator to see the queues.');
          } else if (viewer.role !== 'ADMIN') {
            res.status(403).type('text/plain').send('Only administrators can see the queues.');
          } else {
            this.router(req, res, next);
          }
        })
        .catch(next);
    };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
