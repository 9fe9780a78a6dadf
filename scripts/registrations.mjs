// The modules that register tags (`src/index.ts` and each `src/elements/<tag>/<tag>.ts`) are
// imported for their side effect alone. package.json's `sideEffects` names only the shipped files
// (dist/), which is what a host's bundler reads; this repo's own builds of the sources (the demo,
// Storybook, the bench, the CDN file) are told here instead, or they would drop those imports.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const registering = new RegExp(
  `^${root.replaceAll(sep, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/src/(index|elements/([^/]+)/\\2)\\.ts$`,
);

/** Whether a resolved file is one that registers tags. */
export function registersTags(file) {
  return registering.test(file.replaceAll(sep, '/').replace(/\?.*$/, ''));
}

/** For Vite (and Rollup): the registering modules keep their side effects. */
export function keepRegistrations() {
  return {
    name: 'keep-registrations',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/^\.{1,2}\//.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && registersTags(resolved.id) ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

/** For esbuild: the same, for the bench's bundles. */
export function keepRegistrationsEsbuild() {
  return {
    name: 'keep-registrations',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, ({ path, resolveDir }) => {
        const file = resolve(resolveDir, path.replace(/\.js$/, '.ts'));
        return registersTags(file) ? { path: file, sideEffects: true } : undefined;
      });
    },
  };
}
