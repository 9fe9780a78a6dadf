import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  AccountError,
  OPT_OUT_KEYWORD_MAX,
  OPT_OUT_KEYWORDS_MAX,
  SIGNATURE_MAX,
  STANDARD_OPT_OUT_KEYWORDS,
} from '../../src/api/index.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { MessageSettingsHarness } from '../harness/message-settings.js';
import { recordEvents } from '../support/events.js';
import { mount } from '../support/mount.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

const messages = en.messages;
const keywords = en.settingsSection.keywords;
const fieldErrors = en.settingsSection.fieldErrors;

/** The demo's messaging settings with an auto-reply that has no text yet. */
function withoutAutoReplyText(): RecordingAdapter {
  return backend({
    seed: {
      messages: {
        signature: '— Ada',
        autoReply: { enabled: false, text: '' },
        forwardToEmail: { enabled: false, email: null },
        optOut: { keywords: ['REMOVE'] },
      },
    },
  });
}

describe('<message-settings>', () => {
  it('shows the stored settings; the standard keywords as always on', async () => {
    const harness = await mount(MessageSettingsHarness, backend());
    expect(harness.field<HTMLTextAreaElement>(messages.signature).value).to.equal('— Ada');
    expect(harness.isOn(messages.autoReply)).to.equal(false);
    expect(harness.isOn(messages.forwardToEmail)).to.equal(false);
    expect(harness.shows(messages.autoReplyText)).to.equal(false);
    expect(harness.shows(messages.forwardEmail)).to.equal(false);
    expect(harness.fixedKeywords).to.deep.equal([...STANDARD_OPT_OUT_KEYWORDS]);
    expect(harness.keywords).to.deep.equal(['REMOVE']);
    await expectPartsDocumented(harness);
  });

  it('a signature over its limit is too long, with the limit; nothing is sent', async () => {
    const adapter = backend();
    const harness = await mount(MessageSettingsHarness, adapter);
    await harness.fill(messages.signature, 'x'.repeat(SIGNATURE_MAX + 1));
    expect(harness.errorOf(messages.signature)).to.equal(en.fields.too_long(SIGNATURE_MAX));
    await harness.save();
    expect(adapter.sent('updateMessageSettings')).to.have.length(0);
  });

  describe('auto-reply', () => {
    it('on with no text: it waits for the text, which is asked for; Save sends both', async () => {
      const adapter = withoutAutoReplyText();
      const harness = await mount(MessageSettingsHarness, adapter);
      const saved = recordEvents(harness.element, 'account-message-settings-updated');
      await harness.toggle(messages.autoReply);
      expect(adapter.sent('updateMessageSettings')).to.have.length(0);
      expect(harness.isOn(messages.autoReply)).to.equal(true);
      expect(harness.errorOf(messages.autoReplyText)).to.equal(en.fields.required);
      await waitUntil(() => harness.focusedId === 'field-autoReply-text', 'focus did not go to the text');
      await expectPartsDocumented(harness);

      await harness.fill(messages.autoReplyText, '   ');
      expect(harness.errorOf(messages.autoReplyText), 'blanks are no text').to.equal(en.fields.required);
      await harness.fill(messages.autoReplyText, 'Back on Monday.');
      await harness.save();
      await waitUntil(() => harness.status === messages.saved, 'the save was not said');
      expect((await adapter.getMessageSettings()).autoReply).to.deep.equal({
        enabled: true,
        text: 'Back on Monday.',
      });
      expect(saved.map((event) => event.settings.autoReply.enabled)).to.deep.equal([true]);
    });

    it('on with its text: saved at once; emptying the text while on is refused as typed', async () => {
      const adapter = backend();
      const harness = await mount(MessageSettingsHarness, adapter);
      await harness.toggle(messages.autoReply);
      await harness.settled();
      expect((await adapter.getMessageSettings()).autoReply.enabled).to.equal(true);
      await harness.fill(messages.autoReplyText, '');
      expect(harness.errorOf(messages.autoReplyText)).to.equal(en.fields.required);
    });
  });

  describe('forwarding texts to email', () => {
    it('on needs an address: empty is required, a bad one is said, a good one is saved', async () => {
      const adapter = backend();
      const harness = await mount(MessageSettingsHarness, adapter);
      await harness.toggle(messages.forwardToEmail);
      expect(harness.errorOf(messages.forwardEmail)).to.equal(en.fields.required);
      await harness.fill(messages.forwardEmail, 'ada@');
      expect(harness.errorOf(messages.forwardEmail)).to.equal(en.fields.invalid_email);
      await harness.save();
      expect(adapter.sent('updateMessageSettings')).to.have.length(0);
      await harness.fill(messages.forwardEmail, 'Texts@Example.COM');
      await harness.save();
      await waitUntil(() => harness.status === messages.saved);
      expect((await adapter.getMessageSettings()).forwardToEmail).to.deep.equal({
        enabled: true,
        email: 'Texts@example.com',
      });
      expect(harness.field(messages.forwardEmail).value, 'the stored form shows').to.equal(
        'Texts@example.com',
      );
    });
  });

  describe('opt-out keywords', () => {
    it('adds a keyword upper-case and removes one; Save keeps the list', async () => {
      const adapter = backend();
      const harness = await mount(MessageSettingsHarness, adapter);
      await harness.addKeyword(' halt ');
      expect(harness.keywords).to.deep.equal(['REMOVE', 'HALT']);
      expect(harness.field(keywords.newKeyword).value, 'the entry is emptied').to.equal('');
      await harness.removeKeyword('REMOVE');
      expect(harness.keywords).to.deep.equal(['HALT']);
      await waitUntil(
        () => harness.focusedId === 'field-optOut-keywords',
        'focus did not go back to the entry',
      );
      await harness.save();
      await waitUntil(() => harness.status === messages.saved);
      expect((await adapter.getMessageSettings()).optOut.keywords).to.deep.equal(['HALT']);
    });

    const refused: readonly [string, string][] = [
      ['x'.repeat(OPT_OUT_KEYWORD_MAX + 1), en.fields.too_long(OPT_OUT_KEYWORD_MAX)],
      ['no thanks', fieldErrors.invalid_keyword],
      ['remove', fieldErrors.duplicate],
      ['Stop', fieldErrors.keyword_standard],
      ['   ', en.fields.required],
    ];
    for (const [typed, said] of refused) {
      it(`refuses "${typed.length > 12 ? `${typed.slice(0, 6)}…` : typed}" at the entry: ${said}`, async () => {
        const harness = await mount(MessageSettingsHarness, backend());
        await harness.addKeyword(typed);
        expect(harness.errorOf(keywords.newKeyword)).to.equal(said);
        expect(harness.keywords).to.deep.equal(['REMOVE']);
        expect(harness.field(keywords.newKeyword).value, 'what was typed stays').to.equal(typed);
        await expectPartsDocumented(harness);
        await harness.fill(keywords.newKeyword, 'HALT');
        expect(harness.errorOf(keywords.newKeyword), 'typing again clears it').to.equal('');
      });
    }

    it(`refuses more than ${OPT_OUT_KEYWORDS_MAX}`, async () => {
      const many = Array.from({ length: OPT_OUT_KEYWORDS_MAX }, (_, index) => `K${index}`);
      const adapter = backend();
      const stored = await adapter.getMessageSettings();
      await adapter.updateMessageSettings({ ...stored, optOut: { keywords: many } });
      const harness = await mount(MessageSettingsHarness, adapter);
      await harness.addKeyword('ONEMORE');
      expect(harness.errorOf(keywords.newKeyword)).to.equal(fieldErrors.too_many(OPT_OUT_KEYWORDS_MAX));
    });

    it('Enter in the entry adds the keyword without sending the form', async () => {
      const adapter = backend();
      const harness = await mount(MessageSettingsHarness, adapter);
      harness.field(keywords.newKeyword).focus();
      await sendKeys({ type: 'halt' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => harness.keywords.length === 2, 'Enter did not add it');
      expect(adapter.sent('updateMessageSettings')).to.have.length(0);
      expect(harness.focusedId).to.equal('field-optOut-keywords');
    });

    it('a keyword the backend refuses is marked in the list, with why', async () => {
      const adapter = backend();
      // The first save is refused, as by a backend finding what the element could not; the next goes through.
      adapter.answer('updateMessageSettings', async (args, save) => {
        if (adapter.count('updateMessageSettings') === 1) {
          const fields = { 'optOut.keywords.0': { code: 'duplicate', message: 'duplicate' } };
          throw new AccountError('validation', 'The input is not valid', { fields });
        }
        return save(...args);
      });
      const harness = await mount(MessageSettingsHarness, adapter);
      await harness.addKeyword('HALT');
      await harness.save();
      await waitUntil(() => harness.errorOf(keywords.newKeyword) !== '', 'the refusal did not land');
      expect(harness.errorOf(keywords.newKeyword)).to.equal(
        keywords.problem('REMOVE', fieldErrors.duplicate),
      );
      expect(harness.find('.chip--invalid').textContent).to.contain('REMOVE');
      await expectPartsDocumented(harness);
    });
  });

  it('a failed save keeps what was typed and says why', async () => {
    const adapter = backend();
    adapter.failNext('timeout', { method: 'updateMessageSettings' });
    const harness = await mount(MessageSettingsHarness, adapter);
    await harness.fill(messages.signature, '— Ada, Acme');
    await harness.save();
    await waitUntil(() => harness.alert === en.errors.uncertain, 'the failure was not said');
    expect(harness.field<HTMLTextAreaElement>(messages.signature).value).to.equal('— Ada, Acme');
    expect(harness.hasButton(en.common.retry), 'an answer lost: try the same again').to.equal(true);
    await harness.click(en.common.retry);
    await waitUntil(() => harness.status === messages.saved);
    expect((await adapter.getMessageSettings()).signature).to.equal('— Ada, Acme');
  });

  it('a backend without messaging settings: the element leaves itself out of the page', async () => {
    const adapter = backend({ unsupported: ['getMessageSettings'] });
    const el = await fixture<HTMLElement>(html`<message-settings .adapter=${adapter}></message-settings>`);
    await waitUntil(() => el.hasAttribute('hidden'), 'not hidden');
    expect(Boolean(el.shadowRoot?.querySelector('section')), 'no card').to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
