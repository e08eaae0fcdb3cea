import { defineConfig } from 'vitest/config';

// `npm test`: the tests on the inputs written for the project. The recorded corpus
// (`*.corpus.test.ts`) runs apart, in `npm run test:corpus` (vitest.corpus.config.ts).
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.corpus.test.ts'],
    testTimeout: 20_000,
  },
});
