// Writes apps/api/schema.graphql from the code-first schema. `npm run schema -w @tributary/api`.
import { writeFile } from 'node:fs/promises';
import { loadApiConfig } from '@tributary/config';
import { createApiApp } from './bootstrap.js';
import { printApiSchema } from './graphql/print-schema.util.js';

const target = new URL('../schema.graphql', import.meta.url);
const app = await createApiApp({ ...loadApiConfig(), LOG_LEVEL: 'error' });
await app.init();
await writeFile(target, printApiSchema(app));
await app.close();
console.log(`wrote ${target.pathname}`);
