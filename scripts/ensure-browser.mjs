// Tests need a Chromium and a Firefox; say clearly how to get them instead of failing deep inside the runner.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { firefoxPath } from './firefox.mjs';

const missing = [
  !existsSync(chromiumPath) &&
    `No Chromium at ${chromiumPath}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  !existsSync(firefoxPath) &&
    `No Firefox at ${firefoxPath}. Install Debian's (apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.`,
].filter(Boolean);

if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}
