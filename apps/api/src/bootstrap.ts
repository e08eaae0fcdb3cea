import 'reflect-metadata';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type ApiConfig } from './common/config.js';
import { AppModule } from './app.module.js';
import { createHttpGuard } from './graphql/http-guard.middleware.js';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './modules/queue-dashboard/queue-dashboard.service.js';

const LOG_LEVELS: Record<ApiConfig['LOG_LEVEL'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** Builds the API application (not yet listening); shared by main.ts, tests and schema printing. */
export async function createApiApp(config: ApiConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: LOG_LEVELS[config.LOG_LEVEL],
    bodyParser: false,
    // Throw start-up errors to the caller (main.ts exits with a message) instead of exiting here.
    abortOnError: false,
  });
  app.use(createHttpGuard({ path: '/graphql', maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES }));
  app.use(QUEUE_DASHBOARD_PATH, app.get(QueueDashboard).handler());
  app.enableShutdownHooks();
  return app;
}
