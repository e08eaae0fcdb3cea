import { defineConfig } from 'vitest/config';

// `npm run test:corpus` (from the root): the bridges against the recorded real responses beside the
// checkout (../shared/fixtures, or TRIBUTARY_FIXTURES). Never part of `npm test`.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.corpus.test.ts'],
    testTimeout: 20_000,
  },
});
