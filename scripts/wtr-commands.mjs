/**
 * wtr commands that every engine of the suite runs, for two that wtr's own give Chromium and Firefox
 * (Puppeteer) but not WebKit (the webdriver launcher): `setViewport` is Puppeteer's and Playwright's
 * only, and `sendKeys` over WebDriver takes `press` and `type` but not `down`/`up`, so no key can be
 * held. A test sends `executeServerCommand('viewport', { width, height })` and
 * `executeServerCommand('press-holding', { hold: ['Shift'], press: 'Tab' })` (see test/support).
 * Under WebDriver both go to the WebKit launcher (`scripts/wtr-webkit.mjs`).
 */
export function crossEngineCommandsPlugin() {
  return {
    name: 'cross-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'webdriver') await session.browser.setViewport({ width, height });
        else await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (command === 'press-holding') {
        const { hold, press } = payload;
        if (session.browser.type === 'webdriver') {
          await session.browser.pressWhileHolding(hold, press);
          return true;
        }
        const { keyboard } = session.browser.getPage(session.id);
        for (const name of hold) await keyboard.down(name);
        await keyboard.press(press);
        for (const name of hold.toReversed()) await keyboard.up(name);
        return true;
      }
      return undefined;
    },
  };
}
