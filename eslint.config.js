// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['src/renderer/**/*.tsx'] },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Only says the React Compiler would skip a component using TanStack Virtual; this app has no compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Services and the sandbox must run in plain Node: they never import electron.
    files: [
      'src/main/services/**',
      'src/main/updox/**',
      'src/sandbox/**',
      'src/shared/**',
      'src/main/web-host/**',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron', 'electron-store'] }] },
  },
  {
    // The renderer never reaches Node or the network on its own.
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        // At any depth: the renderer imports nothing from main or the sandbox.
        { paths: ['electron'], patterns: ['node:*', '**/main', '**/main/**', '**/sandbox', '**/sandbox/**'] },
      ],
    },
  },
);
