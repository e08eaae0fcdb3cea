import { defineConfig } from '@tributary/eslint-config';

export default defineConfig({ tsconfigRootDir: import.meta.dirname });
