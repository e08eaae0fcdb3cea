import { defineConfig } from 'vitest/config';

// End-to-end: the whole stack started as a user would (built API, worker and web), driven in Chromium.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['./support/stack.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
