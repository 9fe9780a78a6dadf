/**
 * `<settings-menu>` with a pointer and with its data: opening and closing, each kind of item, the
 * "My Settings" request and link, the person from the shared store, the loading and failed states,
 * and where the panel lands.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Account } from '../../src/api/index.js';
import { storeFor } from '../../src/core/store.js';
import { AccountSettingsRequestedEvent } from '../../src/events/index.js';
import { itEmulatingMedia, setViewport } from '../support/browser.js';
import { pngBlob } from '../support/images.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import type { SettingsMenuHarness } from '../harness/settings-menu.js';
import { hostEntries } from '../harness/settings-menu.js';
import { mountMenu, type HeaderOptions } from '../support/host-header.js';
import { clearHash } from '../support/page.js';

const MY_SETTINGS = en.menu.mySettings;

function readyMenu(options: HeaderOptions = {}): Promise<SettingsMenuHarness> {
  return mountMenu({ adapter: new MemoryAdapter(), ...options, ready: true });
}

/** A real press at the middle of an element, through the browser's input pipeline. */
async function pressOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

describe('<settings-menu>', () => {
  afterEach(clearHash);

  describe('the gear button', () => {
    it('is a menu button named after the person, with a decorative icon', async () => {
      const harness = await readyMenu();
      const trigger = harness.trigger;
      expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(trigger.getAttribute('aria-controls')).to.equal(harness.menu.id);
      expect(harness.triggerName).to.equal(en.menu.buttonFor('Ada Lovelace'));
      expect(trigger.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      expect(harness.menu.getAttribute('aria-labelledby')).to.equal(trigger.id);
      expect(harness.isOpen).to.equal(false);
    });

    it('opens on a press, focusing the first item, and closes on another', async () => {
      const harness = await readyMenu();
      await pressOn(harness.trigger);
      await until(() => harness.isOpen && harness.focusedLabel === MY_SETTINGS, 'a press did not open it');
      await pressOn(harness.trigger);
      await until(() => !harness.isOpen, 'a second press did not close it');
      expect(harness.triggerFocused, 'focus stays on the button').to.equal(true);
    });

    it('the menu holds only menu items (and separators), each out of the tab order', async () => {
      const harness = await readyMenu({ items: hostEntries() });
      expect(harness.itemLabels).to.deep.equal([MY_SETTINGS, 'Billing', 'Blog', 'Help', 'Sign out']);
      expect(harness.items.every((item) => item.getAttribute('role') === 'menuitem')).to.equal(true);
      expect(harness.items.every((item) => item.tabIndex === -1)).to.equal(true);
      const separator = harness.element.querySelector('hr')!;
      expect(separator.hasAttribute('role'), 'an <hr> keeps its own separator role').to.equal(false);
      expect(separator.tabIndex).to.equal(-1);
    });

    it('keeps a role the host gave an entry', async () => {
      const harness = await readyMenu({
        items: html`<button slot="item" type="button" role="menuitemcheckbox" aria-checked="true">
          Compact view
        </button>`,
      });
      const entry = harness.item('Compact view');
      expect(entry.getAttribute('role')).to.equal('menuitemcheckbox');
      expect(entry.tabIndex).to.equal(-1);
    });
  });

  describe('closing', () => {
    it('a press outside closes it, focus going where the press went', async () => {
      const harness = await readyMenu();
      await harness.open();
      await pressOn(document.getElementById('after')!);
      await until(() => !harness.isOpen, 'a press outside did not close it');
      expect(harness.focusedLabel).to.equal('After');
    });

    it('a press on text outside any control closes it too', async () => {
      const harness = await readyMenu();
      await harness.open();
      await pressOn(document.getElementById('outside')!);
      await until(() => !harness.isOpen, 'a press outside did not close it');
    });

    it("a press on the panel's own text does not close it", async () => {
      const harness = await readyMenu();
      await harness.open();
      await pressOn(harness.find('#person-name'));
      await harness.element.updateComplete;
      expect(harness.isOpen).to.equal(true);
      expect(harness.focusedLabel, 'focus stays on the item').to.equal(MY_SETTINGS);
    });

    it('a press on a host entry is not a press outside', async () => {
      const harness = await readyMenu({ items: hostEntries() });
      await harness.open();
      const separator = harness.element.querySelector('hr')!;
      await pressOn(separator);
      await harness.element.updateComplete;
      expect(harness.isOpen).to.equal(true);
    });

    it('stops listening for presses once closed or removed', async () => {
      const harness = await readyMenu();
      await harness.open();
      harness.element.remove();
      await pressOn(document.body);
      expect(harness.trigger.getAttribute('aria-expanded'), 'nothing happened to a removed menu').to.equal(
        'true',
      );
    });
  });

  describe('"My Settings" without href: a request for the host', () => {
    it('is a button that fires a cancelable, bubbling, composed account-settings-requested', async () => {
      const harness = await readyMenu();
      const item = harness.item(MY_SETTINGS);
      expect(item.localName).to.equal('button');
      const requests: AccountSettingsRequestedEvent[] = [];
      const listener = (event: AccountSettingsRequestedEvent) => requests.push(event);
      document.addEventListener('account-settings-requested', listener);
      try {
        await harness.open();
        await pressOn(item);
        await until(() => requests.length === 1, 'no request');
      } finally {
        document.removeEventListener('account-settings-requested', listener);
      }
      const request = requests[0]!;
      expect(request instanceof AccountSettingsRequestedEvent).to.equal(true);
      expect(request.type).to.equal('account-settings-requested');
      expect([request.bubbles, request.composed, request.cancelable]).to.deep.equal([true, true, true]);
      expect(request.href).to.equal(undefined);
      await until(() => !harness.isOpen, 'choosing it did not close the menu');
      expect(harness.triggerFocused, 'focus is back on the button').to.equal(true);
    });
  });

  describe('"My Settings" with href: a link', () => {
    it('is a link that the browser follows, after the request', async () => {
      const harness = await readyMenu({ href: '#settings' });
      const item = harness.item(MY_SETTINGS);
      expect(item.localName).to.equal('a');
      expect(item.getAttribute('href')).to.equal('#settings');
      const hrefs: (string | undefined)[] = [];
      harness.element.addEventListener('account-settings-requested', (event) => hrefs.push(event.href));
      await harness.open();
      await pressOn(item);
      await until(() => location.hash === '#settings', 'the link was not followed');
      expect(hrefs).to.deep.equal(['#settings']);
      await until(() => !harness.isOpen, 'choosing it did not close the menu');
    });

    it('is not followed when the host calls preventDefault() (its router takes over)', async () => {
      const harness = await readyMenu({ href: '#settings' });
      let routed = 0;
      harness.element.addEventListener('account-settings-requested', (event) => {
        event.preventDefault();
        routed++;
      });
      await harness.open();
      await pressOn(harness.item(MY_SETTINGS));
      await until(() => routed === 1, 'no request');
      await until(() => !harness.isOpen, 'choosing it did not close the menu');
      expect(location.hash, 'no navigation').to.equal('');
    });

    it('a click meant for a new tab is left to the browser: no request', async () => {
      const harness = await readyMenu({ href: '#settings' });
      let requests = 0;
      harness.element.addEventListener('account-settings-requested', () => requests++);
      const item = harness.item(MY_SETTINGS);
      // A plain event, not a real ctrl+click: that would open a tab in the test browser.
      item.addEventListener('click', (event) => event.preventDefault(), { once: true });
      item.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      expect(requests).to.equal(0);
    });

    it('follows a change of href', async () => {
      const harness = await readyMenu();
      harness.element.href = '#elsewhere';
      await harness.element.updateComplete;
      expect(harness.item(MY_SETTINGS).getAttribute('href')).to.equal('#elsewhere');
    });
  });

  describe("the host's entries", () => {
    it('a link is followed and the menu closes', async () => {
      const harness = await readyMenu({ items: hostEntries() });
      await harness.open();
      await pressOn(harness.item('Billing'));
      await until(() => location.hash === '#billing', 'the link was not followed');
      await until(() => !harness.isOpen, 'the menu stayed open');
    });

    it("a button runs the host's handler once, the menu closes and focus returns to the gear", async () => {
      let help = 0;
      const harness = await readyMenu({ items: hostEntries(() => help++) });
      await harness.open();
      await pressOn(harness.item('Help'));
      await until(() => !harness.isOpen, 'the menu stayed open');
      expect(help).to.equal(1);
      expect(harness.triggerFocused).to.equal(true);
    });

    it("focus the host's handler moved elsewhere stays there", async () => {
      const harness = await readyMenu({
        items: html`<button
          slot="item"
          type="button"
          @click=${() => document.getElementById('after')!.focus()}
        >
          Open help
        </button>`,
      });
      await harness.open();
      await harness.choose('Open help');
      await until(() => !harness.isOpen, 'the menu stayed open');
      expect(harness.focusedLabel).to.equal('After');
    });
  });

  describe('the person, from the shared store', () => {
    it('shows the name, the initials and the role', async () => {
      const harness = await readyMenu();
      await harness.open();
      expect(harness.personName).to.equal('Ada Lovelace');
      expect(harness.role).to.equal(en.profile.roleAdmin);
      const avatar = harness.find('#person-avatar');
      expect(avatar.textContent?.trim()).to.equal('AL');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('a member is shown as a member', async () => {
      const harness = await readyMenu({ adapter: new MemoryAdapter({ user: 'member' }) });
      expect(harness.personName).to.equal('Grace Hopper');
      expect(harness.role).to.equal(en.profile.roleMember);
      expect(harness.triggerName).to.equal(en.menu.buttonFor('Grace Hopper'));
    });

    it('follows the store: a new name and picture saved elsewhere show at once', async () => {
      const adapter = new MemoryAdapter();
      const harness = await readyMenu({ adapter });
      const store = storeFor(adapter);
      const account: Account = store.peek('account')!;
      const picture = URL.createObjectURL(await pngBlob(8, 8));
      store.set('account', { ...account, name: 'Ada King', avatarUrl: picture });
      await until(() => harness.personName === 'Ada King', 'the new name did not show');
      expect(harness.triggerName).to.equal(en.menu.buttonFor('Ada King'));
      const image = harness.find<HTMLImageElement>('img#person-avatar');
      expect(image.getAttribute('src')).to.equal(picture);
      expect(image.getAttribute('alt'), 'decoration: the name is next to it').to.equal('');
      URL.revokeObjectURL(picture);
    });

    it('renders a name as text, never as markup', async () => {
      const adapter = new MemoryAdapter();
      const harness = await readyMenu({ adapter });
      const store = storeFor(adapter);
      store.set('account', { ...store.peek('account')!, name: '<img src=x onerror=alert(1)>' });
      await until(() => harness.personName === '<img src=x onerror=alert(1)>', 'the name did not show');
      expect(harness.root.querySelectorAll('img').length).to.equal(0);
    });

    it('a picture address with a scheme it does not trust is not used', async () => {
      const adapter = new MemoryAdapter();
      const harness = await readyMenu({ adapter });
      const store = storeFor(adapter);
      store.set('account', { ...store.peek('account')!, avatarUrl: 'javascript:alert(1)' });
      await harness.element.updateComplete;
      expect(harness.maybe('img')).to.equal(null);
      expect(harness.find('#person-avatar').textContent?.trim()).to.equal('AL');
    });
  });

  describe('loading and failure', () => {
    it('while loading: a small skeleton, a plain button name, and items that work', async () => {
      const harness = await mountMenu({ adapter: new MemoryAdapter({ latency: 60_000 }) });
      expect(harness.triggerName).to.equal(en.menu.button);
      await harness.open();
      const skeleton = harness.skeleton!;
      expect(skeleton.textContent?.trim()).to.equal(en.common.loading);
      expect(harness.find('#person').getAttribute('aria-busy')).to.equal('true');
      let requests = 0;
      harness.element.addEventListener('account-settings-requested', () => requests++);
      await harness.choose(MY_SETTINGS);
      expect(requests).to.equal(1);
    });

    it('after a failed load: said in the panel, and the items still work', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('network', { method: 'getAccount', times: 2 });
      const harness = await mountMenu({ adapter });
      await until(() => harness.notice === en.errors.network, 'the failure was not said');
      expect(harness.triggerName).to.equal(en.menu.button);
      await harness.open();
      let requests = 0;
      harness.element.addEventListener('account-settings-requested', () => requests++);
      await harness.choose(MY_SETTINGS);
      expect(requests).to.equal(1);
    });

    it('opening the menu after a failed load tries again', async () => {
      const adapter = new MemoryAdapter();
      adapter.failNext('network', { method: 'getAccount' });
      const harness = await mountMenu({ adapter });
      await until(() => harness.notice === en.errors.network, 'the failure was not said');
      await harness.open();
      await until(() => harness.personName === 'Ada Lovelace', 'opening did not load again');
      expect(harness.notice).to.equal('');
      expect(harness.triggerName).to.equal(en.menu.buttonFor('Ada Lovelace'));
    });
  });

  describe('placement', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('drops below the button, aligned to its inline end', async () => {
      const harness = await readyMenu();
      await harness.open();
      const button = harness.trigger.getBoundingClientRect();
      const panel = harness.popup.getBoundingClientRect();
      expect(panel.top >= button.bottom, 'below the button').to.equal(true);
      expect(
        Math.abs(panel.right - button.right) < 1,
        `right edges ${panel.right} / ${button.right}`,
      ).to.equal(true);
    });

    it('mirrors right to left: aligned to the left edge of the button', async () => {
      const harness = await readyMenu({ dir: 'rtl' });
      await harness.open();
      const button = harness.trigger.getBoundingClientRect();
      const panel = harness.popup.getBoundingClientRect();
      expect(panel.top >= button.bottom, 'below the button').to.equal(true);
      expect(Math.abs(panel.left - button.left) < 1, `left edges ${panel.left} / ${button.left}`).to.equal(
        true,
      );
    });

    for (const side of ['end', 'start'] as const) {
      it(`stays inside a 320 px viewport with the button at the ${side} of the header`, async () => {
        await setViewport({ width: 320, height: 640 });
        const harness = await readyMenu({ items: hostEntries() });
        const header = harness.element.parentElement!;
        header.style.justifyContent = side === 'end' ? 'flex-end' : 'flex-start';
        header.style.inlineSize = '320px';
        document.getElementById('outside')!.hidden = side === 'start';
        await harness.open();
        const panel = harness.popup.getBoundingClientRect();
        const viewport = document.documentElement.clientWidth;
        expect(
          panel.left >= 0 && panel.right <= viewport,
          `panel ${panel.left}..${panel.right} in 0..${viewport}`,
        ).to.equal(true);
        expect(
          harness.popup.scrollWidth <= harness.popup.clientWidth + 1,
          'nothing scrolls sideways',
        ).to.equal(true);
      });
    }

    itEmulatingMedia('appears without motion when the person asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const harness = await readyMenu();
        await harness.open();
        expect(getComputedStyle(harness.popup).animationDuration).to.equal('0s');
        expect(
          getComputedStyle(harness.trigger)
            .transitionDuration.split(', ')
            .every((d) => d === '0s'),
        ).to.equal(true);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
