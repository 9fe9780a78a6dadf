import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { crossEngineCommandsPlugin } from './scripts/wtr-commands.mjs';
import { devtoolsPlugin } from './scripts/wtr-devtools.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';

/**
 * Tests run in real Chromium; TypeScript goes through esbuild. `web-test-runner.firefox.config.mjs`
 * and `web-test-runner.webkit.config.mjs` run the same tests in Firefox and WebKit, and `npm test`
 * runs all three.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Lit's development build stays (its dev-time warnings are what the shared suite checks for), but
  // its one "Lit is in dev mode" notice per test file is silenced: Lit skips a warning whose code is
  // already in this set, and the set has to exist before Lit loads, hence a script in the page head.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  rootDir: '.',
  middleware: [
    // MSW's worker must be served from the root so its scope covers the test pages.
    function serveMockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8');
      return undefined;
    },
    // The pages under test/csp/ are sent with the Content-Security-Policy their URL names
    // (`?policy=`), as a host's server would send it, so the CSP tests hold a page to a policy.
    async function sendPolicyOfCspPages(context, next) {
      await next();
      const { policy } = context.query;
      if (
        context.path.startsWith('/test/csp/') &&
        context.path.endsWith('.html') &&
        typeof policy === 'string'
      ) {
        context.set('Content-Security-Policy', policy);
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
    crossEngineCommandsPlugin(),
    devtoolsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['node_modules/**', 'test/**'],
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  testsFinishTimeout: 300000,
};
