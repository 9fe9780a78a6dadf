// `npm run size` (CI runs it after the build): what the built package costs a host, against
// DESIGN.md's budgets (gzip). It measures the files that ship (dist/), bundled with their
// dependencies as a host's bundler would, minified.
//
// The goals: what a page showing <account-settings> loads before its first view, at most 50 KiB;
// one element with RestAdapter, at most 35 KiB; every chunk of that page together, at most 75 KiB
// (the other languages and the numbering plans apart). Where a goal is not reached yet, the limit
// is what the package weighs today, rounded up by less than 1 KiB, so nothing grows unnoticed; the
// goal stays in the check's name. Lower a limit when a change makes the package lighter. (The
// limits are in KiB, 1,024 bytes; size-limit prints kB, 1,000.)
import { readdirSync } from 'node:fs';

/** What a page loads with it, whether at first or later, told apart in the config below. */
const common = (config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // The chunks' bare imports of each other are dropped by package.json's `sideEffects` (it names
  // only the entry files): that is what a host's bundler does too, so it is measured that way, quietly.
  logOverride: { 'ignored-bare-import': 'silent' },
});

/** Whatever is loaded with `import()` stays an import: fetched on first use, not before the first view. */
const beforeFirstView = (config) => ({
  ...common(config),
  plugins: [
    {
      name: 'lazy-chunks-apart',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { external: true } : undefined,
        );
      },
    },
  ],
});

/**
 * Everything the page may load, bundled into one file (what `import()` loads is inlined), but the
 * other languages' catalogs and the numbering plans of a new cell number, which DESIGN.md keeps
 * apart from the page's budget.
 */
const everyChunk = (config) => ({
  ...common(config),
  plugins: [
    {
      name: 'locales-and-numbering-plans-apart',
      setup(build) {
        build.onResolve({ filter: /(^libphonenumber-js(\/|$))|(\/locales\/[a-z]{2}\.js$)/ }, () => ({
          external: true,
        }));
      },
    },
  ],
});

const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One element, with `RestAdapter` and the page-wide `configure()` from the side-effect-free entry. */
const oneElement = (tag) => ({
  path: [`dist/elements/${tag}.js`, 'dist/adapters/rest.js', 'dist/setup.js'],
  import: {
    [`dist/elements/${tag}.js`]: '*',
    'dist/adapters/rest.js': '{ RestAdapter }',
    'dist/setup.js': '{ configure }',
  },
});

/** The goal for one element with RestAdapter (gzip, KiB). */
const ONE_ELEMENT = 35;

/**
 * Today's weight of each element with RestAdapter and `configure()` that is over the goal (gzip,
 * KiB, rounded up to a tenth): its limit until it is made lighter.
 */
const ELEMENT_LIMITS = {
  'account-profile': 44.1,
  'api-key': 41.8,
  'delete-account': 40.6,
  'email-settings': 44.4,
  'message-settings': 49.4,
  'passkey-settings': 44.6,
  'password-settings': 45.4,
  'personal-phone': 42.3,
  'phone-settings': 50.0,
  'plan-usage': 43.5,
  'settings-menu': 35.6,
  'settings-section': 49.3,
  'signed-in-devices': 41.3,
  'two-step-settings': 44.3,
};

export default [
  {
    name: 'before the first view: a page with <account-settings>, RestAdapter and configure() (goal: 50 KiB)',
    ...oneElement('account-settings'),
    modifyEsbuildConfig: beforeFirstView,
    gzip: true,
    limit: '58.3 KiB',
  },
  {
    name: 'every chunk of that page together, the other languages and the numbering plans apart (goal: 75 KiB)',
    ...oneElement('account-settings'),
    modifyEsbuildConfig: everyChunk,
    gzip: true,
    limit: '103.5 KiB',
  },
  ...tags
    .filter((tag) => tag !== 'account-settings')
    .map((tag) => ({
      name: `<${tag}> alone, with RestAdapter and configure() (goal: ${ONE_ELEMENT} KiB)`,
      ...oneElement(tag),
      modifyEsbuildConfig: beforeFirstView,
      gzip: true,
      limit: `${ELEMENT_LIMITS[tag] ?? ONE_ELEMENT} KiB`,
    })),
  // Not goals of DESIGN.md, held at today's weight.
  {
    name: 'every tag registered (`import "account-elements"`), RestAdapter: before the first view',
    path: ['dist/index.js', 'dist/adapters/rest.js'],
    import: { 'dist/index.js': '{ configure }', 'dist/adapters/rest.js': '{ RestAdapter }' },
    modifyEsbuildConfig: beforeFirstView,
    gzip: true,
    limit: '91.2 KiB',
  },
  {
    name: 'the CDN file (dist/cdn/account-elements.js), as it ships',
    path: 'dist/cdn/account-elements.js',
    // One file, already bundled and minified.
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '102.3 KiB',
  },
];
