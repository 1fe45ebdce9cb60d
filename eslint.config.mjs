// Lint rules, including the boundaries of DESIGN.md: the core and the contract never import
// electron, the DOM or the transports; the renderer imports only the contract from src-main;
// the preload imports only electron and the method-name list.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process', 'net', 'url', 'util'];

/** no-restricted-imports with both exact paths and glob patterns. */
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off', // we match control characters on purpose, to refuse them
    },
  },
  {
    // Node scripts (launcher, test runner, configs).
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['src-main/contract/**'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', 'react', 'react-dom', '@mantine/*', 'better-sqlite3', 'kysely', ...NODE_BUILTINS, '**/core/**', '**/server/**', '**/electron/**', '**/preload/**', '**/src-renderer/**'],
        'The contract is pure TypeScript + zod shared by both sides.',
      ),
    },
  },
  {
    files: ['src-main/core/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict(
        ['electron', 'react', 'react-dom', '@mantine/*', '**/server/**', '**/electron/**', '**/preload/**', '**/src-renderer/**'],
        'The core knows nothing of Electron, the DOM or the transports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src-main/server/**'],
    rules: {
      'no-restricted-imports': restrict(['electron', 'react', '**/electron/**', '**/preload/**', '**/src-renderer/**'], 'The HTTP transport runs in plain Node.'),
    },
  },
  {
    files: ['src-main/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./contract/method-names$).*',
              message: 'The preload imports only electron and the method-name list.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src-main/(?!contract(/|$))',
              message: 'The renderer imports only the contract from src-main.',
            },
            { group: ['electron', 'better-sqlite3', 'kysely', ...NODE_BUILTINS], message: 'The renderer talks to the core only through src-renderer/api.' },
          ],
        },
      ],
    },
  },
);
