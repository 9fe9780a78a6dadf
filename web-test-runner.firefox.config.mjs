import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { firefoxPath } from './scripts/firefox.mjs';
import chromiumConfig from './web-test-runner.config.mjs';

/**
 * The same tests in Debian's Firefox ESR (`npm test` runs this pass after the Chromium one).
 *
 * The Chromium launcher takes any puppeteer instance; given puppeteer-core with `browser: 'firefox'`
 * it starts the system Firefox and talks WebDriver BiDi to it, and wtr's commands (keys, mouse,
 * viewport) keep working because the launcher is still of type `puppeteer`. The puppeteer-core is
 * the one that launcher already depends on, so the two can never disagree on a version.
 * Coverage is Chromium's V8 coverage: Firefox has none to give, so this pass does not ask for it.
 */
export default {
  ...chromiumConfig,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  ],
  coverage: false,
};
