/**
 * `custom-elements.json` is generated from the elements' JSDoc; CI checks it is up to date.
 *
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

export default {
  globs: ['src/elements/**/*.component.ts', 'src/core/account-provider.ts', 'src/core/account-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [eventTypesFromDispatches()],
};
