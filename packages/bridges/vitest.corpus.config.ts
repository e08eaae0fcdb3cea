import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

// `npm run test:corpus` (from the root): the bridges against the recorded real responses beside the
// checkout (../shared/fixtures, or TRIBUTARY_FIXTURES). Never part of `npm test`.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    alias: [
      { find: /^@tributary\/bridges$/, replacement: `${src}index.ts` },
      { find: /^@tributary\/bridges\/(.+)$/, replacement: `${src}$1.ts` },
    ],
  },
  test: {
    include: ['test/**/*.corpus.test.ts'],
    testTimeout: 20_000,
  },
});
