// `npm run bench`: what the library costs a host page, and how fast it becomes ready.
//
// Sizes: the library as it ships (built with vite.config.ts into bench-results/lib), each public
// entry bundled and minified with everything it pulls in (Lit, @lit/context, @lit/task, zod/mini),
// then compressed (gzip level 9, brotli quality 11), as a host's bundler would. What an entry loads
// only with `import()` (the cropper, the numbering plans, other locales) is reported apart, as it is
// not paid with the page. Against the budgets of DESIGN.md: the whole page (every element,
// RestAdapter, Lit, zod, English), and each element's marginal cost: what the page saves without it.
//
// Speed, in headless Chromium on a `MemoryAdapter` with no latency: one whole page
// (`<account-settings>`) from insertion until every section is ready, cold and warm, next to a bare
// Lit element rendering as many DOM nodes (the ratio says what the library's work costs), with the
// requests it made and the JS heap it holds; then N copies of each element, with the adapter calls
// counted (the shared store should make one call per resource, however many elements ask).
//
// Only reports: exits 1 when a size budget is exceeded, never because of a timing.
//
//   node scripts/bench.mjs [--n=50] [--runs=5] [--no-speed]
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { keepRegistrationsEsbuild } from './registrations.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench-results');
const KiB = 1024;

/** From DESIGN.md, "Budgets": the whole page, and what each element adds (3 on average, 5 at most). */
const BUDGETS = {
  page: { limit: 50 * KiB },
  marginal: { average: 3 * KiB, limit: 5 * KiB },
};

/**
 * The sizes are of the library as it ships: built by the library build (vite.config.ts, templates
 * minified) into a folder of the bench's own, so `dist/` is left as it was.
 */
const LIB = 'bench-results/lib';

/** The whole settings page as a host builds it: every element registered, and its REST adapter. */
const PAGE = `import './${LIB}/index.js'; export { RestAdapter } from './${LIB}/adapters/rest.js';`;

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const copies = Number(args.get('n') ?? 50);
const runs = Number(args.get('runs') ?? 5);

// ---------------------------------------------------------------------------------------------
// Sizes

/** Builds the library into `LIB`, with the `sideEffects` of package.json pointed at it. */
function buildLibrary() {
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', LIB, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('The library build failed');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sideEffects = manifest.sideEffects.map((path) => path.replace(/^\.\/dist\//, './'));
  writeFileSync(join(root, LIB, 'package.json'), JSON.stringify({ type: 'module', sideEffects }));
}

/** `[tag, entry]` for every element folder with its registering entry, `src/elements/<tag>/<tag>.ts`. */
function elementEntries() {
  const dir = join(root, 'src/elements');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `${entry.name}.ts`)))
    .map((entry) => [entry.name, `src/elements/${entry.name}/${entry.name}.ts`]);
}

/**
 * One entry (a path, or source text) bundled for a browser as a host's bundler would: production
 * Lit, minified; chunks loaded with `import()` split off. Returns what the page loads at once (the
 * entry and the chunks it imports) and the gzip size of what it loads later.
 */
async function bundle(entry) {
  const source = entry.includes(';')
    ? { stdin: { contents: entry, resolveDir: root, loader: 'ts' } }
    : { entryPoints: [entry] };
  const result = await build({
    absWorkingDir: root,
    ...source,
    outdir: join(outDir, 'bundles'),
    splitting: true,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Lit's `development` export condition is its dev build; a host's production build leaves it out.
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  // Each `import()` target is an entry point of its own too: the page's is the one asked for.
  const entryPoint = entry.includes(';') ? '<stdin>' : entry;
  const [entryPath] =
    Object.entries(outputs).find(([, candidate]) => candidate.entryPoint === entryPoint) ?? [];
  // The page is the entry and every chunk it imports statically (code it shares with its lazy
  // parts is split into such chunks); whatever is reached only through `import()` is loaded later.
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryPath);
  const isEager = (file) => [...eager].some((path) => file.path.endsWith(path));
  const files = result.outputFiles.filter((file) => !file.path.endsWith('.map'));
  // One buffer, as one bundle without splitting would compress.
  const contents = Buffer.concat(files.filter(isEager).map((file) => file.contents));
  const lazy = files.filter((file) => !isEager(file));
  const inputs = {};
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {})) {
      inputs[input] = { bytesInOutput: (inputs[input]?.bytesInOutput ?? 0) + bytesInOutput };
    }
  }
  return {
    contents,
    output: { inputs },
    lazy: lazy.reduce((sum, chunk) => sum + gzipSync(chunk.contents, { level: 9 }).length, 0),
  };
}

