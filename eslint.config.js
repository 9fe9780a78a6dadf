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

/**
 * Parts are the hosts' styling API, kept short and free to change for appearance' sake: code finds
 * what it focuses, and tests what they click or read, by id, role, label or a `data-*` attribute
 * (through the harnesses), never by `[part~=...]`.
 */
const notByPart =
  'Find it by id, role, label or a data-* attribute (through the harness): parts are for styling.';
const noSelectingByPart = [
  { selector: 'Literal[value=/\\[part\\b/]', message: notByPart },
  { selector: 'TemplateElement[value.raw=/\\[part\\b/]', message: notByPart },
];

/** Imports no code may make: markup from strings, and the heavy classic zod. */
const forbiddenEverywhere = [
  { name: 'lit/directives/unsafe-html.js', message: 'User text is rendered as text, never as markup.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'User text is rendered as text, never as markup.' },
  { name: 'zod', message: "Browser code uses 'zod/mini' (20-90 KiB gzip smaller)." },
  { name: 'zod/v4', message: "Browser code uses 'zod/mini' (20-90 KiB gzip smaller)." },
];

const SOURCE_FOLDERS = ['api', 'adapters', 'mocks', 'core', 'ui', 'i18n', 'kit', 'elements', 'events', 'cli'];
const LIT = ['lit', 'lit/*', '@lit/*'];

/**
 * DESIGN.md's layer table: what each folder of `src/` may import. Data flows one way (contract ->
 * adapters -> store -> elements); a wrong import fails the lint instead of waiting for a review.
 * Type-only imports of the contract are allowed everywhere (an event names the `Account` it carries).
 */
const LAYERS = {
  api: { folders: [], packages: [] },
  adapters: { folders: ['api'], packages: [] },
  mocks: { folders: ['api', 'adapters'], packages: [] },
  core: { folders: ['api', 'i18n'], packages: LIT },
  ui: { folders: [], packages: LIT },
  i18n: { folders: [], packages: [] },
  // The element kit: what every element is built from (the section base, dialogs, the settings engine).
  kit: { folders: ['api', 'core', 'i18n', 'ui'], packages: LIT },
  elements: { folders: ['api', 'core', 'ui', 'kit', 'i18n', 'events'], packages: LIT },
  events: { folders: [], packages: [] },
  // The `account-elements` command's library (verify, the mock server), run by Node.
  cli: { folders: ['api', 'adapters', 'mocks'], packages: [] },
};

function layerRules() {
  return Object.entries(LAYERS).map(([folder, allowed]) => {
    const forbiddenFolders = SOURCE_FOLDERS.filter(
      (other) => other !== folder && !allowed.folders.includes(other),
    );
    const patterns = [
      {
        // Relative paths only: a package's own folder of that name (`zod/v4/core`) is not one of ours.
        regex: `^(\\.{1,2}/)+(.+/)?(${forbiddenFolders.join('|')})(/|$)`,
        allowTypeImports: true,
        message:
          allowed.folders.length === 0
            ? `src/${folder} may import no other folder of src (DESIGN.md, Layers).`
            : `src/${folder} may import only ${allowed.folders.map((name) => `src/${name}`).join(', ')} (DESIGN.md, Layers).`,
      },
    ];
    if (allowed.packages.length === 0) {
      patterns.push({ group: LIT, message: `src/${folder} must not depend on Lit (DESIGN.md, Layers).` });
    }
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': 'off',
        '@typescript-eslint/no-restricted-imports': ['error', { paths: forbiddenEverywhere, patterns }],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'bench-results/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
      // The examples' own builds (scripts/examples.mjs).
      'examples/*/dist/',
      'examples/nextjs/.next/',
      'examples/nextjs/next-env.d.ts',
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
      'no-restricted-imports': ['error', { paths: forbiddenEverywhere }],
      'no-restricted-syntax': [...noMarkupFromStrings, ...noSelectingByPart],
    },
  },
  {
    // Where parts are the subject: the light form takes the blocks' parts off (::part() cannot
    // reach it), the harness lists what an element renders, the theming docs' test styles by them;
    // and this file names the selector it forbids.
    files: ['src/kit/light-form.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': noMarkupFromStrings },
  },
  ...layerRules(),
  {
    files: ['scripts/**', '*.config.*', '.storybook/**', 'bin/**', 'test/cli/**'],
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
      'no-restricted-syntax': ['error', ...noSelectingByPart],
    },
  },
  {
    files: ['test/harness/element-harness.ts', 'test/docs/theming.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
