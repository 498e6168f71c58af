// Lint rules for every runtime; run from the repo root with `eslint -c test/eslint.config.js .`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/app/**', 'src/shared/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/sw/**'], languageOptions: { globals: globals.serviceworker } },
  { files: ['src/server/**', 'test/**', 'vite.config.ts', '*.config.*'], languageOptions: { globals: globals.node } },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  { files: ['src/server/main.ts', 'test/**', 'src/server/cli/**'], rules: { 'no-console': 'off' } },
);
