import { webkitLauncher } from './scripts/wtr-webkit.mjs';
import chromiumConfig from './web-test-runner.config.mjs';

/**
 * The same tests in WebKit, Safari's engine (`npm test` runs this pass after Chromium and Firefox):
 * Debian's WebKitGTK MiniBrowser, driven over W3C WebDriver by its WebKitWebDriver, under an Xvfb of
 * the launcher's own when there is no display (see `scripts/wtr-webkit.mjs`).
 * One test file at a time, in the one window: the webdriver launcher drives keys and the mouse only
 * in that mode. Coverage is Chromium's.
 */
export default {
  ...chromiumConfig,
  browsers: [webkitLauncher()],
  concurrency: 1,
  coverage: false,
  // MiniBrowser under Xvfb is the slowest of the three: a test's first use of a module loaded on
  // demand (the numbering plans of a cell number, in the contract suites) has taken over 10 s
  // there, so a test gets 20 s here, as long as it needs and no assertion changed.
  testFramework: { config: { timeout: 20000 } },
};
