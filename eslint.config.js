// Lint rules, including the boundary rule: pure folders may not do I/O or read the environment.
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http',
  'https', 'node:https', 'child_process', 'node:child_process', 'better-sqlite3', 'pg', 'kysely',
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
        patterns: [{ group: ['**/store/**', '**/http/**', '**/realtime/**', '**/jobs/**', '**/actions/**'], message: 'Pure modules may not import adapters or use cases.' }],
      }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Pure modules may not read the environment; take it from Config.' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Pure modules may not do I/O.' }],
    },
  },
);
