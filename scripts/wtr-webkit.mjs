/**
 * WebKitGTK for @web/test-runner: the webdriver launcher, plus what it needs around it here (an X
 * server when there is no display, WebKitWebDriver on a free port, a viewport sized as Chromium's),
 * and what `scripts/wtr-commands.mjs` asks of it for the commands wtr's webdriver support lacks.
 *
 * It extends @web/test-runner-webdriver's launcher and uses three of its members that its types call
 * private (`driver`, `options` and `ensureManagerInitialized`): the session is that launcher's, and
 * sizing its window or holding a key needs that session. The version is pinned (0.9.x) for this.
 */
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key } from 'webdriverio';
import { miniBrowserPath, needsXvfb, webkitDriverPath, xvfbPath } from './webkit.mjs';

/** Chromium's and Firefox's headless viewport, which the tests' layouts assume (and reset to). */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, wider than the 320 px the reflow
 * tests need, and WebDriver cannot hide it. GTK reads this style sheet from the configuration
 * folder the browser is given, and shrinks the toolbar to nothing it can: the window then narrows
 * to 290 px. It styles GTK's widgets only; pages are drawn by WebKit, whose fonts and form controls
 * it does not reach.
 */
const SHRUNK_TOOLBAR = `* {
  min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0;
  font-size: 1px; -gtk-icon-transform: scale(0.01);
}
`;

/** A configuration folder of the browser's own: the style sheet above, and nothing of the machine's. */
function browserConfigFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
  mkdirSync(join(folder, 'gtk-3.0'));
  writeFileSync(join(folder, 'gtk-3.0', 'gtk.css'), SHRUNK_TOOLBAR);
  return folder;
}

/**
 * Written to stderr at once: the test runner holds back what the run's console prints while it draws
 * its progress, and an error that stops the run (it exits at once) would never be shown.
 */
function sayNow(message) {
  writeSync(2, `\n${message}\n`);
}

// Whatever goes unhandled in the launcher's WebDriver traffic is said before the runner stops on it.
process.on('unhandledRejection', (reason) => {
  sayNow(`WebKit launcher: unhandled failure: ${reason?.stack ?? reason}`);
  throw reason;
});

/** Children ended on purpose when the run ends; any other end is said, as it takes the browser with it. */
const ending = new WeakSet();

function watched(child, name) {
  child.on('exit', (code, signal) => {
    if (!ending.has(child)) sayNow(`${name} ended during the run (${signal ?? `exit ${code}`})`);
  });
  return child;
}

/** A port nobody listens on: the driver must not meet another engineer's (or run's) driver. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No free port for WebKitWebDriver');
  return address.port;
}

/**
 * An X server of our own: `-displayfd` has Xvfb pick a display nobody uses and print its number
 * once it accepts clients, so there is neither a fixed `:99` to collide on nor a sleep to guess.
 */
