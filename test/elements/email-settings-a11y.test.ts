import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { text } from '../harness/element-harness.js';
import {
  adapterWithoutStepUp,
  animationsDone,
  EmailSettingsHarness,
  en,
  goOffline,
  mountEmail,
  RecordingAdapter,
} from './email-helpers.js';
import { expectPartsDocumented } from './shared/element-suite.js';

type Theme = 'light' | 'dark';

/** Each state the element can be in, reached as a person would reach it. */
const states: Record<string, (theme: Theme) => Promise<EmailSettingsHarness>> = {
  idle: async (theme) => (await mountEmail(adapterWithoutStepUp(), { theme })).notificationsReady(),

  'change form open with an error': async (theme) => {
    const harness = await mountEmail(adapterWithoutStepUp(), { theme });
    await harness.requestChange('new@exämple.com');
    expect(harness.newEmailError).to.equal(en.fields.invalid_email);
    return harness;
  },

  'identity check': async (theme) => {
    const harness = await mountEmail(new MemoryAdapter(), { theme });
    await harness.requestChange('new@example.com');
    await harness.waitForIdentityCheck();
    await animationsDone(harness);
    return harness;
  },

  'pending, the resend cooling down': async (theme) => {
    const harness = await mountEmail(adapterWithoutStepUp(), { theme });
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    expect(text(harness.resendButton)).to.match(/^Send the link again in \d+ s$/);
    return harness;
  },

  'rate limited': async (theme) => {
    const adapter = adapterWithoutStepUp();
    adapter.failNext('rate_limited', { method: 'startEmailChange', retryAfter: 30 });
    const harness = await mountEmail(adapter, { theme });
    await harness.requestChange('new@example.com');
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  offline: async (theme) => {
    const adapter = adapterWithoutStepUp();
    adapter.failNext('network', { method: 'startEmailChange' });
    const harness = await mountEmail(adapter, { theme });
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
    const adapter = adapterWithoutStepUp();
    adapter.failNext('network', { method: 'updateNotificationSettings' });
    const harness = await (await mountEmail(adapter, { theme })).notificationsReady();
    await harness.toggle(en.email.voicemails);
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  'notification saving': async (theme) => {
    const adapter = adapterWithoutStepUp();
    const harness = await (await mountEmail(adapter, { theme })).notificationsReady();
    adapter.holdNotificationUpdates();
    await harness.toggle(en.email.notifyAll);
    return harness;
  },

  'notifications loading': async (theme) => {
    const adapter = adapterWithoutStepUp();
    adapter.holdNotificationReads();
    const harness = await mountEmail(adapter, { theme });
    await harness.waitFor('[part~="notifications"] [part~="skeleton"]');
    return harness;
  },

  'notifications failed to load': async (theme) => {
    const adapter = adapterWithoutStepUp();
    adapter.failNext('network', { method: 'getNotificationSettings' });
    const harness = await mountEmail(adapter, { theme });
    await harness.waitFor('[part~="notifications"] .notice--error');
    return harness;
  },

  'notifications unsupported': async (theme) => {
    const adapter = new RecordingAdapter({ reverify: [], unsupported: ['getNotificationSettings'] });
    const harness = await mountEmail(adapter, { theme });
    await waitUntil(() => !harness.maybe('[part~="skeleton"]'));
    return harness;
  },
};

describe('<email-settings> accessibility in every state', () => {
  for (const [name, reach] of Object.entries(states)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}: axe finds nothing, every part documented`, async () => {
        const harness = await reach(theme);
        await expect(harness.element).to.be.accessible();
        await expectPartsDocumented(harness);
      });
    }
  }

  it('the notifications heading sits one level under the card’s', async () => {
    const el = await fixture<EmailSettingsHarness['element']>(
      html`<email-settings heading-level="3" .adapter=${adapterWithoutStepUp()}></email-settings>`,
    );
    const harness = await new EmailSettingsHarness(el).notificationsReady();
    expect(harness.find('h3').textContent?.trim()).to.equal(en.email.heading);
    expect(harness.find('[part~="notifications-heading"]').getAttribute('aria-level')).to.equal('4');
  });

  for (const state of ['change form open with an error', 'pending, the resend cooling down'] as const) {
    it(`right to left: ${state} mirrors, the address stays left to right, nothing scrolls sideways`, async () => {
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl" style="inline-size: 320px">
          <email-settings .adapter=${adapterWithoutStepUp()}></email-settings>
        </div>`,
      );
      const harness = new EmailSettingsHarness(root.querySelector('email-settings')!);
      await harness.ready(EmailSettingsHarness.readySelector);
      await harness.notificationsReady();
      if (state === 'pending, the resend cooling down') {
        await harness.requestChange('a.rather.long.address@example.com');
        await harness.waitForPending();
      } else {
        await harness.requestChange('new@');
      }
      const card = harness.find('section');
      expect(getComputedStyle(card).direction).to.equal('rtl');
      expect(harness.find('[part~="current-email"] bdi').getAttribute('dir')).to.equal('ltr');
      expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
      await expect(harness.element).to.be.accessible();
    });
  }
});
