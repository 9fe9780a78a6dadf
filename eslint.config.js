import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Markup from strings bypasses Lit's escaping; the library renders text only through bindings. */
const noMarkupFromStrings = [
  'error',
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text through Lit bindings.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Render text through Lit bindings.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text through Lit bindings.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'User text is rendered as text, never as markup.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'User text is rendered as text, never as markup.',
            },
            { name: 'zod', message: "Browser code uses 'zod/mini' (20-90 KiB gzip smaller)." },
            { name: 'zod/v4', message: "Browser code uses 'zod/mini' (20-90 KiB gzip smaller)." },
          ],
        },
      ],
      'no-restricted-syntax': noMarkupFromStrings,
    },
  },
  {
    files: ['scripts/**', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests may poke at internals and build hostile input on purpose.
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Chai's property assertions (`expect(x).to.exist`) read as expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
