// The light-DOM form's style sheets (see src/kit/light-form.ts), scoped ahead of time. The shadow
// root's sheets do not reach a form in the element's light DOM, so the form gets copies of them
// with every selector put under the form's class. Made here, once, as modules committed beside
// their sources, the page parses each copy once and the library build and the test runner (which
// runs `src` through esbuild, without Vite's plugins) load the very same text.
//
// What is scoped: rules for `:host` are left out (the element sets those on itself and the form
// inherits them); keyframes stay global, where the form's animations look them up; rules inside
// @media, @supports, @container and @layer blocks are scoped inside their block; anything else
// (@font-face, @property, @import) is left out.
//
//   node scripts/scoped-styles.mjs           writes the modules
//   node scripts/scoped-styles.mjs --check   fails when one is missing or out of date (npm run lint)
import { build } from 'esbuild';
import postcss from 'postcss';
import * as prettier from 'prettier';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each module of styles the form needs, the exports to scope, and the module written beside it. */
const SCOPED = [
  {
    source: 'src/kit/styles.ts',
    exports: ['lightFormStyles'],
    output: 'src/kit/styles.scoped.ts',
  },
  {
    source: 'src/elements/password-settings/password-form.styles.ts',
    exports: ['passwordFormStyles'],
    output: 'src/elements/password-settings/password-form.styles.scoped.ts',
  },
];

/** The form's class, and the style sheets as Lit made them, read by running the sources in Node. */
async function loadSources() {
  const lines = [
    `export { LIGHT_FORM_CLASS } from './src/kit/light-form.ts';`,
    ...SCOPED.map(
      ({ source, exports }, index) =>
        `export { ${exports.map((name) => `${name} as s${index}_${name}`).join(', ')} } from './${source}';`,
    ),
  ];
  // The modules this script writes are imported by the sources it reads (light-form.ts): they
  // stand in empty here, so what is made never depends on what was made last time.
  const madeHere = {
    name: 'made-here',
    setup(build) {
      build.onResolve({ filter: /\.scoped\.js$/ }, ({ path, resolveDir }) => ({
        path: relative(root, resolve(resolveDir, path)).replace(/\.js$/, '.ts'),
        namespace: 'made-here',
      }));
      build.onLoad({ filter: /.*/, namespace: 'made-here' }, ({ path }) => {
        const made = SCOPED.find((entry) => entry.output === path);
        if (!made) throw new Error(`${path} is not one of the modules this script makes`);
        return {
          contents: made.exports.map((name) => `export const ${scopedName(name)} = undefined;`).join('\n'),
        };
      });
    },
  };
  const bundled = await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: [madeHere],
  });
  const code = bundled.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** A Lit `CSSResultGroup` (a sheet, or nested lists of them) as one text, in order. */
function cssTextOf(group) {
  return Array.isArray(group) ? group.map(cssTextOf).join('\n') : group.cssText;
}

const GROUPING = new Set(['media', 'supports', 'container', 'layer']);

/** Every rule of `css` put under `scope`, as the header of this file says. */
function scope(css, scopeSelector) {
  const tree = postcss.parse(css);
  const visit = (container) => {
    container.each((node) => {
      if (node.type === 'comment') node.remove();
      else if (node.type === 'rule') {
        if (node.selector.includes(':host')) node.remove();
        else node.selectors = node.selectors.map((selector) => `${scopeSelector} ${selector}`);
      } else if (node.type === 'atrule') {
        if (node.name === 'keyframes') return;
        if (!GROUPING.has(node.name) || !node.nodes) {
          node.remove();
          return;
        }
        visit(node);
        if (node.nodes.length === 0) node.remove();
      }
    });
  };
  visit(tree);
  tree.raws.after = '\n';
  return tree.toString().trim();
}

/** The text inside a template literal: what it reads, cooked, is `text`. */
function templateText(text) {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

const scopedName = (name) => `scoped${name[0].toUpperCase()}${name.slice(1)}`;

async function moduleText({ source, exports, output }, index, modules) {
  const scopeSelector = `.${modules.LIGHT_FORM_CLASS}`;
  const sheets = exports.map((name) => {
    const css = scope(cssTextOf(modules[`s${index}_${name}`]), scopeSelector);
    return `/** \`${name}\` of ${source}, under \`${scopeSelector}\`, for the light-DOM form. */
export const ${scopedName(name)} = css\`
${templateText(css)}
\`;`;
  });
  const text = `// Made by scripts/scoped-styles.mjs from ${source} (and the sheets it gathers): run
// \`npm run styles\` after changing them, and never edit this file (\`npm run lint\` fails when it is
// out of date).
import { css } from 'lit';

${sheets.join('\n\n')}
`;
  const options = await prettier.resolveConfig(join(root, output));
  return prettier.format(text, { ...options, filepath: join(root, output) });
}

const check = process.argv.includes('--check');
const modules = await loadSources();
const stale = [];
for (const [index, entry] of SCOPED.entries()) {
  const path = join(root, entry.output);
  const text = await moduleText(entry, index, modules);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(entry.output);
  else {
    writeFileSync(path, text);
    console.log(`written: ${entry.output}`);
  }
}
if (stale.length > 0) {
  console.error(
    `Out of date with the styles they are made from: ${stale.join(', ')}. Run \`npm run styles\`.`,
  );
  process.exit(1);
}
