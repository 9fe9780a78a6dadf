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
    plugins: [
      keepRegistrations(),
      minifyTemplates(),
      ...(memoryAdapter ? [contractFromMainFile()] : [viewsInline()]),
    ],
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
        // Code the lazy chunks share with the page stays in the page's file (which then exports a
        // little more), rather than in chunks of its own the page would import at once.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Lazy chunks sit beside the entry; the adapter's are named apart from the elements'.
          chunkFileNames: memoryAdapter ? 'memory-[name]-[hash].js' : '[name]-[hash].js',
        },
      },
    },
  };
});

const MAIN_FILE = './account-elements.js';

/**
 * The small views a bundled page fetches on first use (the cropper, the plan comparison, the
 * identity check's dialog, a new number's fields) are written into the CDN file instead: they use
 * Lit, and Lit shared with a lazy chunk would leave the file (Rolldown puts it in a chunk of its own
 * that the page must import at once), so the page would no longer be one file. They are a few KiB;
 * the heavy lazy parts (other locales, the numbering plans, the strength estimate, the file readers)
 * still load on first use.
 */
const INLINE_VIEWS =
  /\bimport\((['"])(\.\/(?:cropper|plan-comparison|identity-dialog|phone-change)\.js)\1\)/g;
/**
 * The sections `<account-settings>` fetches once they near the view (`../plan-usage/plan-usage.js`):
 * the CDN file registers every tag anyway, so they are in it already, and fetching them is a
 * resolved promise; left as `import()`, the code they share with the page would leave the file.
 */
const INLINE_SECTIONS = /\bimport\((['"])(\.\.\/([a-z-]+)\/\3\.js)\1\)/g;

function viewsInline(): Plugin {
  return {
    name: 'views-inline',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const imports: string[] = [];
      const inline = (_: string, _quote: string, path: string) => {
        const name = `inlineView${imports.length}`;
        imports.push(`import * as ${name} from '${path}';`);
        return `Promise.resolve(${name})`;
      };
      // A section's module is imported for its registration alone: no namespace object is needed.
      const registered = (_: string, _quote: string, path: string) => {
        imports.push(`import '${path}';`);
        return 'Promise.resolve()';
      };
      const inlined = code.replace(INLINE_VIEWS, inline).replace(INLINE_SECTIONS, registered);
      // On the first line, so every other line keeps its place in the source map.
      return imports.length ? { code: `${imports.join(' ')} ${inlined}`, map: null } : null;
    },
  };
}

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
