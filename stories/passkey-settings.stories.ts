import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { en } from '../src/i18n/index.js';
import { until } from '../test/harness/element-harness.js';
import { PasskeySettingsHarness } from '../test/harness/passkey-settings.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once its passkeys have loaded. */
async function passkeys(canvasElement: HTMLElement): Promise<PasskeySettingsHarness> {
  const harness = new PasskeySettingsHarness(canvasElement.querySelector('passkey-settings')!);
  return harness.ready(PasskeySettingsHarness.readySelector);
}

const meta: Meta = {
  title: 'Elements/passkey-settings',
  component: 'passkey-settings',
  render: () => html`<passkey-settings></passkey-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/**
 * The account's passkey, with its provider, whether it is synced, and its dates; Rename, Remove and
 * "Add a passkey" (which asks this browser for a real passkey, after the identity check: the demo
 * password is `correct horse 1`).
 */
export const Listed: Story = {};

/** Renaming in place: Enter saves, Escape puts the row back. */
export const Renaming: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passkeys(canvasElement);
    const [row] = harness.rows;
    await harness.rename({ id: row!.id, name: row!.name }, 'Work laptop');
  },
};

/** A blank name is refused at the field; what was typed stays. */
export const RenameRefused: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passkeys(canvasElement);
    const [row] = harness.rows;
    await harness.rename({ id: row!.id, name: row!.name }, ' ');
    await harness.click(en.common.save);
  },
};

/** Remove asks first: the passkey no longer signs in. */
export const RemoveConfirm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passkeys(canvasElement);
    await harness.openRemoval({ id: harness.rows[0]!.id });
  },
};

/** Removing failed: said in the confirmation; the passkey stays. */
export const RemoveFailing: Story = {
  parameters: withMockApi({ reverify: [], failNext: { code: 'network', method: 'removePasskey' } }),
  play: async ({ canvasElement }) => {
    const harness = await passkeys(canvasElement);
    await harness.openRemoval({ id: harness.rows[0]!.id });
    await harness.confirmRemoval();
    await until(() => harness.removeDialog?.textContent?.includes(en.errors.network), 'no failure said');
  },
};

/** No passkey yet: why to add one. */
export const None: Story = {
  parameters: withMockApi({ reverify: [] }),
  play: async ({ canvasElement }) => {
    const harness = await passkeys(canvasElement);
    await harness.openRemoval({ id: harness.rows[0]!.id });
    await harness.confirmRemoval();
    await until(() => harness.emptyNote !== '', 'the passkey stayed');
  },
};

/** The passkeys have not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The passkeys could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'listPasskeys' } }),
};

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
