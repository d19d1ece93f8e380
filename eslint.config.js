// ESLint flat config. Boundaries are enforced here, not hoped for: the engine in `src/` must stay
// free of React, the DOM and the app (it runs in a web worker and in Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';

const ENGINE_MESSAGE =
  'src/ is the framework-free engine (worker, Node, CLI): it may not import React, UI libraries or app/. Move UI code to app/.';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'e2e/.screenshots/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2022 },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: 'error',
      'no-throw-literal': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
            name,
            message: ENGINE_MESSAGE,
          })),
          patterns: [
            { group: ['@xyflow/*', 'react-dom/*', 'zustand/*'], message: ENGINE_MESSAGE },
            { group: ['**/app/**', '../../app/*'], message: ENGINE_MESSAGE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: ENGINE_MESSAGE,
        })),
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!index\\.ts$|worker/protocol\\.ts$).*',
              message:
                'app/ imports the engine only through src/index.ts or src/worker/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of the app may use the shared test builders of src/testing/ as well.
    files: ['app/**/*.test.{ts,tsx}', 'app/test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!index\\.ts$|worker/protocol\\.ts$|testing/).*',
              message:
                'app/ imports the engine only through src/index.ts or src/worker/protocol.ts (tests: also src/testing/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { vitest },
    rules: { ...vitest.configs.recommended.rules, 'vitest/no-focused-tests': 'error' },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
