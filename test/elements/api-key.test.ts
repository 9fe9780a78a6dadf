import { expect } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en, formatDate, formatRelative } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { ApiKeyHarness, realKey } from '../harness/api-key.js';
import { text, until } from '../harness/element-harness.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { hidePage, showPage, stubClipboard } from '../support/page.js';
import { backend } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

describe('<api-key>', () => {
  let clock: TestClock;
  let clipboard: ReturnType<typeof stubClipboard> | undefined;

  beforeEach(() => {
    clock = new TestClock().onPage();
  });

  afterEach(() => {
    realTime();
    showPage();
    clipboard?.restore();
    clipboard = undefined;
  });

  describe('the key hidden', () => {
    it('shows the key masked, in a monospace left-to-right box, with when it was made and last used', async () => {
      const adapter = backend();
      const harness = await mount(ApiKeyHarness, adapter);
      const info = await adapter.getApiKey();
      expect(harness.key).to.equal(info.masked);
      expect(harness.key).to.match(/^ak_live_•+[0-9a-f]{4}$/);
      const key = harness.find('#key');
      expect(key.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(key).fontFamily).to.contain('monospace');
      const locale = harness.element.resolvedLocale;
      expect(harness.dates).to.equal(
        en.apiKey.dates(
          formatDate(locale, info.createdAt),
          formatRelative(locale, info.lastUsedAt!, clock.now()),
        ),
      );
      expect(harness.dates).to.contain('hours ago');
      expect(harness.countdown).to.equal('');
      for (const label of [en.apiKey.reveal, en.apiKey.copy, en.apiKey.regenerate]) {
        expect(harness.hasButton(label), label).to.equal(true);
      }
      expect(harness.root.innerHTML.includes(await realKey(adapter)), 'the key is in the page').to.equal(
        false,
      );
      await expectPartsDocumented(harness);
    });

    it('says "never used" for a key nothing has used yet', async () => {
      const adapter = backend();
      await adapter.regenerateApiKey();
      const harness = await mount(ApiKeyHarness, adapter);
      expect(harness.dates).to.match(/, never used$/);
    });
  });

  describe('revealing', () => {
    it('asks who it is first, shows the key with a countdown, and hides it after 30 s of the page clock', async () => {
      const adapter = backend({ reverify: ['revealApiKey'] });
      const harness = await mount(ApiKeyHarness, adapter);
      const masked = harness.key;
      await harness.reveal();
      await until(() => harness.identityCheck?.open, 'no identity check');
      await expectPartsDocumented(harness);
      await harness.proveIdentity(DEMO_PASSWORD);
      const shown = await harness.keyShown();
      expect(shown).to.equal(await realKey(adapter));
      expect(harness.countdown).to.equal(en.apiKey.hidesIn(30));
      expect(text(harness.revealButton.querySelector('.button-label'))).to.equal(en.apiKey.hide);
      await expectPartsDocumented(harness);

      clock.advance(12_000);
      await until(() => harness.countdown === en.apiKey.hidesIn(18), `countdown: ${harness.countdown}`);
      expect(harness.key).to.equal(shown);

      clock.advance(18_000);
      await harness.keyMasked();
      expect(harness.key).to.equal(masked);
      expect(harness.countdown).to.equal('');
      expect(harness.status).to.equal(en.apiKey.hiddenAgain);
      expect(text(harness.revealButton.querySelector('.button-label'))).to.equal(en.apiKey.reveal);
    });

    it('hides the key as soon as the page is hidden', async () => {
      const harness = await mount(ApiKeyHarness, backend());
      await harness.reveal();
      await harness.keyShown();
      hidePage();
      await harness.keyMasked();
      expect(harness.countdown).to.equal('');
    });

    it('leaves a hidden key hidden when the page is hidden, and a shown one alone while the page is visible', async () => {
      const harness = await mount(ApiKeyHarness, backend());
      showPage();
      await harness.reveal();
      const shown = await harness.keyShown();
      showPage();
      await harness.element.updateComplete;
      expect(harness.key).to.equal(shown);
    });

    it('Hide hides it at once and keeps focus on the button', async () => {
      const harness = await mount(ApiKeyHarness, backend());
      harness.revealButton.focus();
      await harness.reveal();
      await harness.keyShown();
      await harness.hide();
      await harness.keyMasked();
      expect(deepActiveElement() === harness.revealButton, 'focus stayed on the button').to.equal(true);
    });

    it('does not reveal when the identity check is cancelled, and says nothing went wrong', async () => {
      const harness = await mount(ApiKeyHarness, backend({ reverify: ['revealApiKey'] }));
      await harness.reveal();
      await until(() => harness.identityCheck?.open, 'no identity check');
      harness.button(en.common.cancel, harness.identityCheck!).click();
      await until(() => !harness.identityCheck?.open, 'the identity check stayed open');
      expect(harness.key).to.contain('•');
      expect(harness.alert).to.equal('');
    });

    it('says why when revealing fails, and keeps the key masked', async () => {
      const adapter = backend();
      adapter.failNext('network', { method: 'revealApiKey' });
      const harness = await mount(ApiKeyHarness, adapter);
      await harness.reveal();
      await until(() => harness.alert === en.errors.network, `alert: ${harness.alert}`);
      expect(harness.key).to.contain('•');
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('counts a rate-limit wait down on Reveal and Copy', async () => {
      const adapter = backend();
      adapter.failNext('rate_limited', { method: 'revealApiKey', retryAfter: 20 });
      const harness = await mount(ApiKeyHarness, adapter);
      await harness.reveal();
      await until(() => text(harness.revealButton).includes(en.common.tryAgainIn(20)), 'no wait shown');
      expect(harness.revealButton.getAttribute('aria-disabled')).to.equal('true');
      expect(text(harness.copyButton)).to.contain(en.common.tryAgainIn(20));
    });
  });

  describe('copying', () => {
    it('copies a hidden key without showing it, after the identity check, and says so', async () => {
      clipboard = stubClipboard();
      const adapter = backend({ reverify: ['revealApiKey'] });
      const harness = await mount(ApiKeyHarness, adapter);
      const masked = harness.key;
      await harness.copy();
      await harness.proveIdentity(DEMO_PASSWORD);
      await until(() => harness.status === en.apiKey.copied, `status: ${harness.status}`);
      expect(clipboard.written.length).to.equal(1);
      expect(clipboard.written[0] === (await realKey(adapter)), 'the clipboard has the key').to.equal(true);
      expect(harness.key).to.equal(masked);
      expect(harness.countdown).to.equal('');
      await expectPartsDocumented(harness);
    });

    it('copies a revealed key as shown, without asking the backend again', async () => {
      clipboard = stubClipboard();
      const adapter = backend();
      const harness = await mount(ApiKeyHarness, adapter);
      await harness.reveal();
      const shown = await harness.keyShown();
      expect(adapter.count('revealApiKey')).to.equal(1);
      await harness.copy();
      await until(() => harness.status === en.apiKey.copied, `status: ${harness.status}`);
      expect(clipboard.written.join()).to.equal(shown);
      expect(adapter.count('revealApiKey')).to.equal(1);
      expect(harness.key, 'still shown').to.equal(shown);
    });

    it('says so when the browser refuses to copy', async () => {
      clipboard = stubClipboard(true);
      const harness = await mount(ApiKeyHarness, backend());
      await harness.copy();
      await until(() => harness.alert === en.apiKey.copyFailed, `alert: ${harness.alert}`);
      expect(harness.key).to.contain('•');
    });

    it('says "Copied" again on a second copy', async () => {
      clipboard = stubClipboard();
      const harness = await mount(ApiKeyHarness, backend());
      await harness.copy();
      await until(() => harness.status === en.apiKey.copied, 'first copy not said');
      await harness.copy();
      await until(() => harness.status === en.apiKey.copied, 'second copy not said');
      expect(clipboard.written.length).to.equal(2);
    });
  });

  describe('a backend that shows a key only when it is made', () => {
    it('learns it from the first refusal: Regenerate only, said, and focus on Regenerate', async () => {
      const adapter = backend({ unsupported: ['revealApiKey'] });
      const harness = await mount(ApiKeyHarness, adapter);
      harness.revealButton.focus();
      await harness.reveal();
      await until(() => harness.alert === en.apiKey.revealUnsupported, `alert: ${harness.alert}`);
      expect(harness.hasButton(en.apiKey.reveal)).to.equal(false);
      expect(harness.hasButton(en.apiKey.copy)).to.equal(false);
      expect(harness.hasButton(en.apiKey.regenerate)).to.equal(true);
      await until(
        () => deepActiveElement() === harness.find('#regenerate-button'),
        'focus is not on Regenerate',
      );
      await expectPartsDocumented(harness);

      // Another element on the same adapter knows it from the start, and says why.
      const second = await mount(ApiKeyHarness, adapter);
      expect(second.hasButton(en.apiKey.reveal)).to.equal(false);
      expect(text(second.find('#unsupported-note'))).to.equal(en.apiKey.revealUnsupported);
      await expectPartsDocumented(second);
      await expect(second.element).to.be.accessible();
    });

    it('learns it from Copy too', async () => {
      clipboard = stubClipboard();
      const harness = await mount(ApiKeyHarness, backend({ unsupported: ['revealApiKey'] }));
      await harness.copy();
      await until(() => harness.alert === en.apiKey.revealUnsupported, `alert: ${harness.alert}`);
      expect(clipboard.written.length).to.equal(0);
      expect(harness.hasButton(en.apiKey.copy)).to.equal(false);
    });

    it('shows a new key once, saying it will not be shown again in full', async () => {
      const adapter = backend({ unsupported: ['revealApiKey'] });
      const harness = await mount(ApiKeyHarness, adapter);
      await harness.reveal();
      await until(() => !harness.hasButton(en.apiKey.reveal), 'Reveal stayed');
      await harness.openRegenerate();
      await harness.confirmRegenerate();
      const shown = await harness.newKeyShown();
      expect(text(harness.find('#new-key-note'))).to.equal(en.apiKey.shownOnce);
      const info = await adapter.getApiKey();
      expect(shown.endsWith(info.masked.slice(-4)), 'the new key is the one in force').to.equal(true);
      await harness.click(en.apiKey.done);
      await harness.keyMasked();
      expect(harness.hasButton(en.apiKey.reveal)).to.equal(false);
    });
  });

  describe('a member', () => {
    it('sees the key masked and why there is nothing more, and the backend refuses them', async () => {
      const adapter = backend({ user: 'member' });
      const harness = await mount(ApiKeyHarness, adapter);
      expect(harness.key).to.contain('•');
      expect(harness.dates).to.contain('Created');
      expect(text(harness.find('#member-note'))).to.equal(en.apiKey.memberNote);
      expect(harness.root.querySelectorAll('button').length, 'buttons').to.equal(0);
      await expectPartsDocumented(harness);
      for (const refused of [adapter.revealApiKey(), adapter.regenerateApiKey()]) {
        const error = await refused.catch((caught: unknown) => caught);
        expect((error as { code?: string }).code).to.equal('forbidden');
      }
    });
  });
});
