import { expect, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { SKELETON, text } from '../harness/element-harness.js';
import { mount, mountIn, type Theme } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { backend } from '../support/recording-adapter.js';
import { itIsAccessibleInEveryState } from './shared/element-suite.js';

/** Each state the element can be in, reached as a person would reach it. */
const states: Record<string, (theme: Theme) => Promise<EmailSettingsHarness>> = {
  idle: async (theme) => (await mount(EmailSettingsHarness, backend(), { theme })).notificationsReady(),

  'change form open with an error': async (theme) => {
    const harness = await mount(EmailSettingsHarness, backend(), { theme });
    await harness.requestChange('new@exämple.com');
    expect(harness.newEmailError).to.equal(en.fields.invalid_email);
    return harness;
  },

  'identity check': async (theme) => {
    const harness = await mount(EmailSettingsHarness, new MemoryAdapter(), { theme });
    await harness.requestChange('new@example.com');
    await harness.waitForIdentityCheck();
    await harness.animationsDone();
    return harness;
  },

  'pending, the resend cooling down': async (theme) => {
    const harness = await mount(EmailSettingsHarness, backend(), { theme });
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    expect(text(harness.resendButton)).to.match(/^Send the link again in \d+ s$/);
    return harness;
  },

  'rate limited': async (theme) => {
    const adapter = backend();
    adapter.failNext('rate_limited', { method: 'startEmailChange', retryAfter: 30 });
    const harness = await mount(EmailSettingsHarness, adapter, { theme });
    await harness.requestChange('new@example.com');
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  offline: async (theme) => {
    const adapter = backend();
    adapter.failNext('network', { method: 'startEmailChange' });
    const harness = await mount(EmailSettingsHarness, adapter, { theme });
    const backOnline = goOffline();
    try {
      await harness.requestChange('new@example.com');
      await waitUntil(() => harness.alert === en.errors.offline);
    } finally {
      backOnline();
    }
    return harness;
  },

  'notification save failing': async (theme) => {
    const adapter = backend();
    adapter.failNext('network', { method: 'updateNotificationSettings' });
    const harness = await (await mount(EmailSettingsHarness, adapter, { theme })).notificationsReady();
    await harness.toggle(en.email.voicemails);
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  'notification saving': async (theme) => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter, { theme })).notificationsReady();
    adapter.hold('updateNotificationSettings');
    await harness.toggle(en.email.notifyAll);
    return harness;
  },

  'notifications loading': async (theme) => {
    const adapter = backend();
    adapter.hold('getNotificationSettings');
    const harness = await mount(EmailSettingsHarness, adapter, { theme });
    await harness.waitFor(`#notifications ${SKELETON}`);
    return harness;
  },

  'notifications failed to load': async (theme) => {
    const adapter = backend();
    adapter.failNext('network', { method: 'getNotificationSettings' });
    const harness = await mount(EmailSettingsHarness, adapter, { theme });
    await harness.waitFor('#notifications .notice--error');
    return harness;
  },

  'notifications unsupported': async (theme) => {
    const adapter = backend({ unsupported: ['getNotificationSettings'] });
    const harness = await mount(EmailSettingsHarness, adapter, { theme });
    await waitUntil(() => !harness.skeleton);
    return harness;
  },
};

describe('<email-settings> accessibility in every state', () => {
  itIsAccessibleInEveryState(states);

  it('the notifications heading sits one level under the card’s', async () => {
    const { harness } = await mountIn(
      EmailSettingsHarness,
      html`<email-settings heading-level="3" .adapter=${backend()}></email-settings>`,
    );
    await harness.notificationsReady();
    expect(harness.find('h3').textContent?.trim()).to.equal(en.email.heading);
    expect(harness.find('#notifications-heading').getAttribute('aria-level')).to.equal('4');
  });

  for (const state of ['change form open with an error', 'pending, the resend cooling down'] as const) {
    it(`right to left: ${state} mirrors, the address stays left to right, nothing scrolls sideways`, async () => {
      const harness = await mount(EmailSettingsHarness, backend(), { dir: 'rtl', narrow: true });
      await harness.notificationsReady();
      if (state === 'pending, the resend cooling down') {
        await harness.requestChange('a.rather.long.address@example.com');
        await harness.waitForPending();
      } else {
        await harness.requestChange('new@');
      }
      const card = harness.find('section');
      expect(getComputedStyle(card).direction).to.equal('rtl');
      expect(harness.find('#current-email bdi').getAttribute('dir')).to.equal('ltr');
      expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
      await expect(harness.element).to.be.accessible();
    });
  }
});
