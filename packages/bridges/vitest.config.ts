import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

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
    testTimeout: 20_000,
  },
});
