// `npm run size`: what the built package costs a host, against DESIGN.md's budgets (gzip). Run
// after `npm run build`; it measures the files that ship (dist/), bundled with their dependencies
// as a host's bundler would, minified. What the library loads only with `import()` (other locales,
// the numbering plans of a new cell number) is left out: it is not paid with the page.
import { readdirSync } from 'node:fs';

/** `import()` stays an import: its target is fetched on first use, not with the page. */
const lazyChunksApart = (config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // The chunks' bare imports of each other are dropped by package.json's `sideEffects` (it names
  // only the entry files): that is what a host's bundler does too, so it is measured that way, quietly.
  logOverride: { 'ignored-bare-import': 'silent' },
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

const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default [
  {
    name: 'the whole page: every element, RestAdapter, Lit, zod, English',
    path: ['dist/index.js', 'dist/adapters/rest.js'],
    import: { 'dist/index.js': '{ configure }', 'dist/adapters/rest.js': '{ RestAdapter }' },
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
    limit: '50 KiB',
  },
  {
    name: 'the CDN file (dist/cdn/account-elements.js)',
    path: 'dist/cdn/account-elements.js',
    // Measured as it ships: one file, already bundled and minified.
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '50 KiB',
  },
  ...tags.map((tag) => ({
    name: `<${tag}> alone, with Lit, zod and the kit it uses`,
    path: `dist/elements/${tag}.js`,
    import: { [`dist/elements/${tag}.js`]: '*' },
    modifyEsbuildConfig: lazyChunksApart,
    gzip: true,
  })),
];
