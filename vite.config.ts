import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** Each public element is its own entry, `account-elements/<tag>.js`, which registers the tag. */
function elementEntries(): Record<string, string> {
  const dir = 'src/elements';
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/${entry.name}.ts`))
      .map((entry) => [`elements/${entry.name}`, `${dir}/${entry.name}/${entry.name}.ts`]),
  );
}

// The library build: ESM only, one chunk per entry, dependencies left to the host's bundler.
// Declarations come from scripts/build-types.mjs (tsc, then rolled up per entry; see the build script).
export default defineConfig({
  publicDir: false,
  // The CSS and HTML inside Lit's template literals, which a host's minifier leaves as written.
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      formats: ['es'],
      entry: {
        index: 'src/index.ts',
        // `account-elements/setup`: the root entry's exports, registering no tag.
        setup: 'src/setup.ts',
        classes: 'src/classes.ts',
        // `account-elements/contract`: for backends in Node; registers nothing.
        contract: 'src/contract.ts',
        'adapters/rest': 'src/adapters/rest/index.ts',
        'adapters/memory': 'src/adapters/memory/index.ts',
        mocks: 'src/mocks/index.ts',
        // `account-elements/react`: @lit/react wrappers; React is the host's (an optional peer).
        react: 'src/react/index.ts',
        // For the `account-elements` command (bin/), run by Node: verify needs no msw, the mock server does.
        'cli/verify': 'src/cli/verify/index.ts',
        'cli/mock-api': 'src/cli/mock-api.ts',
        // Each locale's catalog is its own entry: the library imports it on first use, a host may
        // import it ahead (`account-elements/locales/de.js`) to skip the moment of English.
        'locales/es': 'src/i18n/es.ts',
        'locales/de': 'src/i18n/de.ts',
        'locales/ar': 'src/i18n/ar.ts',
        ...elementEntries(),
      },
    },
    rollupOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^zod($|\/)/,
        /^msw($|\/)/,
        /^libphonenumber-js($|\/)/,
        /^@zxcvbn-ts\//,
        // The QR code of an authenticator app's setup, loaded when the setup shows.
        /^lean-qr($|\/)/,
        // The memory backend's passkey and authenticator-app checks, loaded only when used.
        /^@simplewebauthn\//,
        /^otpauth$/,
        /^reflect-metadata($|\/)/,
        /^react($|\/)/,
      ],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