function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** The biggest packages inside a bundle (by minified bytes), to say where the weight comes from. */
function heaviestParts(output) {
  const byPart = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    // The library's own code by its chunk, named without the hash.
    const part = match ? match[1] : path.replace(`${LIB}/`, '').replace(/-[\w-]{8}\.js$/, '');
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
  return [...byPart.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([part, bytes]) => ({ part, bytes }));
}

async function measureSizes() {
  buildLibrary();
  const elements = elementEntries().map(([tag]) => [tag, `${LIB}/elements/${tag}.js`]);
  const targets = [
    { name: 'the whole page (every element, RestAdapter)', entry: PAGE, kind: 'page' },
    ...elements.map(([tag, entry]) => ({ name: `<${tag}> alone`, entry, kind: 'element' })),
    { name: 'RestAdapter', entry: `${LIB}/adapters/rest.js`, kind: 'adapter' },
    { name: 'MemoryAdapter', entry: `${LIB}/adapters/memory.js`, kind: 'adapter' },
  ];
  const results = [];
  for (const target of targets) {
    const built = await bundle(target.entry);
    const sizes = compressedSizes(built.contents);
    const limit = target.kind === 'page' ? BUDGETS.page.limit : null;
    results.push({
      ...target,
      ...sizes,
      lazyGzip: built.lazy,
      limit,
      overBudget: limit !== null && sizes.gzip > limit,
      heaviest: heaviestParts(built.output),
    });
  }
  // What each element adds: the page's bundle, less the same without that element. The whole-page
  // element brings every section along, so the sections are measured on the page without it.
  const entryOf = (paths) =>
    [
      ...paths.map((path) => `import './${path}';`),
      `export { RestAdapter } from './${LIB}/adapters/rest.js';`,
    ].join('\n');
  const sections = elements.filter(([tag]) => tag !== 'account-settings' && tag !== 'account-provider');
  const gzipOf = async (paths) => compressedSizes((await bundle(entryOf(paths))).contents).gzip;
  const withAll = await gzipOf(elements.map(([, path]) => path));
  const withoutPage = await gzipOf(
    elements.filter(([tag]) => tag !== 'account-settings').map(([, path]) => path),
  );
  const marginal = [{ name: '<account-settings>', gzip: withAll - withoutPage }];
  for (const [tag] of sections) {
    const without = await gzipOf(
      elements.filter(([other]) => other !== tag && other !== 'account-settings').map(([, path]) => path),
    );
    marginal.push({ name: `<${tag}>`, gzip: withoutPage - without });
  }
  for (const entry of marginal) entry.overBudget = entry.gzip > BUDGETS.marginal.limit;
  return { results, marginal };
}

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

function printMarginal(marginal) {
  const rows = marginal.map((entry) => [
    entry.name,
    kib(entry.gzip),
    `${kib(BUDGETS.marginal.limit)}`,
    entry.overBudget ? 'OVER' : 'ok',
  ]);
  printTable(['element', 'adds to the page (gzip)', 'at most', ''], rows);
  const average = marginal.reduce((sum, entry) => sum + entry.gzip, 0) / Math.max(1, marginal.length);
  console.log(`average: ${kib(average)} (budget ${kib(BUDGETS.marginal.average)})`);
}

function printSizes(results) {
  const rows = results.map((result) => [
    result.name,
    kib(result.raw),
    kib(result.gzip),
    kib(result.brotli),
    result.limit === null ? '—' : `${kib(result.limit)} gzip`,
    result.limit === null ? '' : result.overBudget ? 'OVER BUDGET' : 'ok',
    result.lazyGzip > 0 ? kib(result.lazyGzip) : '',
  ]);
  printTable(['bundle', 'minified', 'gzip', 'brotli', 'budget', '', 'loaded later (gzip)'], rows);
}

function printTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Speed

