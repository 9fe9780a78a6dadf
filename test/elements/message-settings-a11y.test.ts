import { expect, waitUntil } from '@open-wc/testing';
import { MessageSettingsHarness } from '../harness/message-settings.js';
import { itIsAccessibleInEveryState } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { mount, type Theme } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

const messages = en.messages;

/** Each state the element can be in, reached as a person would reach it. */
const states: Record<string, (theme: Theme) => Promise<MessageSettingsHarness>> = {
  idle: (theme) => mount(MessageSettingsHarness, backend(), { theme }),

  'forwarding waiting for its address, refused': async (theme) => {
    const harness = await mount(MessageSettingsHarness, backend(), { theme });
    await harness.toggle(messages.forwardToEmail);
    await harness.fill(messages.forwardEmail, 'ada@');
    await harness.save();
    return harness;
  },

  'auto-reply on, a switch saving': async (theme) => {
    const adapter = backend();
    const harness = await mount(MessageSettingsHarness, adapter, { theme });
    adapter.hold('updateMessageSettings');
    await harness.toggle(messages.autoReply);
    return harness;
  },

  'a keyword refused, another added': async (theme) => {
    const harness = await mount(MessageSettingsHarness, backend(), { theme });
    await harness.addKeyword('HALT');
    await harness.addKeyword('no thanks');
    return harness;
  },

  'a save failed': async (theme) => {
    const adapter = backend();
    adapter.failNext('network', { method: 'updateMessageSettings' });
    const harness = await mount(MessageSettingsHarness, adapter, { theme });
    await harness.fill(messages.signature, 'Ada');
    await harness.save();
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  saved: async (theme) => {
    const harness = await mount(MessageSettingsHarness, backend(), { theme });
    await harness.fill(messages.signature, 'Ada');
    await harness.save();
    await waitUntil(() => harness.status === messages.saved);
    return harness;
  },
};

describe('<message-settings> accessibility in every state', () => {
  itIsAccessibleInEveryState(states);

  it('right to left at 320 px: mirrors, keywords and the address stay readable, nothing scrolls sideways', async () => {
    const harness = await mount(MessageSettingsHarness, backend(), { dir: 'rtl', narrow: true });
    await harness.toggle(messages.forwardToEmail);
    await harness.addKeyword('no thanks');
    const card = harness.find('section');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expect(harness.field(messages.forwardEmail).getAttribute('dir')).to.equal('ltr');
    expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
    await expect(harness.element).to.be.accessible();
  });
});
