import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { en } from '../src/i18n/index.js';
import { MessageSettingsHarness } from '../test/harness/message-settings.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

const messages = en.messages;

async function messageSettings(canvasElement: HTMLElement): Promise<MessageSettingsHarness> {
  const harness = new MessageSettingsHarness(canvasElement.querySelector('message-settings')!);
  return harness.ready(MessageSettingsHarness.readySelector);
}

const meta: Meta = {
  title: 'Elements/message-settings',
  component: 'message-settings',
  render: () => html`<message-settings></message-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The signature, auto-reply, forwarding to email, and the opt-out keywords over the standard ones. */
export const Idle: Story = {};

export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getMessageSettings' } }),
};

/** A backend without messaging settings: the element leaves itself out (`hidden`). */
export const Unsupported: Story = { parameters: withMockApi({ unsupported: ['getMessageSettings'] }) };

/** An auto-reply turned on with no text: it waits for the text, which is asked for. */
export const AutoReplyNeedsText: Story = {
  parameters: withMockApi({
    seed: {
      messages: {
        signature: '— Ada',
        autoReply: { enabled: false, text: '' },
        forwardToEmail: { enabled: false, email: null },
        optOut: { keywords: ['REMOVE'] },
      },
    },
  }),
  play: async ({ canvasElement }) => {
    await (await messageSettings(canvasElement)).toggle(messages.autoReply);
  },
};

/** Forwarding texts to an address that is not one. */
export const ForwardingAddressRefused: Story = {
  play: async ({ canvasElement }) => {
    const harness = await messageSettings(canvasElement);
    await harness.toggle(messages.forwardToEmail);
    await harness.fill(messages.forwardEmail, 'ada@example');
    await harness.save();
  },
};

/** A keyword added, and one refused: two words, and a standard one. */
export const Keywords: Story = {
  play: async ({ canvasElement }) => {
    const harness = await messageSettings(canvasElement);
    await harness.addKeyword('halt');
    await harness.addKeyword('no thanks');
  },
};

/** The save failed: what was typed stays, and why is said. */
export const SaveFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'updateMessageSettings' } }),
  play: async ({ canvasElement }) => {
    const harness = await messageSettings(canvasElement);
    await harness.fill(messages.signature, '— Ada, Acme Plumbing');
    await harness.save();
  },
};

export const NoAdapter: Story = { parameters: withoutAdapter() };