/** The test page's script: mounts N copies of an element on one counted MemoryAdapter and times them. */
function speedPageSource(tags) {
  const imports = tags.map((tag) => `import './src/elements/${tag}/${tag}.ts';`).join('\n');
  return `
${imports}
import './src/elements/account-provider/account-provider.ts';
import { MemoryAdapter } from './src/adapters/memory/index.ts';
import { ADAPTER_METHODS } from './src/api/index.ts';
import { LitElement, html } from 'lit';

const yieldToEventLoop = () => new Promise((done) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done();
  channel.port2.postMessage(null);
});

function counted(adapter) {
  const calls = {};
  const names = new Set(ADAPTER_METHODS);
  const proxy = new Proxy(adapter, {
    get(target, name) {
      const value = Reflect.get(target, name, target);
      if (typeof name !== 'string' || !names.has(name) || typeof value !== 'function') return value;
      return (...callArgs) => {
        calls[name] = (calls[name] ?? 0) + 1;
        return Reflect.apply(value, target, callArgs);
      };
    },
  });
  return { proxy, calls };
}

function settled(element) {
  const shadow = element.shadowRoot;
  if (!shadow || shadow.childElementCount === 0) return false;
  return !shadow.querySelector('[part~="skeleton"], [aria-busy="true"]');
}

/** Calls \`visit\` for every node inside root, shadow roots included, depth first. */
function walkComposed(root, visit) {
  const walk = (node) => {
    for (const child of node.childNodes) {
      visit(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
}

/** Every element inside root, shadow roots included. */
function composedElements(root) {
  const found = [];
  walkComposed(root, (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) found.push(node);
  });
  return found;
}

/** Element and text nodes inside root, shadow roots included (comments, Lit's markers, left out). */
function composedNodeCount(root) {
  let count = 0;
  walkComposed(root, (node) => {
    const blank = node.nodeType === Node.TEXT_NODE && node.data.trim() === '';
    if (node.nodeType !== Node.COMMENT_NODE && !blank) count++;
  });
  return count;
}

/** The page and every element of ours in it (its sections are its light-DOM children) have settled. */
function pageSettled(page) {
  return [page, ...composedElements(page).filter((element) => element.localName.includes('-') && element.shadowRoot)]
    .every(settled);
}

// The baseline: a Lit element with no data, no controllers and no styles, rendering a flat list of
// as many nodes as the page has, in one template.
class BareList extends LitElement {
  static properties = { count: { type: Number } };
  render() {
    return html\`<ul>\${Array.from({ length: Math.max(0, Math.floor((this.count - 1) / 2)) }, (_, index) => html\`<li>\${index}</li>\`)}</ul>\`;
  }
}
customElements.define('bench-bare-list', BareList);

window.timePage = async (timeoutMs) => {
  // The backend's own start (it hashes its demo passwords) is done before the page's clock starts:
  // the figure is the library's work, not the mock backend's.
  const adapter = new MemoryAdapter({ latency: 0 });
  const adapterStarted = performance.now();
  await adapter.getAccount();
  const adapterMs = performance.now() - adapterStarted;
  const { proxy, calls } = counted(adapter);
  const provider = document.createElement('account-provider');
  provider.adapter = proxy;
  document.body.append(provider);
  const page = document.createElement('account-settings');
  const started = performance.now();
  provider.append(page);
  while (!pageSettled(page) && performance.now() - started < timeoutMs) await yieldToEventLoop();
  const ms = performance.now() - started;
  const nodes = composedNodeCount(page);
  return { ms, calls, nodes, settled: pageSettled(page), adapterMs };
};

window.timeBare = async (nodes) => {
  const bare = document.createElement('bench-bare-list');
  bare.count = nodes;
  const started = performance.now();
  document.body.append(bare);
  await bare.updateComplete;
  const ms = performance.now() - started;
  const rendered = composedNodeCount(bare);
  bare.remove();
  return { ms, nodes: rendered };
};

window.clearPage = () => document.body.replaceChildren();

// Live regions are always in place (empty) so that they announce; an error is one with words in it.
function failed(element) {
  const alerts = element.shadowRoot?.querySelectorAll('[role="alert"]') ?? [];
  return [...alerts].some((alert) => alert.textContent.trim() !== '');
}

window.mountAndTime = async (tag, copies, timeoutMs) => {
  const { proxy, calls } = counted(new MemoryAdapter({ latency: 0 }));
  const provider = document.createElement('account-provider');
  provider.adapter = proxy;
  document.body.append(provider);
  const elements = Array.from({ length: copies }, () => document.createElement(tag));
  const started = performance.now();
  provider.append(...elements);
  let pending = elements;
  while (pending.length > 0 && performance.now() - started < timeoutMs) {
    await yieldToEventLoop();
    pending = pending.filter((element) => !settled(element));
  }
  const ms = performance.now() - started;
  const failures = elements.filter(failed).length;
  provider.remove();
  return { ms, calls, settled: copies - pending.length, failures };
};
window.benchReady = true;
`;
}

