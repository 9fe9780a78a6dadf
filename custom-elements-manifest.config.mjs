/**
 * `custom-elements.json` is generated from the elements' JSDoc; CI checks it is up to date
 * (`npm run analyze:check`) and valid for the tools that read it (@wc-toolkit/cem-validator).
 *
 * What the analyzer reads: each element's class, the file that registers its tag, and the base
 * classes they inherit attributes and properties from. The plugins below then make it the manifest
 * of the package as shipped: each event with its class, every design token as a CSS property with
 * its default, types resolved to what a host may pass, and modules named by the files in `dist/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/** `src/elements/<tag>/<tag>.ts`: the file that registers `<tag>`, built to `dist/elements/<tag>.js`. */
const registeringFiles = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/${entry.name}.ts`))
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

const componentFiles = readdirSync('src/elements', { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.component.ts'))
  .map((entry) => posix.join(entry.parentPath ?? entry.path, entry.name));

/** The classes every element inherits from: not shipped as modules of their own, read for inheritance. */
const baseClassFiles = [
  'src/core/account-provider.ts',
  'src/core/account-element.ts',
  'src/kit/section-element.ts',
  'src/kit/settings/settings-element.ts',
];

const files = [...componentFiles, ...registeringFiles, ...baseClassFiles].sort();

/**
 * The analyzer also reads `this.dispatchEvent(new AccountXxxEvent(arg))` and names the event after
 * `arg`. The plugin below turns such a sighting into the type of the event the JSDoc's `@fires`
 * documents (`AccountXxxEvent` is `account-xxx`), so each event is listed once, with its class.
 */
function eventTypesFromDispatches() {
  const eventNameOf = (className) =>
    className
      .replace(/Event$/, '')
      .replace(/[A-Z]/g, (letter, index) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`);
  return {
    name: 'event-types-from-dispatches',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const documented = declaration.events.filter((event) => event.description !== undefined);
          for (const sighting of declaration.events.filter((event) => event.description === undefined)) {
            const className = sighting.type?.text;
            const match = className && documented.find((event) => event.name === eventNameOf(className));
            if (match) match.type = { text: className };
          }
          declaration.events = documented;
        }
      }
    },
  };
}

/**
 * `<account-settings>` is its sections' parent, and their events bubble out of it (they are
 * composed), so a host listens for them there: its manifest entry lists every built-in section's
 * events, and the framework types made from it give `<account-settings>` their handlers. The
 * sections are read from `BUILT_IN_SECTIONS`, so the list cannot drift.
 */
function sectionEventsOnThePage() {
  const sections = [
    ...readFileSync('src/elements/account-settings/sections.ts', 'utf8').matchAll(/\btag: '([a-z-]+)'/g),
  ].map(([, tag]) => tag);
  return {
    name: 'section-events-on-the-page',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const page = declarations.find((declaration) => declaration.tagName === 'account-settings');
      if (!page) throw new Error('No <account-settings> in the manifest.');
      const own = new Set((page.events ?? []).map((event) => event.name));
      for (const tag of sections) {
        const section = declarations.find((declaration) => declaration.tagName === tag);
        if (!section)
          throw new Error(`BUILT_IN_SECTIONS names <${tag}>, which the manifest does not describe.`);
        for (const event of section.events ?? []) {
          if (own.has(event.name)) continue;
          own.add(event.name);
          page.events = [
            ...(page.events ?? []),
            { ...event, description: `${event.description} (from <${tag}>, bubbling out of the page)` },
          ];
        }
      }
    },
  };
}

/**
 * Tags are registered with our `define(tag, Class)` (src/core/define.ts, which tolerates a second
 * copy of the library), not `customElements.define`, so the analyzer does not see them: this turns
 * each such call into the `custom-element-definition` export the analyzer would have written.
 */
function definitionsFromDefineCalls() {
  return {
    name: 'definitions-from-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'define'
      )
        return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const from = importPathOf(ts, node.getSourceFile(), element.text);
      const module = from ? sourcePathOf(posix.join(posix.dirname(moduleDoc.path), from)) : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
  };
}

/** The relative path a file imports `name` from, if it imports it. */
function importPathOf(ts, sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (
      bindings &&
      ts.isNamedImports(bindings) &&
      bindings.elements.some((element) => element.name.text === name)
    ) {
      return statement.moduleSpecifier.text;
    }
  }
  return undefined;
}

/** `src/x/y.js` (as imported) or `/src/x/y.js` (as the analyzer writes it) is the source `src/x/y.ts`. */
const sourcePathOf = (path) => posix.normalize(path).replace(/^\//, '').replace(/\.js$/, '.ts');

/**
 * Every public `--ae-*` token of `src/ui/tokens.ts`, with its default, as a CSS property of every
 * element: any of them themes any element (the tokens are inherited custom properties), so listing
 * them by hand in each JSDoc would only let the lists drift. The table is read from the source with
 * the TypeScript parser, as the analyzer reads everything else; a token's description is its "Used
 * for" cell in docs/theming.md, and an element's own `@cssprop` line, when it has one, says more.
 */
function designTokens() {
  return {
    name: 'design-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = readTokens();
      for (const declaration of customElementsManifest.modules.flatMap(
        (module) => module.declarations ?? [],
      )) {
        if (!declaration.customElement) continue;
        const own = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
        // An element's properties of its own (not tokens) follow the tokens.
        const ownOnly = [...own.values()].filter(
          (property) => !tokens.some((token) => token.name === property.name),
        );
        declaration.cssProperties = [
          ...tokens.map((token) => ({
            ...token,
            ...(own.get(token.name)?.description ? { description: own.get(token.name).description } : {}),
          })),
          ...ownOnly,
        ];
      }
    },
  };
}

