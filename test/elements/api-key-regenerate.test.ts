import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { AccountApiKeyRegeneratedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { ApiKeyHarness, realKey, secretPart } from '../harness/api-key.js';
import { text, until } from '../harness/element-harness.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { hidePage, showPage, stubClipboard } from '../support/page.js';
import { backend } from '../support/recording-adapter.js';
import { pathsHolding } from '../support/secrets.js';
import { expectPartsDocumented } from './shared/element-suite.js';

describe('<api-key>: regenerating', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;

  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  it('says the old key stops working at once, behind a danger button', async () => {
    const harness = await mount(ApiKeyHarness, backend());
    await harness.openRegenerate();
    const dialog = harness.dialog!;
    expect(text(dialog.querySelector('.dialog-heading'))).to.equal(en.apiKey.confirmHeading);
    expect(text(dialog.querySelector('.dialog-description'))).to.equal(en.apiKey.confirmIntro);
    expect(en.apiKey.confirmIntro).to.contain('stops working at once');
    const confirm = harness.find('#confirm-regenerate');
    expect(confirm.getAttribute('part')).to.contain('button-danger');
    expect(text(confirm)).to.equal(en.apiKey.confirm);
    await expectPartsDocumented(harness);
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();
  });

  it('after the identity check shows the new key once, the old one refused, the event carrying info only', async () => {
    clipboard = stubClipboard();
    const adapter = backend({ reverify: ['regenerateApiKey'] });
    const harness = await mount(ApiKeyHarness, adapter);
    const before = await adapter.getApiKey();
    const oldKey = await realKey(adapter);
    await harness.openRegenerate();
    const regenerated = oneEvent<AccountApiKeyRegeneratedEvent>(
      harness.element,
      AccountApiKeyRegeneratedEvent.eventName,
    );
    await harness.confirmRegenerate();
    await until(() => harness.identityCheck?.open, 'no identity check');
    await expectPartsDocumented(harness);
    await harness.proveIdentity(DEMO_PASSWORD);
    const event = await regenerated;
    const shown = await harness.newKeyShown();

    // The backend: a new key in force, the old one gone.
    const after = await adapter.getApiKey();
    expect(after.id === before.id, 'the key id changed').to.equal(false);
    expect(shown === oldKey, 'the new key differs').to.equal(false);
    expect(shown === (await realKey(adapter)), 'the key shown is the one in force').to.equal(true);
    expect(after.lastUsedAt).to.equal(null);

    // The page: told, with the info and nothing else.
    expect(event instanceof AccountApiKeyRegeneratedEvent).to.equal(true);
    expect(event.bubbles && event.composed, 'bubbles out of the shadow root').to.equal(true);
    expect(JSON.stringify(event.info)).to.equal(JSON.stringify(after));
    expect(pathsHolding(event, secretPart(shown)), 'the event carries the key').to.deep.equal([]);

    // The card: the new key, ready to copy, said, and the dates of the new key.
    expect(harness.dialog!.open).to.equal(false);
    expect(text(harness.find('#new-key-heading'))).to.equal(en.apiKey.newKeyHeading);
    expect(text(harness.find('#new-key-note'))).to.equal(en.apiKey.newKeyNote);
    expect(harness.dates).to.match(/, never used$/);
    expect(harness.status).to.equal(en.apiKey.regenerated);
    await waitUntil(() => deepActiveElement() === harness.copyButton, 'focus is not on Copy');
    await expectPartsDocumented(harness);
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();

    await harness.copy();
    await until(() => harness.status === en.apiKey.copied, `status: ${harness.status}`);
    expect(clipboard.written.join() === shown, 'the new key was copied').to.equal(true);

    await harness.click(en.apiKey.done);
    await harness.keyMasked();
    expect(harness.key).to.equal(after.masked);
    await waitUntil(() => deepActiveElement() === harness.revealButton, 'focus is not on Reveal');
  });

  it('keeps the new key on screen past 30 s and when the page is hidden, until Done', async () => {
    // Hidden, a key the backend may never show again would be lost while the person pastes it.
    const clock = new TestClock().onPage();
    try {
      const harness = await mount(ApiKeyHarness, backend());
      await harness.openRegenerate();
      await harness.confirmRegenerate();
      const shown = await harness.newKeyShown();
      expect(harness.countdown).to.equal('');
      clock.advance(60_000);
      // A revealed key would hide at once (the page-hidden handler runs synchronously).
      hidePage();
      await harness.element.updateComplete;
      expect(harness.key).to.equal(shown);
    } finally {
      realTime();
      showPage();
    }
  });

  it('Cancel closes the confirmation, changes nothing and puts focus back on Regenerate', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    const before = await adapter.getApiKey();
    await harness.openRegenerate();
    harness.button(en.common.cancel, harness.dialog!).click();
    await waitUntil(() => !harness.dialog!.open, 'the confirmation stayed open');
    expect((await adapter.getApiKey()).id).to.equal(before.id);
    await waitUntil(
      () => deepActiveElement() === harness.find('#regenerate-button'),
      'focus is not on Regenerate',
    );
  });

  it('hides a revealed key when the confirmation opens', async () => {
    const harness = await mount(ApiKeyHarness, backend());
    await harness.reveal();
    await harness.keyShown();
    await harness.openRegenerate();
    await harness.keyMasked();
  });

  it('on failure keeps the confirmation open, says why in it, and keeps the key', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'regenerateApiKey' });
    const harness = await mount(ApiKeyHarness, adapter);
    const before = await adapter.getApiKey();
    await harness.openRegenerate();
    await harness.confirmRegenerate();
    await harness.waitFor('#regenerate-dialog [role="alert"]');
    expect(text(harness.find('#regenerate-dialog [role="alert"]'))).to.equal(en.errors.network);
    expect(harness.dialog!.open).to.equal(true);
    expect((await adapter.getApiKey()).id).to.equal(before.id);
    expect(harness.key).to.equal(before.masked);
    await expectPartsDocumented(harness);
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();
  });

  it('a cancelled identity check regenerates nothing and leaves the confirmation open', async () => {
    const adapter = backend({ reverify: ['regenerateApiKey'] });
    const harness = await mount(ApiKeyHarness, adapter);
    const before = await adapter.getApiKey();
    await harness.openRegenerate();
    await harness.confirmRegenerate();
    await until(() => harness.identityCheck?.open, 'no identity check');
    harness.button(en.common.cancel, harness.identityCheck!).click();
    await until(() => !harness.identityCheck?.open, 'the identity check stayed open');
    expect(harness.dialog!.open).to.equal(true);
    expect(harness.maybe('#regenerate-dialog [role="alert"]') === null, 'no failure said').to.equal(true);
    expect((await adapter.getApiKey()).id).to.equal(before.id);
  });
});