function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measureSpeed() {
  const tags = elementEntries()
    .map(([tag]) => tag)
    .filter((tag) => tag !== 'account-provider');
  if (tags.length === 0) return { skipped: 'no element with its own entry in src/elements yet' };
  const executablePath = chromiumPath;
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROME_PATH)` };

  const page = await build({
    absWorkingDir: root,
    stdin: { contents: speedPageSource(tags), resolveDir: root, loader: 'ts', sourcefile: 'bench-page.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
    plugins: [keepRegistrationsEsbuild()],
  });
  const server = await serve({
    '/': {
      type: 'text/html',
      body: '<!doctype html><html lang="en"><body><script type="module" src="/page.js"></script>',
    },
    '/page.js': { type: 'text/javascript', body: page.outputFiles[0].contents },
  });
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath,
    args: chromiumArgs,
  });
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction('window.benchReady === true');
    // The whole page first, while its first render is still the page's first: the code compiles then.
    const page = await measurePage(tab);
    const results = [];
    for (const tag of tags) {
      // One unmeasured run first: the first one pays for compiling the code, as no later page load would.
      await tab.evaluate((t, n) => window.mountAndTime(t, n, 10_000), tag, copies);
      const samples = [];
      for (let run = 0; run < runs; run++) {
        samples.push(await tab.evaluate((t, n) => window.mountAndTime(t, n, 10_000), tag, copies));
      }
      const times = samples.map((sample) => sample.ms);
      const last = samples.at(-1);
      results.push({
        tag,
        copies,
        runs,
        medianMs: median(times),
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        settled: Math.min(...samples.map((sample) => sample.settled)),
        failures: Math.max(...samples.map((sample) => sample.failures)),
        adapterCalls: last.calls,
        oneCallPerMethod: Object.values(last.calls).every((count) => count <= 1),
      });
    }
    return { results, page };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * One whole page, as a visitor gets it: `<account-settings>` from insertion until every section is
 * ready, cold (the first, with the code still compiling) and warm (the median of the runs after),
 * next to a bare Lit element rendering as many nodes; the requests it made, and the heap it holds.
 */
async function measurePage(tab) {
  const timeout = 10_000;
  await tab.evaluate(() => window.clearPage());
  const cold = await tab.evaluate((ms) => window.timePage(ms), timeout);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    await tab.evaluate(() => window.clearPage());
    samples.push(await tab.evaluate((ms) => window.timePage(ms), timeout));
  }
  const nodes = samples.at(-1).nodes;
  await tab.evaluate((count) => window.timeBare(count), nodes);
  const bare = [];
  for (let run = 0; run < runs; run++)
    bare.push(await tab.evaluate((count) => window.timeBare(count), nodes));

  // The JS heap, after a collection: with nothing mounted, with one page ready, with ten.
  const cdp = await tab.createCDPSession();
  const usedHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // One page's share is below the heap's noise: it is measured with ten pages mounted, divided.
  const PAGES = 10;
  const heaps = [];
  for (let cycle = 0; cycle < 3; cycle++) {
    await tab.evaluate(() => window.clearPage());
    const before = await usedHeap();
    await tab.evaluate((ms) => window.timePage(ms), timeout);
    const withOne = await usedHeap();
    for (let page = 1; page < PAGES; page++) await tab.evaluate((ms) => window.timePage(ms), timeout);
    heaps.push({ before, withOne, withTen: await usedHeap() });
  }
  // A page just removed is not always collected at once (a timer may still hold it): the baseline
  // is the lowest reading with nothing mounted, the others the medians.
  const heapBefore = Math.min(...heaps.map((heap) => heap.before));
  const heapAfter = median(heaps.map((heap) => heap.withOne));
  const heapPerPage = (median(heaps.map((heap) => heap.withTen)) - heapBefore) / PAGES;

  const times = samples.map((sample) => sample.ms);
  const bareTimes = bare.map((sample) => sample.ms);
  const calls = samples.at(-1).calls;
  return {
    coldMs: cold.ms,
    adapterMs: median(samples.map((sample) => sample.adapterMs)),
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    settled: samples.every((sample) => sample.settled),
    nodes,
    bareNodes: bare.at(-1).nodes,
    bareMedianMs: median(bareTimes),
    ratio: median(times) / median(bareTimes),
    requests: Object.values(calls).reduce((sum, count) => sum + count, 0),
    calls,
    heapBefore,
    heapAfter,
    heapPerPage,
  };
}

function printPage(page) {
  const mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  printTable(
    ['the whole page: one <account-settings>', ''],
    [
      [
        'first render to ready (warm)',
        `${page.medianMs.toFixed(1)} ms median, ${page.minMs.toFixed(1)}–${page.maxMs.toFixed(1)} ms (${runs} runs)${page.settled ? '' : ', NOT ALL READY'}`,
      ],
      ['first render to ready (cold: code compiling)', `${page.coldMs.toFixed(1)} ms`],
      ['(not counted: the MemoryAdapter starting)', `${page.adapterMs.toFixed(1)} ms median`],
      [
        `a bare Lit element, the same number of nodes`,
        `${page.bareMedianMs.toFixed(1)} ms median (${page.bareNodes} nodes; the page has ${page.nodes})`,
      ],
      ['ratio, page to bare', `${page.ratio.toFixed(1)} ×`],
      [
        'requests per page load',
        `${page.requests} (${Object.entries(page.calls)
          .map(([method, count]) => `${method} ×${count}`)
          .join(', ')})`,
      ],
      [
        'JS heap after render',
        `${mib(page.heapAfter)} in use; each page holds ${mib(page.heapPerPage)} (ten mounted, divided)`,
      ],
    ],
  );
}

function printSpeed(speed) {
  if (speed.skipped) {
    console.log(`Speed: skipped, ${speed.skipped}.`);
    return;
  }
  console.log('The whole page (MemoryAdapter, no latency, headless Chromium; reported, not asserted)\n');
  printPage(speed.page);
  console.log(`\nTime to ready: ${copies} copies of each element on one MemoryAdapter\n`);
  const rows = speed.results.map((result) => [
    `${result.copies} × <${result.tag}>`,
    `${result.medianMs.toFixed(1)} ms`,
    `${result.minMs.toFixed(1)}–${result.maxMs.toFixed(1)} ms`,
    `${result.settled}/${result.copies}${result.failures ? `, ${result.failures} in error` : ''}`,
    Object.entries(result.adapterCalls)
      .map(([method, count]) => `${method} ×${count}`)
      .join(', ') || 'none',
  ]);
  printTable(
    ['mounted', 'median to ready', `range (${runs} runs)`, 'ready', 'adapter calls (one run)'],
    rows,
  );
  for (const result of speed.results) {
    if (!result.oneCallPerMethod) {
      console.log(
        `note: <${result.tag}> made more than one call of a method: the shared store did not share.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------

