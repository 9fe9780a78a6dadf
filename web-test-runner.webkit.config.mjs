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
};
