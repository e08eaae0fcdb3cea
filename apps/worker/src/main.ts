import { ConfigError, loadDotEnv, loadWorkerConfig } from '@tributary/config';
import { createWorkerApp } from './bootstrap.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadWorkerConfig();
  await createWorkerApp(config);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
