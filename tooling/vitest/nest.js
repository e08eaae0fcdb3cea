// The vitest setup of the NestJS apps (api, worker): SWC rather than esbuild, so Nest's decorator metadata
// is emitted in tests as tsc emits it in builds; workspace packages read from source; one fresh database
// per run from ./test/global-setup.ts.
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export function nestTestConfig() {
  return defineConfig({
    plugins: [
      swc.vite({
        jsc: {
          target: 'es2023',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
      }),
    ],
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'] } },
    test: {
      include: ['src/**/*.spec.ts', 'test/**/*.spec.ts', 'test/**/*.test.ts'],
      globalSetup: ['./test/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  });
}
