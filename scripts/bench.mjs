// `npm run bench`: what the library costs a host page, and how fast many elements become ready.
//
// Sizes: each public entry bundled and minified with everything it pulls in (Lit, @lit/context,
// @lit/task, zod/mini), then compressed (gzip level 9, brotli quality 11), as a host's bundler would:
// what an entry loads only with `import()` (the numbering plans of the phone field, say) is split
// off and reported apart, as it is not paid with the page. Against the budgets of DESIGN.md: the
// whole page (every element, RestAdapter, Lit, zod, English), and each element's marginal cost:
// what the page saves without it. Speed: N copies of each element on one `MemoryAdapter` with no latency, in Chromium,
// timed from insertion until none shows a skeleton, with the adapter calls counted (the shared store
// should make one call per resource, however many elements ask).
//
// Only reports: exits 1 when a size budget is exceeded, never because of a timing.
//
//   node scripts/bench.mjs [--n=50] [--runs=5] [--no-speed]
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { keepRegistrationsEsbuild } from './registrations.mjs';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

/** The whole settings page as a host builds it: every element registered, and its REST adapter. */
const PAGE = `import './src/index.ts'; export { RestAdapter } from './src/adapters/rest/index.ts';`;

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
 * Lit, minified; chunks loaded with `import()` split off. Returns the entry's own output.
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
    plugins: [keepRegistrationsEsbuild()],
  });
  const [path, output] =
    Object.entries(result.metafile.outputs).find(([, candidate]) => candidate.entryPoint !== undefined) ?? [];
  const file = result.outputFiles.find((candidate) => candidate.path.endsWith(path ?? '\0'));
  const lazy = result.outputFiles.filter(
    (candidate) => candidate !== file && !candidate.path.endsWith('.map'),
  );
  return {
    contents: file.contents,
    output,
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
    const part = match ? match[1] : path.split('/').slice(0, 2).join('/');
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
  return [...byPart.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([part, bytes]) => ({ part, bytes }));
}

async function measureSizes() {
  const elements = elementEntries();
  const targets = [
    { name: 'the whole page (every element, RestAdapter)', entry: PAGE, kind: 'page' },
    ...elements.map(([tag, entry]) => ({ name: `<${tag}> alone`, entry, kind: 'element' })),
    { name: 'RestAdapter', entry: 'src/adapters/rest/index.ts', kind: 'adapter' },
    { name: 'MemoryAdapter', entry: 'src/adapters/memory/index.ts', kind: 'adapter' },
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
      `export { RestAdapter } from './src/adapters/rest/index.ts';`,
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
    return { results };
  } finally {
    await browser.close();
    server.close();
  }
}

function printSpeed(speed) {
  if (speed.skipped) {
    console.log(`Speed: skipped, ${speed.skipped}.`);
    return;
  }
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
console.log(
  `Time to ready (${copies} copies on one MemoryAdapter with no latency, Chromium; reported, not asserted)\n`,
);
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
