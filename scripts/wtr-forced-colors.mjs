/**
 * The wtr command `emulate-forced-colors`, which the built-in `emulateMedia` lacks: Windows high
 * contrast (`forced-colors: active`), emulated in Chromium over CDP. A test sends
 * `executeServerCommand('emulate-forced-colors', { active: true })`, and `{ active: false }` after.
 * Firefox, driven over WebDriver BiDi, has no media emulation: there the command fails.
 */

/** One CDP session per page, kept open: an emulation set through a session ends when it detaches. */
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`forced-colors cannot be emulated in ${session.browser.name}: it needs CDP.`);
      }
      const page = session.browser.getPage(session.id);
      // Over WebDriver BiDi (Firefox) this throws: CDP is required.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // An empty value removes the emulation.
      const value = payload?.active ? 'active' : '';
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value }],
      });
      return true;
    },
  };
}
