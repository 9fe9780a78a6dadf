// Fails when custom-elements.json differs from what the analyzer makes of the code now, or when
// @wc-toolkit/cem-validator finds it (or package.json's fields for it) unfit for the tools that read it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';
import ts from 'typescript';

// The analyzer resolves --outdir against the working directory, so keep it inside the project.
const outdir = join('node_modules', '.cache', 'cem-check');
rmSync(outdir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh.trim() !== committed.trim()) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');

// What the root entry exports, types included: where a host imports the types an element's
// properties and events name (`AccountAdapter`, `HeadingLevel`, `AccountProfileUpdatedEvent`).
const program = ts.createProgram(['src/index.ts'], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const rootModule = checker.getSymbolAtLocation(program.getSourceFile('src/index.ts'));
const rootExports = checker.getExportsOfModule(rootModule).map((symbol) => symbol.name);
// `<settings-section>`'s `schema` is a zod/mini schema (`z.ZodMiniType`): the host's own zod names it.
const fromDependencies = ['z', 'ZodMiniType'];

// The validator wants each type an element names exported from the element's own module; ours are
// exported from the package's root instead (one import for all of them), so that is where it looks.
const manifest = JSON.parse(committed);
for (const module of manifest.modules) {
  module.exports = [
    ...(module.exports ?? []),
    ...rootExports.map((name) => ({ kind: 'js', name, declaration: { name, module: 'dist/index.js' } })),
    ...fromDependencies.map((name) => ({ kind: 'js', name, declaration: { name, package: 'zod' } })),
  ];
}
try {
  await validateCem(manifest, {
    rules: {
      packageJson: {
        packageType: 'error',
        main: 'error',
        module: 'error',
        types: 'error',
        exports: 'error',
        customElementsProperty: 'error',
        publishedCem: 'error',
      },
      manifest: {
        // The analyzer writes the schema version it follows (1.0.0); the validator asks for the newest.
        schemaVersion: 'off',
        modulePath: 'error',
        definitionPath: 'error',
        typeDefinitionPath: 'error',
        exportTypes: 'error',
        tagName: 'error',
      },
    },
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log('custom-elements.json passes @wc-toolkit/cem-validator.');

// `account-elements/react` (src/react/index.ts) wraps every element, with a prop for each event.
const wrappers = readFileSync('src/react/index.ts', 'utf8');
const unwrapped = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((element) => [
    // By @lit/react's createComponent, or rendered by its tag (React.createElement('tag', …)).
    ...(wrappers.includes(`tagName: '${element.tagName}'`) ||
    new RegExp(`createElement\\(\\s*'${element.tagName}'`).test(wrappers)
      ? []
      : [`<${element.tagName}>`]),
    ...(element.events ?? [])
      .filter((event) => !wrappers.includes(`named(${event.type?.text})`))
      .map((event) => `<${element.tagName}>'s ${event.name}`),
  ]);
if (unwrapped.length > 0) {
  console.error(`src/react/index.ts does not wrap ${unwrapped.join(', ')}.`);
  process.exit(1);
}
console.log('src/react/index.ts wraps every element and event.');
