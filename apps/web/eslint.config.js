import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from '@tributary/eslint-config';

export default [
  ...defineConfig({ tsconfigRootDir: import.meta.dirname, ignores: ['src/gql/**', 'next-env.d.ts'] }),
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      // Entry media and avatars come from any https origin; next/image would need every host listed.
      // Plain <img> with width/height, lazy loading and async decoding does the job here.
      '@next/next/no-img-element': 'off',
    },
  },
];
