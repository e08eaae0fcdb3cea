import { defineConfig } from '@tributary/eslint-config';

export default [
  ...defineConfig({ tsconfigRootDir: import.meta.dirname }),
  // Nest reads constructor parameter types at runtime (decorator metadata): those imports must stay values.
  { rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
];
