import { expect, waitUntil } from '@open-wc/testing';
import { PhoneSettingsHarness } from '../harness/phone-settings.js';
import { audioFile, textNamedMp3, wavBytes } from '../support/audio.js';
import { itIsAccessibleInEveryState } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { mount, type Theme } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

const voice = en.voice;

/** Each state the element can be in, reached as a person would reach it. */
const states: Record<string, (theme: Theme) => Promise<PhoneSettingsHarness>> = {
  idle: (theme) => mount(PhoneSettingsHarness, backend(), { theme }),

  'forwarding waiting for its number': async (theme) => {
    const harness = await mount(PhoneSettingsHarness, backend(), { theme });
    await harness.toggle(voice.forwarding);
    return harness;
  },

  'a switch saving': async (theme) => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter, { theme });
    adapter.hold('updateVoiceSettings');
    await harness.toggle(voice.hours);
    return harness;
  },

  'a switch save failed': async (theme) => {
    const adapter = backend();
    adapter.failNext('network', { method: 'updateVoiceSettings' });
    const harness = await mount(PhoneSettingsHarness, adapter, { theme });
    await harness.toggle(voice.voicemail);
    await waitUntil(() => harness.alert !== '');
    return harness;
  },

  'fields refused': async (theme) => {
    const harness = await mount(PhoneSettingsHarness, backend(), { theme });
    await harness.fill(voice.ringSeconds, '99');
    await harness.fill(voice.greetingText, 'x'.repeat(501));
    await harness.save();
    return harness;
  },

  'saving the form': async (theme) => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter, { theme });
    adapter.hold('updateVoiceSettings');
    await harness.fill(voice.greetingText, 'Hello');
    await harness.save();
    return harness;
  },

  'changed elsewhere': async (theme) => {
    const adapter = backend();
    adapter.failNext('conflict', { method: 'updateVoiceSettings' });
    const harness = await mount(PhoneSettingsHarness, adapter, { theme });
    await harness.fill(voice.greetingText, 'Hello');
    await harness.save();
    await waitUntil(() => harness.hasButton(en.common.reload));
    return harness;
  },

  'a recording in use': async (theme) => {
    const harness = await mount(PhoneSettingsHarness, backend(), { theme });
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(audioFile(wavBytes(1), 'hello.wav'));
    await waitUntil(() => harness.recordingUrl !== null);
    return harness;
  },

  'a recording refused': async (theme) => {
    const harness = await mount(PhoneSettingsHarness, backend(), { theme });
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(textNamedMp3());
    await waitUntil(() => harness.recordingError !== '');
    return harness;
  },

  'do not disturb until a time, a night shift': async (theme) => {
    const harness = await mount(PhoneSettingsHarness, backend(), { theme });
    await harness.toggle(voice.doNotDisturb);
    await harness.settled();
    await harness.fill(voice.until, '2030-01-01T08:30');
    await harness.setDayOpen('Saturday', true);
    await harness.fill('Saturday: closes', '02:00');
    return harness;
  },
};

describe('<phone-settings> accessibility in every state', () => {
  itIsAccessibleInEveryState(states);

  for (const state of ['idle', 'fields refused'] as const) {
    it(`right to left at 320 px, ${state}: mirrors, the number stays left to right, nothing scrolls sideways`, async () => {
      const harness = await mount(PhoneSettingsHarness, backend(), { dir: 'rtl', narrow: true });
      await harness.toggle(voice.forwarding);
      if (state === 'fields refused') {
        await harness.fill(voice.ringSeconds, '99');
        await harness.save();
      }
      const card = harness.find('section');
      expect(getComputedStyle(card).direction).to.equal('rtl');
      expect(harness.field(voice.forwardingNumber).getAttribute('dir')).to.equal('ltr');
      expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
      await expect(harness.element).to.be.accessible();
    });
  }

  it('groups are named by their headings, the week’s hours by theirs', async () => {
    const harness = await mount(PhoneSettingsHarness, backend());
    const legends = [...harness.root.querySelectorAll('fieldset > legend')].map((legend) =>
      legend.textContent?.trim(),
    );
    expect(legends).to.deep.equal([
      voice.forwardingGroup,
      voice.voicemailGroup,
      voice.callerIdGroup,
      voice.hoursGroup,
      voice.days,
    ]);
  });
});
