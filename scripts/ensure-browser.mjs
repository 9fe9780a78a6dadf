// The browsers the tests run in, made present before the runner starts: on Debian as root, what is
// missing is installed from Debian's packages (as .ci/run does), saying so; elsewhere this names the
// one command to run, instead of the runner failing deep inside a launcher.
//
//   node scripts/ensure-browser.mjs [chromium] [firefox] [webkit]   (no argument: all three)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { firefoxPath } from './firefox.mjs';
import { findMiniBrowser, needsXvfb, webkitDriverPath, xvfbPath } from './webkit.mjs';

/**
 * Each engine: the Debian packages that give it, what must exist for it to run, and how to point
 * the tests at another copy. A path set through the environment is never "fixed" by installing the
 * package: the person asked for that binary, so its absence is reported.
 */
const ENGINES = {
  chromium: [
    {
      package: 'chromium',
      present: () => existsSync(chromiumPath),
      overridden: 'CHROME_PATH' in process.env,
      missing: `No Chromium at ${chromiumPath} (CHROME_PATH names another Chromium or Chrome).`,
    },
  ],
  firefox: [
    {
      package: 'firefox-esr',
      present: () => existsSync(firefoxPath),
      overridden: 'FIREFOX_PATH' in process.env,
      missing: `No Firefox at ${firefoxPath} (FIREFOX_PATH names another).`,
    },
  ],
  webkit: [
    {
      // WebKitWebDriver; it depends on libwebkit2gtk-4.1-0, which holds MiniBrowser.
      package: 'webkit2gtk-driver',
      present: () =>
        existsSync(webkitDriverPath) && (process.env.WEBKIT_BROWSER_PATH ?? findMiniBrowser()) !== undefined,
      overridden: 'WEBKIT_WEBDRIVER_PATH' in process.env || 'WEBKIT_BROWSER_PATH' in process.env,
      missing: `No WebKitGTK WebDriver at ${webkitDriverPath}, or no MiniBrowser (WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH name others).`,
    },
    {
      // MiniBrowser has no headless mode; an X server is needed only when there is no display.
      package: 'xvfb',
      present: () => !needsXvfb || existsSync(xvfbPath),
      overridden: 'XVFB_PATH' in process.env,
      missing: `No DISPLAY and no Xvfb at ${xvfbPath}, which WebKit's MiniBrowser needs (XVFB_PATH names another).`,
    },
  ],
};

const asked = process.argv.slice(2);
for (const name of asked) {
  if (!(name in ENGINES)) {
    console.error(`Unknown engine "${name}"; the tests run in ${Object.keys(ENGINES).join(', ')}.`);
    process.exit(2);
  }
}
const needs = (asked.length > 0 ? asked : Object.keys(ENGINES)).flatMap((name) => ENGINES[name]);

const missing = needs.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

// A variable that names a missing binary is the person's to fix; the rest Debian's packages give.
const misdirected = missing.filter((need) => need.overridden);
const absent = missing.filter((need) => !need.overridden);
const packages = [...new Set(absent.map((need) => need.package))];
const installCommand = `apt-get install -y ${packages.join(' ')}`;
const onDebian = existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version']).status === 0;
const asRoot = process.getuid?.() === 0;

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

if (misdirected.length > 0 || !onDebian || !asRoot) {
  const lines = missing.map((need) => need.missing);
  if (misdirected.length > 0) lines.push('Point each variable named above at the binary, or unset it.');
  if (packages.length > 0) {
    lines.push(
      onDebian
        ? `Run: ${asRoot ? '' : 'sudo '}${installCommand}`
        : `On Debian or Ubuntu, ${installCommand} gives them; elsewhere, set the variables named above.`,
    );
  }
  fail(lines);
}

console.log(`The tests need ${packages.join(', ')}; installing from Debian's packages: ${installCommand}`);
/** apt-get, waiting its turn if another install (another checkout's tests, CI) holds the lock. */
function apt(...args) {
  const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    fail([`apt-get ${args.join(' ')} failed (exit ${result.status}).`, `Run: ${installCommand}`]);
}
apt('update', '-qq');
apt('install', '-y', '-qq', ...packages);

const stillMissing = needs.filter((need) => !need.present());
if (stillMissing.length > 0) fail(stillMissing.map((need) => need.missing));
console.log(`Installed ${packages.join(', ')}.`);
