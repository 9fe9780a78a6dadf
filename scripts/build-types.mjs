// `npm run build`, after Vite: the declarations a host's TypeScript reads, and the editor and
// framework types made from custom-elements.json.
//
// 1. tsc writes a declaration for every source file, outside dist/ (a temporary folder; not under
//    node_modules, where rollup-plugin-dts would take every file for a package's and leave it out).
// 2. rollup-plugin-dts rolls them up per public entry: `dist/<entry>.d.ts` beside `dist/<entry>.js`,
//    what two entries share in `dist/types/`. Nothing else is shipped, so no test, demo, kit or
//    internal module has a declaration of its own in the package.
// 3. The community's generators turn custom-elements.json into JSX types (React, Preact, Solid),
//    Vue's GlobalComponents, VS Code custom data and JetBrains web-types, under `dist/`; Svelte's
//    element types are written here, from the same manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const declarations = mkdtempSync(join(tmpdir(), 'account-elements-declarations-'));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// 1. Every source file's declaration

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', declarations], {
  cwd: root,
  stdio: 'inherit',
});

// ---------------------------------------------------------------------------------------------
// 2. One declaration file per public entry, named by package.json's `exports`

/** The source of a built entry, by the library build's naming (vite.config.ts). */
function sourceOf(jsPath) {
  const path = jsPath.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
  const candidates = [
    path.replace(/^elements\/([^/]+)$/, 'elements/$1/$1'),
    path.replace(/^locales\//, 'i18n/'),
    path,
    `${path}/index`,
  ];
  const found = candidates.find((candidate) => existsSync(join(root, 'src', `${candidate}.ts`)));
  if (!found) throw new Error(`No source in src/ for ${jsPath} (tried ${candidates.join(', ')}).`);
  return join(declarations, `${found}.d.ts`);
}

const input = {};
for (const [subpath, target] of Object.entries(packageJson.exports)) {
  if (typeof target !== 'object' || !target.types || !target.default) continue;
  const name = target.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '');
  if (target.default.replace(/\.js$/, '') !== `./dist/${name}`) {
    throw new Error(`exports["${subpath}"]: types should sit beside the code, as ${target.default}'s .d.ts.`);
  }
  input[name] = sourceOf(target.default);
}

const bundle = await rollup({
  input,
  plugins: [dts()],
  // Packages stay imports: a host has lit, zod and the rest installed beside this package.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  onwarn(warning, warn) {
    // Declarations import types only, which rollup cannot tell from code: it says so, harmlessly.
    if (warning.code === 'UNUSED_EXTERNAL_IMPORT') return;
    warn(warning);
  },
});
await bundle.write({
  dir: join(root, 'dist'),
  format: 'es',
  entryFileNames: '[name].d.ts',
  chunkFileNames: 'types/[name]-[hash].d.ts',
});
await bundle.close();
rmSync(declarations, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// 3. Editor and framework types, generated from the manifest

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const quiet = (generate) => {
  // The generators log a line per file; the build's output stays Vite's and tsc's.
  const log = console.log;
  console.log = () => {};
  try {
    generate();
  } finally {
    console.log = log;
  }
};

// JSX (React 19, Preact, Solid): `CustomElements` and `CustomElementsSolidJs` for a host's
// `IntrinsicElements`; the classes' types come from the root entry.
quiet(() =>
  generateJsxTypes(structuredClone(manifest), {
    outdir: join(root, 'dist/jsx'),
    fileName: 'custom-elements-jsx.d.ts',
    globalTypePath: '../index.js',
    stronglyTypedEvents: true,
    useCemTypes: false,
  }),
);
// The generator imports the element classes but not the event classes its handlers name.
const eventTypes = [
  ...new Set(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        (declaration.events ?? []).map((event) => event.type?.text),
      ),
    ),
  ),
].filter(Boolean);
const jsxFile = join(root, 'dist/jsx/custom-elements-jsx.d.ts');
const jsx = readFileSync(jsxFile, 'utf8');
const importsElements = /^} from "\.\.\/index\.js";$/m;
if (!importsElements.test(jsx))
  throw new Error('The JSX types no longer import from "../index.js": check the generator.');
writeFileSync(
  jsxFile,
  jsx.replace(importsElements, `${eventTypes.map((name) => `  ${name},\n`).join('')}} from "../index.js";`),
);

