// The examples in examples/, each a tiny host app, run as an integrator would: the package is
// packed (`npm pack`), each example installs that tarball, builds with its own tooling, and
// Chromium (puppeteer-core, Debian's browser) drives the page: it loads without errors, a new name
// is saved in <account-profile>, and the host's listener writes the `account-profile-updated` event
// on the page. The README's first example is checked the same way, with its CDN address pointed at
// the installed package's copy of the file. The Next.js example is served by its own server
// (`next start`, the page rendered on the server and hydrated): there the page must also log
// nothing (React reports a hydration mismatch as an error) and ask for each resource once, with
// no request aborted. Needs `npm run build` first.
//
//   node scripts/examples.mjs [name…]      names: readme html vite-ts react vue angular nextjs
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const CDN = 'https://cdn.jsdelivr.net/npm/account-elements/';
const NEW_NAME = 'Ada Example';

/** What each example is served from once built, and the page to open. */
const EXAMPLES = [
  // The README's first example, as written, with the CDN address pointed at the installed package.
  { name: 'readme', folder: 'html', serve: '.', page: '/readme.html', build: false },
  { name: 'html', folder: 'html', serve: '.', page: '/index.html', build: false },
  { name: 'vite-ts', folder: 'vite-ts', serve: 'dist', page: '/', build: true },
  { name: 'react', folder: 'react', serve: 'dist', page: '/', build: true },
  { name: 'vue', folder: 'vue', serve: 'dist', page: '/', build: true },
  { name: 'angular', folder: 'angular', serve: 'dist/browser', page: '/', build: true },
  // Server-rendered: `next build`, then `next start` serves the page and its API (/api/…).
  { name: 'nextjs', folder: 'nextjs', server: 'next', page: '/', build: true, requests: '/api/' },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !EXAMPLES.some((example) => example.name === name));
if (unknown.length > 0) {
  console.error(
    `No example named ${unknown.join(', ')}; there are ${EXAMPLES.map((e) => e.name).join(', ')}.`,
  );
  process.exit(1);
}
const chosen = EXAMPLES.filter((example) => wanted.length === 0 || wanted.includes(example.name));

const seconds = (since) => (performance.now() - since) / 1000;
const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', NEXT_TELEMETRY_DISABLED: '1' },
  });

// ---------------------------------------------------------------------------------------------
// The tarball, under the fixed name the examples depend on (`file:../account-elements.tgz`)

if (!existsSync(join(root, 'dist/cdn/account-elements.js'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
const packStarted = performance.now();
const [packed] = JSON.parse(
  run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', examples], root),
);
const tarball = join(examples, 'account-elements.tgz');
renameSync(join(examples, packed.filename), tarball);
console.log(
  `packed ${packed.filename} (${(packed.size / 1024).toFixed(0)} KiB) in ${seconds(packStarted).toFixed(1)} s`,
);

// ---------------------------------------------------------------------------------------------
// Install and build

const installed = new Set();
function prepare(example, times) {
  const cwd = join(examples, example.folder);
  if (!installed.has(example.folder)) {
    // The tarball's name never changes, so npm would keep the copy it installed last time.
    rmSync(join(cwd, 'node_modules/account-elements'), { recursive: true, force: true });
    const started = performance.now();
    run('npm', ['install', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund'], cwd);
    times.install = seconds(started);
    installed.add(example.folder);
  }
  if (example.build) {
    const started = performance.now();
    rmSync(join(cwd, example.server === 'next' ? '.next' : 'dist'), { recursive: true, force: true });
    run('npm', ['run', 'build'], cwd);
    times.build = seconds(started);
  }
}

// ---------------------------------------------------------------------------------------------
// Serve and drive

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The README's first ```html block, its CDN addresses pointed at the installed package. */
function readmePage() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block?.includes(CDN)) throw new Error(`The README's first html example does not load ${CDN}.`);
  return block.replaceAll(CDN, '/node_modules/account-elements/');
}

function serve(folder, extra) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (extra[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra[path]);
      return;
    }
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** `next start` on a free port; resolves once it answers, with a way to stop it. */
async function startNext(cwd) {
  const probe = createServer();
  const port = await new Promise((done) => probe.listen(0, '127.0.0.1', () => done(probe.address().port)));
  await new Promise((done) => probe.close(done));
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start ended: ${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}/favicon.ico`);
      return { address: () => ({ port }), close: stop };
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  stop();
  throw new Error(`next start did not answer in 30 s: ${output}`);
}

async function drive(browser, example) {
  const server =
    example.server === 'next'
      ? await startNext(join(examples, example.folder))
      : await serve(
          join(examples, example.folder, example.serve),
          example.name === 'readme' ? { '/readme.html': readmePage() } : {},
        );
  const tab = await browser.newPage();
  // What the page asks its API for, and which of those requests it dropped unanswered.
  const reads = [];
  const aborted = [];
  if (example.requests) {
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'GET' && pathname.startsWith(example.requests)) reads.push(pathname);
    });
    tab.on('requestfailed', (request) => aborted.push(`${request.url()} (${request.failure()?.errorText})`));
  }
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  // A failed request is reported by its address (the console's line for it has none); the browser's
  // own request for /favicon.ico is no part of the example.
  tab.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  try {
    // A server-rendered page goes on loading its client code after `load`: wait until it is quiet.
    await tab.goto(`http://127.0.0.1:${server.address().port}${example.page}`, {
      waitUntil: example.server ? 'networkidle0' : 'load',
    });
    // The field is inside <account-profile>'s shadow root (inside <account-settings>' too, on the README's page).
    const name = await tab.waitForSelector('>>> account-profile >>> input#name', { timeout: 15_000 });
    await name.click({ clickCount: 3 });
    await name.type(NEW_NAME);
    const save = await tab.waitForSelector('>>> account-profile >>> button[type="submit"]:not([disabled])', {
      timeout: 5_000,
    });
    await save.click();
    const expected = `Saved: ${NEW_NAME}`;
    await tab.waitForFunction(
      (text) => document.body.innerText.includes(text),
      { timeout: 10_000 },
      expected,
    );
    if (errors.length > 0) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    if (example.requests) {
      const twice = reads.filter((path, index) => reads.indexOf(path) !== index);
      if (reads.length === 0) throw new Error(`the page asked nothing of ${example.requests}`);
      if (twice.length > 0) throw new Error(`asked more than once: ${[...new Set(twice)].join(', ')}`);
      if (aborted.length > 0) throw new Error(`requests dropped: ${aborted.join(', ')}`);
    }
  } finally {
    await tab.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results = [];
try {
  for (const example of chosen) {
    const result = { name: example.name, install: 0, build: 0, drive: 0, error: undefined };
    try {
      prepare(example, result);
      const started = performance.now();
      await drive(browser, example);
      result.drive = seconds(started);
    } catch (error) {
      result.error = (error.stderr || error.stdout || error.message || String(error))
        .trim()
        .split('\n')
        .slice(-15)
        .join('\n');
    }
    results.push(result);
    const total = result.install + result.build + result.drive;
    console.log(
      `${result.error ? 'FAIL' : 'ok  '} ${example.name.padEnd(8)} install ${result.install.toFixed(1)} s, build ${result.build.toFixed(1)} s, page ${result.drive.toFixed(1)} s (${total.toFixed(1)} s)`,
    );
    if (result.error) console.log(result.error.replace(/^/gm, '     '));
  }
} finally {
  await browser.close();
  rmSync(tarball, { force: true });
}

const failed = results.filter((result) => result.error).length;
console.log(`examples: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
