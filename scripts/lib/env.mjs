import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './util.mjs';

/** Loads the repository's `.env` when present (values already in the environment win). */
export function loadDotEnv() {
  const file = path.join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
