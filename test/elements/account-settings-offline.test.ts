/**
 * A section below the first view whose code cannot be fetched (offline): its placeholder says so,
 * with "Try again", and it is fetched again by itself once the browser is back online. The loader
 * of a section is swapped for one that imports a module URL that does not exist, as a fetch fails
 * offline; this file's page has defined none of those sections yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { BUILT_IN_SECTIONS, type BuiltInSection } from '../../src/elements/account-settings/sections.js';
import { en } from '../../src/i18n/index.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { text, until } from '../harness/element-harness.js';
import { backend } from '../support/recording-adapter.js';

/** A module that is not there: importing it fails as a fetch does offline. */
const MISSING = '/test/elements/pages/not-there.js';

function failing(id: string): { section: BuiltInSection; restore: () => void } {
  const section = BUILT_IN_SECTIONS.find((candidate) => candidate.id === id)!;
  const load = section.load;
  section.load = () => import(/* @vite-ignore */ MISSING);
  return { section, restore: () => (section.load = load) };
}

async function page(): Promise<AccountSettingsHarness> {
  const root = await fixture<HTMLElement>(html`
    <account-provider .adapter=${backend()}><account-settings></account-settings></account-provider>
  `);
  const element = root.querySelector<AccountSettings>('account-settings')!;
  await element.updateComplete;
  return new AccountSettingsHarness(element);
}

function failure(harness: AccountSettingsHarness, id: string): string {
  return text(harness.placeholder(id)?.querySelector('[role="alert"] p'));
}

describe('<account-settings>: a section whose code cannot be fetched', function () {
  this.timeout(30_000);

  it('says so in its place, tries again when asked and when the browser is back online', async () => {
    const plan = failing('plan');
    const email = failing('email');
    try {
      const harness = await page();
      for (const id of ['plan', 'email']) {
        await until(
          () => failure(harness, id) === en.settings.sectionUnavailable,
          `no failure shown for ${id}`,
        );
        expect(harness.placeholder(id)!.querySelector('[aria-busy="true"]'), 'no longer busy').to.equal(null);
      }
      expect(harness.arrived('plan')).to.equal(false);

      // Still offline: "Try again" fails again, and says so again.
      harness.placeholderButton('plan', en.common.retry).click();
      await until(() => failure(harness, 'plan') === en.settings.sectionUnavailable, 'the failure again');

      // Back online: the one asked for again by hand, the other by itself.
      plan.restore();
      email.restore();
      harness.placeholderButton('plan', en.common.retry).click();
      await until(() => harness.arrived('plan'), 'Try again did not fetch the section');
      expect(harness.arrived('email'), 'fetched before the browser was back online').to.equal(false);
      dispatchEvent(new Event('online'));
      await until(() => harness.arrived('email'), 'the section was not fetched once back online');
      await harness.allShowData();
      expect(harness.placeholder('plan'), 'the placeholder stayed').to.equal(null);
      expect(harness.placeholder('email'), 'the placeholder stayed').to.equal(null);
    } finally {
      plan.restore();
      email.restore();
    }
  });
});
