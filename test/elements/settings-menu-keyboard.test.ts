/**
 * Every key of the WAI-ARIA menu-button pattern, pressed as a person presses it (real key events
 * through the browser), on a menu with the host's entries after "My Settings".
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { pressWithShift, SPACE } from '../support/browser.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import { hostEntries, type SettingsMenuHarness } from '../harness/settings-menu.js';
import { mountMenu } from '../support/host-header.js';
import { clearHash } from '../support/page.js';

const MY_SETTINGS = en.menu.mySettings;

/** A key by its name; the space bar is named "Space" in the titles (see `SPACE`). */
async function press(key: string): Promise<void> {
  await sendKeys({ press: key === 'Space' ? SPACE : key });
}

async function focusedAfter(harness: SettingsMenuHarness, label: string): Promise<void> {
  await until(
    () => harness.focusedLabel === label,
    `focus did not reach "${label}" (on "${harness.focusedLabel}")`,
  );
}

describe('<settings-menu> keyboard (APG menu button)', () => {
  let helpChosen = 0;
  let signOutChosen = 0;

  async function readyMenu(href?: string): Promise<SettingsMenuHarness> {
    helpChosen = 0;
    signOutChosen = 0;
    return mountMenu({
      adapter: new MemoryAdapter(),
      ...(href === undefined ? {} : { href }),
      items: hostEntries(
        () => helpChosen++,
        () => signOutChosen++,
      ),
      ready: true,
    });
  }

  async function openWithKeyboard(harness: SettingsMenuHarness): Promise<void> {
    harness.trigger.focus();
    await press('ArrowDown');
    await focusedAfter(harness, MY_SETTINGS);
  }

  afterEach(clearHash);

  describe('on the button', () => {
    for (const key of ['Enter', 'Space', 'ArrowDown']) {
      it(`${key} opens the menu and focuses the first item`, async () => {
        const harness = await readyMenu();
        harness.trigger.focus();
        expect(harness.trigger.getAttribute('aria-expanded')).to.equal('false');
        await press(key);
        await focusedAfter(harness, MY_SETTINGS);
        expect(harness.isOpen).to.equal(true);
        expect(harness.trigger.getAttribute('aria-expanded')).to.equal('true');
      });
    }

    it('ArrowUp opens the menu and focuses the last item', async () => {
      const harness = await readyMenu();
      harness.trigger.focus();
      await press('ArrowUp');
      await focusedAfter(harness, 'Sign out');
      expect(harness.isOpen).to.equal(true);
    });

    it('the items are out of the tab order: Tab from the button skips the closed menu', async () => {
      const harness = await readyMenu();
      expect(harness.items.every((item) => item.tabIndex === -1)).to.equal(true);
      harness.trigger.focus();
      await press('Tab');
      await focusedAfter(harness, 'After');
    });
  });

  describe('in the menu', () => {
    it('ArrowDown moves to the next item in the host order, skipping the separator, and wraps', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      const seen = [harness.focusedLabel];
      for (let step = 0; step < 5; step++) {
        await press('ArrowDown');
        await harness.element.updateComplete;
        seen.push(harness.focusedLabel);
      }
      expect(seen).to.deep.equal([MY_SETTINGS, 'Billing', 'Blog', 'Help', 'Sign out', MY_SETTINGS]);
    });

    it('ArrowUp moves to the previous item and wraps from the first to the last', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('ArrowUp');
      await focusedAfter(harness, 'Sign out');
      await press('ArrowUp');
      await focusedAfter(harness, 'Help');
    });

    it('Home and End go to the first and the last item', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('End');
      await focusedAfter(harness, 'Sign out');
      await press('Home');
      await focusedAfter(harness, MY_SETTINGS);
    });

    it('typing a character moves to the next item starting with it, cycling, case ignored', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('b');
      await focusedAfter(harness, 'Billing');
      await press('b');
      await focusedAfter(harness, 'Blog');
      await press('b');
      await focusedAfter(harness, 'Billing');
      await sendKeys({ type: 'S' });
      await focusedAfter(harness, 'Sign out');
      await press('h');
      await focusedAfter(harness, 'Help');
      await press('m');
      await focusedAfter(harness, MY_SETTINGS);
      await press('z');
      await harness.element.updateComplete;
      expect(harness.focusedLabel, 'no item starts with z: focus stays').to.equal(MY_SETTINGS);
      expect(harness.isOpen).to.equal(true);
    });

    it('Escape closes the menu and returns focus to the button', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('ArrowDown');
      await focusedAfter(harness, 'Billing');
      await press('Escape');
      await until(() => !harness.isOpen, 'Escape did not close the menu');
      expect(harness.triggerFocused, 'focus is back on the button').to.equal(true);
      expect(harness.trigger.getAttribute('aria-expanded')).to.equal('false');
    });

    it('Tab closes the menu and focus moves on to what follows it', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('Tab');
      await focusedAfter(harness, 'After');
      await until(() => !harness.isOpen, 'Tab did not close the menu');
    });

    it('Tab from a host entry closes the menu too', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await press('End');
      await focusedAfter(harness, 'Sign out');
      await press('Tab');
      await focusedAfter(harness, 'After');
      await until(() => !harness.isOpen, 'Tab did not close the menu');
    });

    it('Shift+Tab closes the menu, focus going back to the button', async () => {
      const harness = await readyMenu();
      await openWithKeyboard(harness);
      await pressWithShift('Tab');
      await until(() => harness.triggerFocused, 'focus did not go back to the button');
      await until(() => !harness.isOpen, 'Shift+Tab did not close the menu');
    });
  });

  describe('choosing with the keyboard', () => {
    for (const key of ['Enter', 'Space']) {
      it(`${key} on "My Settings" asks for the settings, closes, and returns focus to the button`, async () => {
        const harness = await readyMenu();
        let requests = 0;
        harness.element.addEventListener('account-settings-requested', () => requests++);
        await openWithKeyboard(harness);
        await press(key);
        await until(() => !harness.isOpen, `${key} did not close the menu`);
        expect(requests).to.equal(1);
        expect(harness.triggerFocused, 'focus is back on the button').to.equal(true);
      });

      it(`${key} on the "My Settings" link follows it`, async () => {
        const harness = await readyMenu('#my-settings');
        await openWithKeyboard(harness);
        await press(key);
        await until(() => location.hash === '#my-settings', `${key} did not follow the link`);
        await until(() => !harness.isOpen, 'the menu stayed open');
      });

      it(`${key} on a host link follows it`, async () => {
        const harness = await readyMenu();
        await openWithKeyboard(harness);
        await press('ArrowDown');
        await focusedAfter(harness, 'Billing');
        await press(key);
        await until(() => location.hash === '#billing', `${key} did not follow the host's link`);
        await until(() => !harness.isOpen, 'the menu stayed open');
      });

      it(`${key} on a host button presses it once, closes, and returns focus to the button`, async () => {
        const harness = await readyMenu();
        await openWithKeyboard(harness);
        await press('h');
        await focusedAfter(harness, 'Help');
        await press(key);
        await until(() => !harness.isOpen, `${key} did not close the menu`);
        expect(helpChosen).to.equal(1);
        expect(signOutChosen).to.equal(0);
        expect(harness.triggerFocused, 'focus is back on the button').to.equal(true);
      });
    }
  });

  it('a hidden host entry is skipped, and one added later joins the order', async () => {
    const harness = await readyMenu();
    harness.element.querySelector<HTMLElement>('a[href="#blog"]')!.hidden = true;
    const status = document.createElement('a');
    status.slot = 'item';
    status.href = '#status';
    status.textContent = 'Status page';
    harness.element.append(status);
    await until(() => status.getAttribute('role') === 'menuitem', 'the new entry did not become a menu item');
    expect(status.tabIndex).to.equal(-1);
    await openWithKeyboard(harness);
    const seen = [harness.focusedLabel];
    for (let step = 0; step < 4; step++) {
      await press('ArrowDown');
      await harness.element.updateComplete;
      seen.push(harness.focusedLabel);
    }
    expect(seen).to.deep.equal([MY_SETTINGS, 'Billing', 'Help', 'Sign out', 'Status page']);
  });
});
