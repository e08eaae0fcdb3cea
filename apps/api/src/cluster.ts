import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';

/**
 * The API_PROCESSES > 1 supervisor (docs/scaling.md): forks that many API processes, which share
 * API_PORT through node:cluster, replaces one that dies after it was serving (one that dies before it
 * ever listened is failing to boot — a bad config, no database — so everything stops instead of
 * looping), and on SIGTERM/SIGINT passes the signal on and exits once every process has shut down.
 */
export function superviseApiProcesses(count: number): void {
  const logger = new Logger('ApiCluster');
  const serving = new Set<number>();
  let stopping = false;

  cluster.on('listening', (worker) => serving.add(worker.id));

  cluster.on('exit', (worker, code, signal) => {
    const wasServing = serving.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    const reason = signal ? `signal ${signal}` : `code ${code}`;
    if (!wasServing) {
      logger.error(`API process ${worker.process.pid} exited with ${reason} before it served; stopping`);
      stop(1);
      return;
    }
    logger.warn(`API process ${worker.process.pid} exited with ${reason}; starting another`);
    cluster.fork();
  });

  const stop = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = exitCode;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (workers.length === 0) process.exit();
    for (const worker of workers) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  logger.log(`starting ${count} API processes`);
  for (let i = 0; i < count; i += 1) cluster.fork();
}
