import 'reflect-metadata';
import { type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type WorkerConfig } from './common/config.js';
import { WorkerModule } from './worker.module.js';

const LOG_LEVELS: Record<WorkerConfig['LOG_LEVEL'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** The worker has no HTTP server: an application context whose workers start on bootstrap. */
export async function createWorkerApp(config: WorkerConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: LOG_LEVELS[config.LOG_LEVEL],
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
