import type { Plugin } from 'vite';

/** The library entry and each element's entry (`src/elements/<tag>/<tag>.ts`): they register tags. */
const REGISTERING = /[\\/]src[\\/](?:index\.ts|elements[\\/]([^\\/]+)[\\/]\1\.ts)(?:\?.*)?$/;

/**
 * package.json's `sideEffects` names the built files (`dist/index.js`, `dist/elements/*.js`), so a
 * bundle made from the sources takes every source file for pure and drops a bare
 * `import '.../account-profile.js'`: the tag would never be registered. For the demo and Storybook,
 * which build from the sources, the sources of those files keep their effects.
 */
export function keepRegistrations(): Plugin {
  return {
    name: 'account-elements:keep-registrations',
    transform: {
      filter: { id: REGISTERING },
      handler(code) {
        return { code, map: null, moduleSideEffects: true };
      },
    },
  };
}
