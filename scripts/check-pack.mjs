// After `npm run build`: lists the tarball `npm pack` would make and fails on a file that is missing
// (anything package.json or custom-elements.json points at, or a shipped file imports) or unexpected
// (sources, tests, the demo, a declaration of an internal module), on a source map that would
// not resolve (each one carries its sources' text, so no `src/` needs to ship), and on
// `account-elements/setup` reaching a file that registers tags.
//
//   node scripts/check-pack.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(pack.files.map((file) => file.path));
const problems = [];

/** What may ship: the built library, its types and editor data, the CDN files, docs, the command. */
const allowed = [
  /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
  /^bin\/[\w-]+\.mjs$/,
  /^docs\/[\w./-]+\.(md|yaml|png|ts)$/,
  /^dist\/(index|setup|classes|contract|mocks|react)\.(js|js\.map|d\.ts)$/,
  /^dist\/elements\/[a-z-]+\.(js|js\.map|d\.ts)$/,
  /^dist\/adapters\/(rest|memory)\.(js|js\.map|d\.ts)$/,
  /^dist\/locales\/[a-z]{2}\.(js|js\.map|d\.ts)$/,
  /^dist\/chunks\/[\w.-]+\.js(\.map)?$/,
  /^dist\/types\/[\w.-]+\.d\.ts$/,
  /^dist\/cdn\/[\w.-]+\.js(\.map)?$/,
  // The `account-elements` command's modules (bin/), run by Node.
  /^dist\/cli\/[\w-]+\.js(\.map)?$/,
  /^dist\/jsx\/(custom-elements-jsx|react|preact|solid)\.d\.ts$/,
  /^dist\/(vue|svelte)\/index\.d\.ts$/,
  /^dist\/vscode\/vscode\.(html|css)-custom-data\.json$/,
  /^dist\/web-types\.json$/,
];
for (const file of files) {
  if (!allowed.some((pattern) => pattern.test(file))) problems.push(`unexpected: ${file}`);
}

/** Every path package.json names, and every module custom-elements.json describes. */
const named = new Map();
const name = (path, by) => named.set(posix.normalize(path.replace(/^\.\//, '')), by);
for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
  if (packageJson[field]) name(packageJson[field], `package.json "${field}"`);
}
for (const [command, path] of Object.entries(packageJson.bin ?? {}))
  name(path, `package.json bin "${command}"`);
for (const [subpath, target] of Object.entries(packageJson.exports)) {
  const targets = typeof target === 'string' ? { default: target } : target;
  for (const [condition, path] of Object.entries(targets)) name(path, `exports["${subpath}"].${condition}`);
}
for (const module of manifest.modules) name(module.path, 'custom-elements.json');
for (const [path, by] of named) {
  if (!files.has(path)) problems.push(`missing: ${path} (named by ${by})`);
}

/** Every relative import of a shipped module (code or declaration) is shipped too. */
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
for (const file of files) {
  const declaration = file.endsWith('.d.ts');
  if (!declaration && !/\.m?js$/.test(file)) continue;
  // Block comments apart: a bundled library's doc comments may show imports of its own sources.
  const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, specifier] of text.matchAll(relativeImport)) {
    let target = posix.join(posix.dirname(file), specifier);
    if (declaration) target = target.replace(/\.js$/, '.d.ts');
    if (!files.has(target)) problems.push(`missing: ${target} (imported by ${file})`);
  }
}

/**
 * The CDN file is one file: a page with no bundler fetches it and nothing else before it runs
 * (what it loads on first use, with `import()`, is fetched later).
 */
const cdnFile = 'dist/cdn/account-elements.js';
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
for (const [, specifier] of readFileSync(join(root, cdnFile), 'utf8').matchAll(staticImport)) {
  problems.push(`${cdnFile} imports ${specifier} at once: it should be one file`);
}

/**
 * `account-elements/setup` registers no tag: it is not in `sideEffects`, so a bundler may drop what
 * a page does not use, and nothing it imports statically is a file that registers one (those are
 * the files `sideEffects` names), so importing `configure` costs no element.
 */
const setupFile = 'dist/setup.js';
const sideEffectFiles = (packageJson.sideEffects ?? []).map(
  (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '[^/]*')}$`,
    ),
);
const registers = (file) => sideEffectFiles.some((pattern) => pattern.test(file));
if (packageJson.exports['./setup']?.default !== `./${setupFile}`) {
  problems.push(`exports["./setup"] should be ./${setupFile}`);
}
if (registers(setupFile)) problems.push(`${setupFile} is named in sideEffects: it registers no tag`);
const reached = new Set();
const reach = (file) => {
  if (reached.has(file) || !files.has(file)) return;
  reached.add(file);
  const text = readFileSync(join(root, file), 'utf8');
  for (const [, specifier] of text.matchAll(staticImport)) reach(posix.join(posix.dirname(file), specifier));
};
reach(setupFile);
for (const file of reached) {
  if (file !== setupFile && registers(file))
    problems.push(`${setupFile} imports ${file}, which registers tags`);
}

/** Source maps resolve: each source's text is inside the map. */
for (const file of [...files].filter((path) => path.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
  const withText = (map.sourcesContent ?? []).filter((content) => typeof content === 'string').length;
  if (withText !== map.sources.length) {
    problems.push(`source map without its sources' text: ${file} (${withText} of ${map.sources.length})`);
  }
}

if (problems.length > 0) {
  console.error(
    `The package is not what it should be:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `package contents: ${files.size} files, ${kib(pack.size)} packed (${kib(pack.unpackedSize)} unpacked), none missing or unexpected.`,
);
