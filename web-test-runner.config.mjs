import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** Tests run in real Chromium; TypeScript goes through esbuild. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  middleware: [
    // MSW's worker must be served from the root so its scope covers the test pages.
    function serveMockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8');
      return undefined;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
