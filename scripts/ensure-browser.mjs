// Tests need a Chromium; say clearly how to get one instead of failing deep inside the runner.
import { existsSync } from 'node:fs';
import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