async function startXvfb(processes) {
  const xvfb = spawn(xvfbPath, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  processes.push(watched(xvfb, 'Xvfb'));
  const display = await new Promise((resolve, reject) => {
    let output = '';
    xvfb.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb (${xvfbPath}) exited with ${code}`)));
  });
  return display;
}

/** WebKitWebDriver, answering once its `/status` does (it starts in a few milliseconds). */
async function startDriver(processes, env, port) {
  const driver = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env });
  processes.push(watched(driver, 'WebKitWebDriver'));
  const exited = new Promise((_, reject) => {
    driver.on('error', reject);
    driver.on('exit', (code) => reject(new Error(`${webkitDriverPath} exited with ${code}`)));
  });
  // Only the start waits on it; a later end is said by watched() (or is the run's own ending).
  exited.catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const answered = await Promise.race([
      fetch(`http://127.0.0.1:${port}/status`).then(
        (response) => response.ok,
        () => false,
      ),
      exited,
    ]);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${webkitDriverPath} did not answer on port ${port}`);
}

/** A WebDriver key action; a key's name (`Enter`, `Shift`) becomes the code point WebDriver knows it by. */
function keyAction(type, key) {
  return { type, value: Key[key] ?? key };
}

class WebKitLauncher extends WebdriverLauncher {
  /** Xvfb and the driver, ended with the run (and if the runner dies, with its process). */
  #processes = [];
  #viewportSet = false;
  #configFolder;

  constructor() {
    super({
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio asks for a BiDi session by default; WebKitGTK's classic WebDriver is the
        // complete one, and the launcher uses nothing else.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    process.once('exit', () => this.#endProcesses());
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    // The progress line's label; CI's summary reads one line per browser by it.
    this.name = 'WebKit';
    this.#configFolder = browserConfigFolder();
    const env = {
      ...process.env,
      // WebKitGTK's navigator.language is the process's locale, "C" on a machine with none set; the
      // suite expects the English (en-US) the other two engines report.
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
      // GTK reads the shrunk toolbar's style sheet from here (see SHRUNK_TOOLBAR).
      XDG_CONFIG_HOME: this.#configFolder,
    };
    if (needsXvfb) env.DISPLAY = await startXvfb(this.#processes);
    const port = await freePort();
    await startDriver(this.#processes, env, port);
    this.options.port = port;
  }

  /**
   * Opens a test file's page. The base class starts the navigation without awaiting it, so when it
   * failed (the browser gone, a page that would not load) the rejection went unhandled and ended the
   * whole run with no word of why. Here it is awaited; a failure is said, and tried once more in a
   * new browser session; a second failure fails that file only, with its reason.
   */
  async startSession(id, url) {
    try {
      await this.#open(id, url);
    } catch (error) {
      sayNow(
        `WebKit could not open ${url} (${error?.message ?? error}); trying once more in a new browser session`,
      );
      await this.#renewSession();
      await this.#open(id, url);
    }
  }

  async #open(id, url) {
    await this.ensureManagerInitialized();
    if (!this.#viewportSet) {
      // A session's window is sized once, before its first test file loads.
      await this.setViewport(DEFAULT_VIEWPORT);
      this.#viewportSet = true;
    }
    await this.driverManager.startSession(id, url);
  }

  /** Ends the current WebDriver session (if it still answers) so the next command opens a new one. */
  async #renewSession() {
    if (this.pendingHeartbeat != null) clearInterval(this.pendingHeartbeat);
    await this.driver?.deleteSession().catch(() => undefined);
    this.driver = undefined;
    this.driverManager = undefined;
    this.#viewportSet = false;
  }

  async stop() {
    await super.stop();
    this.#endProcesses();
  }

  /**
   * WebDriver sizes the window, not the page: MiniBrowser's toolbar and frame take part of it. The
   * difference is measured and added; a second round covers a window manager that adjusts the first.
   */
  async setViewport({ width, height }) {
    for (let round = 0; round < 4; round += 1) {
      const [innerWidth, innerHeight] = await this.driver.execute(() => [
        window.innerWidth,
        window.innerHeight,
      ]);
      if (innerWidth === width && innerHeight === height) return;
      // The window's size as the driver knows it: the page's `outerWidth` was once seen smaller
      // than its `innerWidth` in a CI run, which asked for a negative width.
      const rect = await this.driver.getWindowRect();
      let windowWidth = width + rect.width - innerWidth;
      let windowHeight = height + rect.height - innerHeight;
      // A reading that makes no sense (taken mid-resize): a plain size first, measured next round.
      if (windowWidth < 1 || windowHeight < 1) {
        windowWidth = width + 200;
        windowHeight = height + 200;
      }
      await this.driver.setWindowRect(null, null, windowWidth, windowHeight);
    }
    throw new Error(`WebKit's viewport could not be set to ${width}x${height}`);
  }

  /**
   * What wtr's `sendKeys` calls for `press` and `type`: each key down and up in turn. The webdriver
   * launcher hands the keys to webdriverio's `keys()`, which presses them all down and then lets
   * them all up, a chord: a key already down is not pressed again, so "correct" arrived as "corect".
   */
  async sendKeys(_sessionId, keys) {
    await this.#performKeys(keys.flatMap((key) => [keyAction('keyDown', key), keyAction('keyUp', key)]));
  }

  /** One key pressed while others are held (Shift+Tab), as a single WebDriver action sequence. */
  async pressWhileHolding(hold, press) {
    await this.#performKeys([
      ...hold.map((key) => keyAction('keyDown', key)),
      keyAction('keyDown', press),
      keyAction('keyUp', press),
      ...hold.toReversed().map((key) => keyAction('keyUp', key)),
    ]);
  }

  #performKeys(actions) {
    return this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }

  #endProcesses() {
    for (const child of this.#processes.splice(0)) {
      ending.add(child);
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
    if (this.#configFolder) rmSync(this.#configFolder, { recursive: true, force: true });
  }
}

/** WebKitGTK (MiniBrowser) over WebDriver, under an Xvfb of its own when there is no display. */
export function webkitLauncher() {
  return new WebKitLauncher();
}
