import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { ConfigError, loadApiConfig, loadDotEnv } from '@tributary/config';
import { createApiApp } from './bootstrap.js';
import { superviseApiProcesses } from './cluster.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadApiConfig();
  if (config.API_PROCESSES > 1 && cluster.isPrimary) {
    superviseApiProcesses(config.API_PROCESSES);
    return;
  }
  const app = await createApiApp(config);
  await app.listen(config.API_PORT);
  new Logger('Api').log(`GraphQL API ready at http://localhost:${config.API_PORT}/graphql`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
