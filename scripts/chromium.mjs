// The one Chromium the tests, the bench and screenshots use: Debian's, or CHROME_PATH. The flags
// keep it headless, sandbox-free (CI runs as root) and off the network it cannot reach.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
