// ESLint flat config. Boundaries are enforced here, not hoped for: the engine in `src/` must stay
// free of React, the DOM and the app (it runs in a web worker and in Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';

const ENGINE_MESSAGE =
  'src/ is the framework-free engine (worker, Node, CLI): it may not import React, UI libraries or app/. Move UI code to app/.';

/** Every folder of the engine. */
const ENGINE_FOLDERS = [
  'util',
  'model',
  'laws',
  'math',
  'diagram',
  'analysis',
  'simulation',
  'report',
  'document',
  'worker',
  'cli',
  'bench',
  'testing',
  'test',
];

/**
 * What each engine folder may import besides itself (`src/index.ts` is the app's door, not the
 * engine's). Anything else is a layer above it: importing it would make a circle or a folder
 * that promises something its imports break (e.g. the simulation knowing it runs in workers).
 */
const ENGINE_LAYERS = [
  { folder: 'util', below: [] },
  { folder: 'model', below: ['util', 'laws', 'math'] },
  { folder: 'laws', below: ['util', 'model', 'math'] },
  { folder: 'math', below: ['util', 'model', 'laws'] },
  { folder: 'diagram', below: ['util', 'model', 'math'] },
  { folder: 'analysis', below: ['util', 'model', 'laws', 'math', 'diagram'] },
  { folder: 'simulation', below: ['util', 'model', 'laws', 'math', 'diagram'] },
  { folder: 'report', below: ['util', 'model', 'laws', 'math', 'analysis', 'simulation'] },
  { folder: 'document', below: ['util', 'model', 'laws'] },
  {
    folder: 'worker',
    below: ['util', 'model', 'laws', 'math', 'diagram', 'analysis', 'simulation', 'report'],
  },
];

function upperFolders(folder, below) {
  return ENGINE_FOLDERS.filter((f) => f !== folder && !below.includes(f));
}

/** `no-restricted-imports` of engine code: no UI, no app, none of the `banned` folders. */
function engineImports(banned) {
  return [
    'error',
    {
      paths: ['react', 'react-dom', 'zustand', 'recharts'].map((name) => ({
        name,
        message: ENGINE_MESSAGE,
      })),
      patterns: [
        { group: ['@xyflow/*', 'react-dom/*', 'zustand/*'], message: ENGINE_MESSAGE },
        { group: ['**/app/**', '../../app/*'], message: ENGINE_MESSAGE },
        ...(banned.length === 0
          ? []
          : [
              {
                group: [...banned.map((f) => `../${f}/*`), '../index.ts'],
                message: `engine layers: this folder may not import ${banned.join(', ')} or the barrel (eslint.config.js ENGINE_LAYERS)`,
              },
            ]),
      ],
    },
  ];
}

/** App folders that hold features; generic folders (components, hooks) and the store may not reach them. */
const APP_FEATURES = [
  'edit',
  'editor',
  'panels',
  'inspector',
  'catalogue',
  'results',
  'simulation',
  'library',
  'shell',
  'engine',
  'compare',
  'replay',
  'plan',
  'learn',
  'report',
];

const APP_ENGINE_PATTERN = {
  regex: '^(\\.\\./)+src/(?!index\\.ts$|worker/protocol\\.ts$).*',
  message: 'app/ imports the engine only through src/index.ts or src/worker/protocol.ts.',
};

/** `no-restricted-imports` of app code: the engine only through its barrel, and no `banned`. */
function appImports(banned, message) {
  return [
    'error',
    {
      patterns: [APP_ENGINE_PATTERN, ...(banned.length === 0 ? [] : [{ group: banned, message }])],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'e2e/.screenshots/',
    ],
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
      'no-restricted-imports': engineImports([]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: ENGINE_MESSAGE,
        })),
      ],
    },
  },
  // Layers of the engine: a folder imports only from the layers below it.
  ...ENGINE_LAYERS.map(({ folder, below }) => ({
    files: [`src/${folder}/**/*.ts`],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': engineImports(upperFolders(folder, below)) },
  })),
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
    // Generic UI pieces and hooks stay store-free and feature-free (any feature may use them).
    files: ['app/components/**/*.{ts,tsx}', 'app/hooks/**/*.{ts,tsx}'],
    ignores: ['app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': appImports(
        ['store', ...APP_FEATURES]
          .map((f) => `../${f}/*`)
          .concat(['../commands.ts', '../views.ts']),
        'app/components and app/hooks are generic: no store, no engine, no feature folders',
      ),
    },
  },
  {
    // The store is the ground floor: no feature, no engine controller, no view.
    files: ['app/store/**/*.{ts,tsx}'],
    ignores: ['app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': appImports(
        ['components', 'hooks', ...APP_FEATURES]
          .map((f) => `../${f}/*`)
          .concat(['../commands.ts', '../views.ts']),
        'app/store is below every feature: it may import only the engine (src/index.ts)',
      ),
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
