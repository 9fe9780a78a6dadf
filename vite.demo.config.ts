import { defineConfig } from 'vite';
import { keepRegistrations } from './scripts/registrations.mjs';

/**
 * The demo: a host-like page running every element on the mock API in the browser (`npm start`).
 * `public/` holds MSW's `mockServiceWorker.js`; it is served at the site root because a service
 * worker only controls pages at or below its own path.
 */
export default defineConfig({
  root: 'demo',
  // The demo imports the sources: their tag registrations must survive the production build.
  plugins: [keepRegistrations()],
  publicDir: '../public',
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Under `dist/`, which every tool already ignores; the library build empties it, so a demo
    // build never reaches the published package.
    outDir: '../dist/demo',
    emptyOutDir: true,
    // MSW, the in-browser mock backend, is most of the demo's script; a host never ships it.
    chunkSizeWarningLimit: 700,
  },
});
