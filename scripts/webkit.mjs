// The WebKit the tests also run in: WebKitGTK's MiniBrowser, driven by its WebKitWebDriver over W3C
// WebDriver, both from Debian (apt-get install -y webkit2gtk-driver xvfb), so no browser download.
// WEBKIT_BROWSER_PATH and WEBKIT_WEBDRIVER_PATH point at others. MiniBrowser has no headless mode:
// with no DISPLAY the tests start an Xvfb of their own (XVFB_PATH, else Debian's).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * MiniBrowser is not on PATH: it lives in the WebKitGTK library's own folder, whose name carries the
 * architecture on Debian (`/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/`) and not on Fedora or Arch
 * (`/usr/libexec/webkit2gtk-4.1/`). The GTK 3 build (4.1, Debian 12's) is looked for before the GTK 4
 * one (6.0).
 */
export function findMiniBrowser() {
  const apis = ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'];
  const libraryFolders = ['/usr/libexec', '/usr/lib', '/usr/lib64'];
  for (const folder of ['/usr/lib', '/usr/lib64']) {
    const multiarch = existsSync(folder)
      ? readdirSync(folder).filter((name) => name.endsWith('-linux-gnu'))
      : [];
    libraryFolders.push(...multiarch.map((name) => join(folder, name)));
  }
  for (const api of apis) {
    for (const folder of libraryFolders) {
      const candidate = join(folder, api, 'MiniBrowser');
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The browser binary; `undefined` when none is installed. */
export const miniBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? findMiniBrowser();

export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** An X server is needed only when none is given: a desktop session, or CI's own Xvfb, is used as is. */
export const needsXvfb = !process.env.DISPLAY;
