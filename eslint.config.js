// Lint rules, including the boundary rule: pure folders may not do I/O or read the environment.
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http',
  'https', 'node:https', 'child_process', 'node:child_process', 'better-sqlite3', 'pg',
  'ioredis', 'fastify',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'models/**', 'lexicons/**', 'src/web/**/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/moderation/**/*.ts', 'src/compliance/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ioModules.map((name) => ({ name, message: 'Pure modules may not do I/O (see DESIGN.md).' })),
        patterns: [{ group: ['**/store/**', '**/http/**', '**/realtime/**', '**/jobs/**', '**/actions/**', '**/training/**'], message: 'Pure modules may not import adapters, use cases or training code.' }],
      }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Pure modules may not read the environment; take it from Config.' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Pure modules may not do I/O.' }],
    },
  },
  {
    // The domain is the leaf: it knows nothing of the engine, the adapters or the use cases.
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ioModules.map((name) => ({ name, message: 'Pure modules may not do I/O (see DESIGN.md).' })),
        patterns: [{ group: ['**/moderation/**', '**/compliance/**', '**/store/**', '**/http/**', '**/realtime/**', '**/jobs/**', '**/actions/**', '**/training/**'], message: 'src/domain imports nothing else in src/.' }],
      }],
    },
  },
  {
    // Use cases, stores and the hub sit below HTTP: errors come from domain/errors, never from http/.
    files: ['src/actions/**/*.ts', 'src/store/**/*.ts', 'src/realtime/**/*.ts', 'src/jobs/**/*.ts', 'src/mail/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/http/**', '**/http'], message: 'actions, store and realtime never import http/ (see DESIGN.md).' },
          { group: ['**/training/**'], message: 'The server never loads training code.' },
        ],
      }],
    },
  },
  {
    // Nothing the server loads imports training/: only the train, eval and bench commands may.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', 'src/training/**', 'src/cli/train.ts', 'src/cli/eval.ts', 'src/domain/**', 'src/moderation/**', 'src/compliance/**', 'src/actions/**', 'src/store/**', 'src/realtime/**', 'src/jobs/**', 'src/mail/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/training/**'], message: 'The server never loads training code; only cli/train and cli/eval (and bench/) may.' }],
      }],
    },
  },
);
