import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Hook rules where React lives (Playwright's fixtures also call a function named `use`).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The model runs in Node, the browser and workers alike: keep it pure.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'zustand',
            'd3-selection',
            'd3-zoom',
            '**/store/**',
            '**/ui/**',
            '**/render/**',
            '**/layout/**',
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in random.ts.' },
        { object: 'Date', property: 'now', message: 'The engine has no clock.' },
      ],
    },
  },
  {
    // The store is zustand without React: the page's React shell lives in ui.
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand/react'],
              message: 'The store has no React in it.',
            },
            {
              group: ['**/ui/**', '**/render/**', '**/layout/**'],
              message: 'The store sits below the views.',
            },
          ],
        },
      ],
    },
  },
  {
    // Drawing and layout take positions and engine state; they never reach up into the store or the UI.
    files: ['src/render/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/store/**', 'react', 'react-dom', 'zustand'],
              message: 'render and layout never import ui or store.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI reaches the model only for types; behaviour comes through the store's selectors and actions.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model/**'],
              allowTypeImports: true,
              message:
                'ui reaches the model through the store (store/selectors.ts and actions); import model types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Scenes are data: model types, nothing else.
    files: ['src/scenes/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/model/**'], allowTypeImports: true, message: 'Scenes are data.' },
            {
              group: ['**/store/**', '**/ui/**', '**/render/**', '**/layout/**'],
              message: 'Scenes are data.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI is the engine from the command line.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/ui/**', '**/render/**', '**/layout/**'],
              message: 'The CLI uses the model only.',
            },
          ],
        },
      ],
    },
  },
);
