import 'reflect-metadata';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type ApiConfig } from './common/config.js';
import { AppModule } from './app.module.js';
import { GRAPHQL_PATH } from './graphql/graphql.options.js';
import { createHttpGuard } from './graphql/http-guard.middleware.js';
import { createSecurityHeaders } from './graphql/security-headers.middleware.js';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './modules/queue-dashboard/queue-dashboard.service.js';

const LOG_LEVELS: Record<ApiConfig['LOG_LEVEL'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** Builds the API application (not yet listening); shared by main.ts, tests and schema printing. */
export async function createApiApp(config: ApiConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: LOG_LEVELS[config.LOG_LEVEL],
    bodyParser: false,
    // Throw start-up errors to the caller (main.ts exits with a message) instead of exiting here.
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // First, so every answer carries them: GraphQL, feeds, exports, the dashboard and every 404.
  app.use(
    createSecurityHeaders({
      publicWebUrl: config.PUBLIC_WEB_URL,
      isProduction: config.NODE_ENV === 'production',
      dashboardPath: QUEUE_DASHBOARD_PATH,
      graphqlPath: GRAPHQL_PATH,
    }),
  );
  // Mounted at Yoga's own mount path, so every request Express hands to Yoga passed the guard first.
  app.use(GRAPHQL_PATH, createHttpGuard({ maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES }));
  app.use(QUEUE_DASHBOARD_PATH, app.get(QueueDashboard).handler());
  app.enableShutdownHooks();
  return app;
}
