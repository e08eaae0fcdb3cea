import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

// `npm test`: the tests on the inputs written for the project. The recorded corpus
// (`*.corpus.test.ts`) runs apart, in `npm run test:corpus` (vitest.corpus.config.ts).
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // The tests import this package by its own name (the contract) and its subpaths (internals), as its
    // users do; Vite does not resolve a package's imports of itself through its `exports`.
    alias: [
      { find: /^@tributary\/bridges$/, replacement: `${src}index.ts` },
      { find: /^@tributary\/bridges\/(.+)$/, replacement: `${src}$1.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.corpus.test.ts'],
    testTimeout: 20_000,
  },
});
