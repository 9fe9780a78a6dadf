import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { loadLocale } from '../../src/i18n/index.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { setViewport } from '../support/browser.js';

type Section = HTMLElement & { updateComplete?: Promise<unknown> };

async function page(locale: string): Promise<AccountSettingsHarness> {
  // Loaded first, so the page renders in its language from the start.
  await loadLocale(locale);
  const provider = await fixture<HTMLElement>(html`
    <account-provider locale=${locale} .adapter=${new MemoryAdapter({ reverify: [] })}>
      <account-settings></account-settings>
    </account-provider>
  `);
  const harness = new AccountSettingsHarness(provider.querySelector<AccountSettings>('account-settings')!);
  await harness.allReady();
  return harness;
}

function shadowOf(section: Section, selector: string): HTMLElement {
  const found =
    section.shadowRoot?.querySelector<HTMLElement>(selector) ?? section.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${section.localName}> has no ${selector}`);
  return found;
}

/** The cards (and open dialogs) wider than their box, as "tag: scroll > client". */
function overflowing(harness: AccountSettingsHarness): string[] {
  const wide: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) wide.push(`the page: ${root.scrollWidth} > ${root.clientWidth}`);
  if (harness.element.scrollWidth > harness.element.clientWidth) wide.push('account-settings');
  for (const section of harness.sections()) {
    if (section.hidden) continue;
    for (const box of section.shadowRoot!.querySelectorAll<HTMLElement>('section, dialog[open]')) {
      if (box.scrollWidth > box.clientWidth)
        wide.push(`${section.localName} ${box.localName}: ${box.scrollWidth} > ${box.clientWidth}`);
    }
  }
  return wide;
}

async function click(section: Section, id: string): Promise<void> {
  shadowOf(section, `#${id}`).click();
  await section.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The new number's fields are fetched when the change first opens. */
async function newNumberField(harness: AccountSettingsHarness): Promise<void> {
  const cell = harness.section('cell');
  await waitUntil(() => cell.shadowRoot!.querySelector('input[type="tel"]'), 'no field for the new number');
  await cell.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('the page in other languages', () => {
  describe('at 360 px', () => {
    before(() => setViewport({ width: 360, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const locale of ['de', 'es', 'ar']) {
      it(`in ${locale}, no card scrolls sideways, closed or open`, async () => {
        const harness = await page(locale);
        expect(overflowing(harness), 'as loaded').to.deep.equal([]);

        // Each flow open: the forms that replace a summary, then each dialog on its own.
        await click(harness.section('cell'), 'phone-change');
        await newNumberField(harness);
        await click(harness.section('email'), 'change-email');
        await click(harness.section('password'), 'change-button');
        expect(overflowing(harness), 'with the forms open').to.deep.equal([]);

        for (const [id, button] of [
          ['plan', 'upgrade-button'],
          ['api-key', 'regenerate-button'],
          ['delete', 'delete-button'],
        ] as const) {
          const section = harness.section(id);
          await click(section, button);
          await waitUntil(
            () => section.shadowRoot!.querySelector('dialog[open]') !== null,
            `${id}: no dialog`,
          );
          expect(overflowing(harness), `with the ${id} dialog open`).to.deep.equal([]);
          section.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]')!.close();
        }
      });
    }
  });

  describe('in Arabic on an Arabic page', () => {
    const { lang, dir } = document.documentElement;
    before(() => Object.assign(document.documentElement, { lang: 'ar', dir: 'rtl' }));
    after(() => Object.assign(document.documentElement, { lang, dir }));

    it('mirrors every card, and keeps numbers, addresses and keys left to right', async () => {
      const harness = await page('ar');
      // The page says the language and direction: the elements add nothing of their own.
      expect(harness.element.hasAttribute('lang') || harness.element.hasAttribute('dir')).to.equal(false);
      const directions = harness
        .sections()
        .filter((section) => !section.hidden)
        .map((section) => `${section.localName} ${getComputedStyle(shadowOf(section, 'section')).direction}`);
      expect(
        directions.every((said) => said.endsWith(' rtl')),
        directions.join(', '),
      ).to.equal(true);

      const leftToRight = (section: string, selector: string) =>
        getComputedStyle(shadowOf(harness.section(section), selector)).direction;
      expect(leftToRight('cell', '#current-number'), 'the cell number').to.equal('ltr');
      expect(leftToRight('email', '#current-email bdi'), 'the email').to.equal('ltr');
      expect(leftToRight('api-key', '#key'), 'the API key').to.equal('ltr');
      expect(leftToRight('profile', 'input[autocomplete="username"]'), 'the username').to.equal('ltr');

      // What a person types as free text reads in its own direction: a Latin signature stays LTR.
      expect(leftToRight('texts', 'textarea')).to.equal('ltr');
      await click(harness.section('cell'), 'phone-change');
      await newNumberField(harness);
      expect(leftToRight('cell', 'input[type="tel"]'), 'the new number').to.equal('ltr');
    });
  });
});
