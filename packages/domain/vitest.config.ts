import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    // Each file creates its own database; schema-engine calls take a few hundred milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
