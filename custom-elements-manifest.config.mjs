/** `custom-elements.json` is generated from the elements' JSDoc; CI checks it is up to date. */
export default {
  globs: ['src/elements/**/*.component.ts', 'src/core/account-provider.ts', 'src/core/account-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
