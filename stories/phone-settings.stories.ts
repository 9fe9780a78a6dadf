import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { en } from '../src/i18n/index.js';
import { PhoneSettingsHarness } from '../test/harness/phone-settings.js';
import { audioFile, textNamedMp3, wavBytes } from '../test/support/audio.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

const voice = en.voice;

/** The story's element, once its fields show. */
async function phoneSettings(canvasElement: HTMLElement): Promise<PhoneSettingsHarness> {
  const harness = new PhoneSettingsHarness(canvasElement.querySelector('phone-settings')!);
  return harness.ready(PhoneSettingsHarness.readySelector);
}

const meta: Meta = {
  title: 'Elements/phone-settings',
  component: 'phone-settings',
  render: () => html`<phone-settings></phone-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** Do not disturb, forwarding, voicemail and its greeting, caller ID and business hours. */
export const Idle: Story = {};

/** The settings have not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The settings could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getVoiceSettings' } }),
};

/** A backend without voice settings: the element leaves itself out (`hidden`); the canvas stays empty. */
export const Unsupported: Story = { parameters: withMockApi({ unsupported: ['getVoiceSettings'] }) };

/** Forwarding turned on with no number: it waits, unsaved, and the number is asked for. */
export const ForwardingNeedsNumber: Story = {
  play: async ({ canvasElement }) => {
    await (await phoneSettings(canvasElement)).toggle(voice.forwarding);
  },
};

/** A ring time out of range and a greeting over its limit, refused before sending. */
export const FieldsRefused: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phoneSettings(canvasElement);
    await harness.fill(voice.ringSeconds, '90');
    await harness.fill(voice.greetingText, 'Thanks for calling Acme Plumbing. '.repeat(16));
    await harness.save();
  },
};

/** A switch on its way to the backend: it shows the value asked for, the others wait. */
export const SwitchSaving: Story = {
  parameters: withMockApi({ latency: { min: 1500, max: 1500 } }),
  play: async ({ canvasElement }) => {
    await (await phoneSettings(canvasElement)).toggle(voice.doNotDisturb);
  },
};

/** A switch could not be saved: it goes back to what is stored, and the failure is said. */
export const SwitchSaveFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'updateVoiceSettings' } }),
  play: async ({ canvasElement }) => {
    await (await phoneSettings(canvasElement)).toggle(voice.voicemail);
  },
};

/** Saved elsewhere meanwhile: "Load the latest" keeps what was typed. */
export const ChangedElsewhere: Story = {
  parameters: withMockApi({ failNext: { code: 'conflict', method: 'updateVoiceSettings' } }),
  play: async ({ canvasElement }) => {
    const harness = await phoneSettings(canvasElement);
    await harness.fill(voice.greetingText, 'You have reached Acme Plumbing.');
    await harness.save();
  },
};

/** The greeting plays a recording (uploaded here by the story, a short tone). */
export const RecordedGreeting: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phoneSettings(canvasElement);
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(audioFile(wavBytes(2), 'greeting.wav', 'audio/wav'));
  },
};

/** A text file named `.mp3` is refused by its bytes, before anything is sent. */
export const RecordingRefused: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phoneSettings(canvasElement);
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(textNamedMp3());
  },
};

/** Do not disturb until a time, and a Saturday night shift that closes after midnight. */
export const DoNotDisturbAndNightShift: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phoneSettings(canvasElement);
    await harness.toggle(voice.doNotDisturb);
    await harness.settled();
    await harness.fill(voice.until, '2030-01-01T08:30');
    await harness.setDayOpen('Saturday', true);
    await harness.fill('Saturday: opens', '22:00');
    await harness.fill('Saturday: closes', '04:00');
  },
};

/** No adapter anywhere: the element tells the integrator what is missing. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
