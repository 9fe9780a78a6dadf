import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { keepRegistrations } from './scripts/registrations.mjs';

/**
 * The files for a page with no build step, under `dist/cdn/` (run by `npm run build` after the
 * library build, which empties `dist/`):
 *
 * - `account-elements.js` (default mode): the whole library in one ES module, Lit, zod and @lit/*
 *   inside, minified. What the library loads on first use (other locales, the numbering plans)
 *   stays in sibling files the browser fetches relative to it.
 * - `memory-adapter.js` (`--mode memory-adapter`): `MemoryAdapter`, the in-browser backend, for trying
 *   the elements without a server. The contract (schemas, `AccountError`) is not bundled again but
 *   imported from `./account-elements.js`: the elements recognise an `AccountError` by its class, so
 *   the adapter must throw the same class the elements were built with.
 */
export default defineConfig(({ mode }): UserConfig => {
  const memoryAdapter = mode === 'memory-adapter';
  return {
    publicDir: false,
    plugins: [keepRegistrations(), minifyTemplates(), ...(memoryAdapter ? [contractFromMainFile()] : [])],
    // Library mode leaves `process.env.NODE_ENV` for a bundler to replace; here nothing comes after.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      // The main build starts the folder afresh; the adapter's build adds to it.
      emptyOutDir: !memoryAdapter,
      sourcemap: true,
      minify: true,
      lib: {
        formats: ['es'],
        entry: (memoryAdapter
          ? { 'memory-adapter': 'src/adapters/memory/index.ts' }
          : { 'account-elements': 'src/cdn/index.ts' }) satisfies Record<string, string>,
      },
      rollupOptions: {
        external: memoryAdapter ? [MAIN_FILE] : [],
        output: {
          // Lazy chunks sit beside the entry; the adapter's are named apart from the elements'.
          chunkFileNames: memoryAdapter ? 'memory-[name]-[hash].js' : '[name]-[hash].js',
        },
      },
    },
  };
});

const MAIN_FILE = './account-elements.js';

/** Sends the adapter's imports of the contract (`src/api/index.ts`) to the main file, which re-exports it. */
function contractFromMainFile(): Plugin {
  return {
    name: 'contract-from-main-file',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.endsWith('/src/api/index.ts') ? { id: MAIN_FILE, external: true } : null;
    },
  };
}