const { results: sizes, marginal } = await measureSizes();
console.log(`Bundle sizes (esbuild, minified, dependencies included; gzip -9, brotli q11)\n`);
printSizes(sizes);
console.log(`\nWhat each element adds to the page\n`);
printMarginal(marginal);
console.log();

let speed = { skipped: 'turned off with --no-speed' };
if (!args.has('no-speed')) speed = await measureSpeed();
printSpeed(speed);

mkdirSync(outDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  budgets: BUDGETS,
  sizes: sizes.map(({ entry, ...rest }) => ({
    entry: entry.includes(';') ? entry : relative(root, join(root, entry)),
    ...rest,
  })),
  marginal,
  speed,
};
writeFileSync(join(outDir, 'size.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten: ${relative(process.cwd(), join(outDir, 'size.json'))}`);

const over = [...sizes, ...marginal].filter((result) => result.overBudget);
const average = marginal.reduce((sum, entry) => sum + entry.gzip, 0) / Math.max(1, marginal.length);
if (over.length > 0 || average > BUDGETS.marginal.average) {
  console.error(
    `\nOver budget: ${[...over.map((result) => `${result.name} ${kib(result.gzip)}`), ...(average > BUDGETS.marginal.average ? [`the average element ${kib(average)}`] : [])].join('; ')}.`,
  );
  process.exit(1);
}
