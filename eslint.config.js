import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'examples/**',
      '**/fixtures/**',
      'lean/**',
      'coverage/**',
      'src/diagnose/dfa/tables.generated.ts',
      'scratch/**',
    ],
  },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Domain code stays pure: the runner boundary lives in src/platform and src/actions.
    files: [
      'src/diagnose/**',
      'src/patch/**',
      'src/flaky/**',
      'src/lean/**',
      'src/risk/**',
      'src/sync/**',
      'src/upgrade/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Domain code never imports @actions/*; take plain values.',
            },
          ],
        },
      ],
    },
  },
);
