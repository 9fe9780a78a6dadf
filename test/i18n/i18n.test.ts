import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { configure } from '../../src/core/configure.js';
import '../../src/elements/account-profile/account-profile.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountProfile } from '../../src/elements/account-profile/account-profile.component.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import {
  catalogFor,
  en,
  formatDate,
  formatDuration,
  formatMoney,
  formatNumber,
  formatRelative,
  isUsableLocale,
  numberFormat,
  registerLocale,
  type Catalog,
} from '../../src/i18n/index.js';

/** A locale is one typed object: here English with two strings changed, enough to see it used. */
const testLocale: Catalog = {
  ...en,
  profile: { ...en.profile, heading: 'Profil', name: 'Nom' },
};
registerLocale('fr', testLocale);

function heading(el: AccountProfile): string {
  return el.shadowRoot!.querySelector('h2, [role="heading"]')?.textContent?.trim() ?? '';
}

describe('i18n', () => {
  describe('catalogs', () => {
    it('finds a catalog by its exact tag, then by its language, then falls back to English', () => {
      expect(catalogFor('fr')).to.equal(testLocale);
      expect(catalogFor('fr-CA')).to.equal(testLocale);
      // Japanese has no catalog, built in or registered (German would start loading its own).
      expect(catalogFor('ja')).to.equal(catalogFor('en'));
      expect(catalogFor(undefined)).to.equal(catalogFor('en'));
    });

    it('an element takes its locale from its own attribute', async () => {
      const el = await fixture<AccountProfile>(
        html`<account-profile locale="fr" .adapter=${new MemoryAdapter()}></account-profile>`,
      );
      expect(heading(el)).to.equal('Profil');
    });

    it('an element takes its locale from the provider', async () => {
      const provider = await fixture(html`
        <account-provider locale="fr-FR" .adapter=${new MemoryAdapter()}>
          <account-profile></account-profile>
        </account-provider>
      `);
      const el = provider.querySelector<AccountProfile>('account-profile')!;
      await el.updateComplete;
      expect(heading(el)).to.equal('Profil');
    });

    it('an element takes its locale from configure(), then from the page’s lang', async () => {
      const el = await fixture<AccountProfile>(
        html`<account-profile .adapter=${new MemoryAdapter()}></account-profile>`,
      );
      expect(heading(el)).to.equal(en.profile.heading);
      configure({ locale: 'fr' });
      try {
        await waitUntil(() => heading(el) === 'Profil', 'configure() was not picked up');
      } finally {
        configure({ locale: undefined });
      }
      const lang = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        const second = await fixture<AccountProfile>(
          html`<account-profile .adapter=${new MemoryAdapter()}></account-profile>`,
        );
        expect(heading(second)).to.equal('Profil');
      } finally {
        document.documentElement.lang = lang;
      }
    });
  });

  describe('a locale Intl refuses', () => {
    it('is told from one it takes', () => {
      for (const tag of ['en', 'en-US', 'de-AT', 'ar-EG', 'zh-Hant-TW'])
        expect(isUsableLocale(tag), tag).to.equal(true);
      for (const tag of ['en_US', 'C', 'C.UTF-8', '', undefined])
        expect(isUsableLocale(tag), String(tag)).to.equal(false);
    });

    it('on the page (lang="en_US") is passed over: the element renders, its dates formatted', async () => {
      const lang = document.documentElement.lang;
      document.documentElement.lang = 'en_US';
      try {
        const el = await fixture<HTMLElement>(
          html`<plan-usage .adapter=${new MemoryAdapter()}></plan-usage>`,
        );
        const harness = new PlanUsageHarness(el as PlanUsageHarness['element']);
        await harness.ready(PlanUsageHarness.readySelector);
        expect(el.hasAttribute('lang'), 'marked as another language than the page').to.equal(false);
      } finally {
        document.documentElement.lang = lang;
      }
    });

    it('on the element is passed over for the next one set, the provider’s', async () => {
      const provider = await fixture(html`
        <account-provider locale="fr" .adapter=${new MemoryAdapter()}>
          <account-profile locale="fr_FR"></account-profile>
        </account-provider>
      `);
      const el = provider.querySelector<AccountProfile>('account-profile')!;
      await el.updateComplete;
      expect(heading(el)).to.equal('Profil');
    });
  });

  describe('formatting', () => {
    it('formats numbers, money and durations by locale', () => {
      expect(formatNumber('en', 12345)).to.equal('12,345');
      expect(formatNumber('de', 12345)).to.equal('12.345');
      expect(formatMoney('en', 4900, 'USD')).to.equal('$49.00');
      expect(formatMoney('en', 4900, 'JPY')).to.equal('¥4,900');
      expect(formatDuration('en', 90)).to.equal('90 minutes');
    });

    it('formats dates and relative times', () => {
      expect(formatDate('en', '2026-11-27T10:00:00Z')).to.equal('Nov 27, 2026');
      const now = Date.parse('2026-11-27T10:00:00Z');
      expect(formatRelative('en', now + 3 * 60_000, now)).to.equal('in 3 minutes');
      expect(formatRelative('en', now - 2 * 86_400_000, now)).to.equal('2 days ago');
      expect(formatRelative('en', now, now)).to.equal('now');
    });

    it('makes one formatter per locale and options, and uses it again', () => {
      const money = { style: 'currency', currency: 'EUR' } as const;
      expect(numberFormat('de', money)).to.equal(numberFormat('de', { ...money }));
      expect(numberFormat('de', money)).not.to.equal(numberFormat('en', money));
      expect(numberFormat('de', money)).not.to.equal(numberFormat('de', { ...money, currency: 'USD' }));
      expect(numberFormat('de')).not.to.equal(numberFormat('de', money));
      // Kept, it still formats for the locale and options it was made with.
      expect(formatMoney('de', 4900, 'EUR')).to.equal(numberFormat('de', money).format(49));
      expect(formatNumber('de', 12345)).to.equal('12.345');
    });

    it('still refuses a locale Intl does not know', () => {
      expect(() => formatNumber('not a locale', 1)).to.throw(RangeError);
      expect(() => formatNumber('not a locale', 1)).to.throw(RangeError);
    });
  });
});