writeFileSync(
  join(root, 'dist/jsx/react.d.ts'),
  `// React 19: \`import type {} from 'account-elements/jsx/react'\` once makes the tags known to JSX.
import type { CustomElements, CustomCssProperties } from './custom-elements-jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  interface CSSProperties extends CustomCssProperties {}
}
`,
);
writeFileSync(
  join(root, 'dist/jsx/preact.d.ts'),
  `// Preact: \`import type {} from 'account-elements/jsx/preact'\` once makes the tags known to JSX.
import type { CustomElements } from './custom-elements-jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync(
  join(root, 'dist/jsx/solid.d.ts'),
  `// Solid: \`import type {} from 'account-elements/jsx/solid'\` once makes the tags known to JSX
// (with Solid's \`prop:\`, \`attr:\`, \`bool:\` and \`on:\` prefixes). Solid 1.9 declares JSX in its
// JSX runtime (what \`jsxImportSource: "solid-js"\` reads); older versions in \`solid-js\` itself.
import type { CustomElementsSolidJs } from './custom-elements-jsx.js';

declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}
`,
);

// Vue 3: the tags as `GlobalComponents`, for Volar and vue-tsc.
quiet(() =>
  generateVuejsTypes(structuredClone(manifest), {
    outdir: join(root, 'dist/vue'),
    fileName: 'index.d.ts',
    globalTypePath: '../index.js',
  }),
);
// The generator imports each element's event types beside it; `<account-settings>` carries its
// sections' events too, so a name would be imported twice, which TypeScript refuses.
const vueFile = join(root, 'dist/vue/index.d.ts');
const vueTypes = readFileSync(vueFile, 'utf8');
const vueImports = /^import type \{\n([\s\S]*?)\} from "\.\.\/index\.js";$/m;
const imported = vueImports.exec(vueTypes);
if (!imported) throw new Error('The Vue types no longer import from "../index.js": check the generator.');
const names = [
  ...new Set(
    imported[1]
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  ),
];
writeFileSync(
  vueFile,
  vueTypes.replace(
    vueImports,
    `import type {\n${names.map((name) => `  ${name},`).join('\n')}\n} from "../index.js";`,
  ),
);

// Svelte 5: each tag's attributes, properties and `on<event>` handlers added to `svelte/elements`'
// SvelteHTMLElements, so svelte-check catches a typo'd attribute and types a handler's event. The
// community generator writes Svelte 4's `on:` and wraps each event in a CustomEvent, which ours are
// not; what Svelte needs is short enough to write from the manifest directly.
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);
const svelteTypes = elements.map((element) => {
  const props = new Map();
  for (const attribute of element.attributes ?? []) {
    if (attribute.fieldName) props.set(attribute.name, `${element.name}['${attribute.fieldName}']`);
  }
  for (const member of element.members ?? []) {
    if (
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy ?? 'public') === 'public'
    )
      props.set(member.name, `${element.name}['${member.name}']`);
  }
  for (const event of element.events ?? []) {
    if (event.type?.text) props.set(`on${event.name}`, `(event: ${event.type.text}) => void`);
  }
  const lines = [...props].map(([name, type]) => `      '${name}'?: ${type};`);
  return `    '${element.tagName}': HTMLAttributes<${element.name}> & {\n${lines.join('\n')}\n    };`;
});
const svelteImports = [
  ...new Set(
    elements.flatMap((element) => [element.name, ...(element.events ?? []).map((event) => event.type?.text)]),
  ),
].filter(Boolean);
mkdirSync(join(root, 'dist/svelte'), { recursive: true });
writeFileSync(
  join(root, 'dist/svelte/index.d.ts'),
  `// Svelte 5: \`import type {} from 'account-elements/svelte'\` once (in a .d.ts of the app) makes the
// tags, their attributes and their events known to svelte-check.
import type { HTMLAttributes } from 'svelte/elements';
import type {
${svelteImports.map((name) => `  ${name},`).join('\n')}
} from '../index.js';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${svelteTypes.join('\n')}
  }
}

export {};
`,
);

// VS Code: HTML and CSS custom data (tags, attributes and their values, the --ae-* tokens).
quiet(() =>
  generateVsCodeCustomElementData(structuredClone(manifest), {
    outdir: join(root, 'dist/vscode'),
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    // The resolved types (`1 | 2 | 3 | 4 | 5 | 6`) become the attribute values an editor offers.
    typesSrc: 'parsedType',
  }),
);

// JetBrains IDEs: web-types, found through package.json's "web-types".
quiet(() =>
  generateJetBrainsWebTypes(structuredClone(manifest), {
    outdir: join(root, 'dist'),
    webTypesFileName: 'web-types.json',
    typesSrc: 'parsedType',
    // package.json names the file itself ("web-types"); the build never edits package.json.
    packageJson: false,
  }),
);

for (const file of [
  'jsx/custom-elements-jsx.d.ts',
  'vue/index.d.ts',
  'svelte/index.d.ts',
  'vscode/vscode.html-custom-data.json',
  'web-types.json',
]) {
  if (!existsSync(join(root, 'dist', file))) throw new Error(`The generator did not write dist/${file}.`);
}
console.log('declarations and editor types written to dist/');