/**
 * The type parser (above) writes `parsedType` beside each declared type. Kept where it tells a host
 * more than the name: a union of literals (`HeadingLevel` is `1 | 2 | 3 | 4 | 5 | 6`, in order).
 * An object's expansion (an adapter's thirty methods, each `{ }`) says less than its exported name.
 */
function readableParsedTypes() {
  const isNumber = (part) => /^-?\d+(\.\d+)?$/.test(part);
  const readable = (text) => {
    const parts = text.split(' | ');
    const numbers = parts.filter(isNumber).sort((a, b) => Number(a) - Number(b));
    return [...numbers, ...parts.filter((part) => !isNumber(part))].join(' | ');
  };
  return {
    name: 'readable-parsed-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap(
        (module) => module.declarations ?? [],
      )) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (!item.parsedType) continue;
          const text = readable(item.parsedType.text);
          if (text.includes('{') || text === item.type?.text) delete item.parsedType;
          else item.parsedType = { text };
        }
      }
    },
  };
}

// The type parser warns of every type it leaves as written (DOM and object types, too deep to spell
// out); those are the ones `readableParsedTypes` drops anyway, so the warning is only noise here.
const warn = console.warn;
console.warn = (...args) => {
  if (typeof args[1] === 'string' && args[1].startsWith('[type-parser] - Skipped parsing type')) return;
  warn(...args);
};

let typescript;
/** The analyzer hands `ts` to the analyze phase only; remember it for the link phase. */
function rememberTypeScript() {
  return {
    name: 'remember-typescript',
    analyzePhase({ ts }) {
      typescript = ts;
    },
  };
}

function readTokens() {
  const ts = typescript;
  const path = 'src/ui/tokens.ts';
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let table;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'tokens') {
      let value = node.initializer;
      while (value && !ts.isObjectLiteralExpression(value)) value = value.expression;
      table = value;
    }
    node.forEachChild(visit);
  });
  if (!table) throw new Error(`No \`tokens\` table in ${path}.`);
  const usedFor = new Map(
    [...readFileSync('docs/theming.md', 'utf8').matchAll(/^\| `(--ae-[\w-]+)` \|.*\| ([^|]+?) \|$/gm)].map(
      ([, name, description]) => [name, description],
    ),
  );
  return table.properties.map((property) => {
    const name = `--ae-${property.name.text}`;
    const value = property.initializer;
    // A colour is `[light, dark]`, resolved by the colour scheme in effect (as tokenDefault() writes it).
    const initial = ts.isArrayLiteralExpression(value)
      ? `light-dark(${value.elements.map((element) => element.text).join(', ')})`
      : value.text;
    return {
      name,
      syntax: '*',
      default: initial,
      description: usedFor.get(name) ?? 'A design token: see docs/theming.md.',
    };
  });
}

/**
 * The manifest describes the package as a host installs it: each element's module is the file that
 * registers it, `dist/elements/<tag>.js` (`account-elements/<tag>.js`), which exports its class and
 * defines its tag. The classes they inherit from are internal (in shared chunks, no stable path): their
 * members stay on each element, marked `inheritedFrom` by class name, and their own modules are left out.
 * Private and protected members are left out too: no host can use them.
 */
function shippedModules() {
  return {
    name: 'shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      const bySource = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      const shipped = new Map(); // source module of a public class -> its dist path
      const modules = [];
      for (const registering of customElementsManifest.modules.filter((module) =>
        registeringFiles.includes(module.path),
      )) {
        const path = `dist/elements/${posix.basename(registering.path, '.ts')}.js`;
        const definitions = (registering.exports ?? []).filter(
          (entry) => entry.kind === 'custom-element-definition',
        );
        if (definitions.length !== 1) throw new Error(`${registering.path} should define exactly one tag.`);
        const { name, module: source } = definitions[0].declaration;
        const declaration = bySource
          .get(sourcePathOf(source))
          ?.declarations?.find((candidate) => candidate.name === name);
        if (!declaration)
          throw new Error(`${registering.path} defines ${name}, which the manifest does not describe.`);
        shipped.set(sourcePathOf(source), path);
        modules.push({
          kind: 'javascript-module',
          path,
          declarations: [declaration],
          exports: registering.exports,
        });
      }
      const reference = (ref) => {
        if (!ref?.module) return ref;
        const path = shipped.get(sourcePathOf(ref.module));
        const { module: _internal, ...byName } = ref;
        return path ? { ...ref, module: path } : byName;
      };
      for (const module of modules) {
        module.exports = module.exports.map((entry) => ({
          ...entry,
          declaration: { ...entry.declaration, module: module.path },
        }));
        for (const declaration of module.declarations) {
          if (declaration.superclass) declaration.superclass = reference(declaration.superclass);
          // Private and protected members are the implementation's (no host subclasses the elements).
          declaration.members = declaration.members?.filter(
            (member) => member.privacy === undefined || member.privacy === 'public',
          );
          for (const kind of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[kind] ?? []) {
              if (item.inheritedFrom) item.inheritedFrom = reference(item.inheritedFrom);
            }
          }
        }
      }
      customElementsManifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: files,
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // The type parser needs the TypeScript checker, so the analyzer reads the files from a program.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.endsWith(`/${glob}`)));
  },
  plugins: [
    rememberTypeScript(),
    eventTypesFromDispatches(),
    sectionEventsOnThePage(),
    definitionsFromDefineCalls(),
    // `HeadingLevel` becomes `1 | 2 | 3 | 4 | 5 | 6` (as `parsedType`, beside the declared type).
    typeParserPlugin(),
    readableParsedTypes(),
    designTokens(),
    shippedModules(),
  ],
};
