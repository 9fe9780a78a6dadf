import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEMO_PASSWORD } from '../src/adapters/memory/index.js';
import { en } from '../src/i18n/index.js';
import { ApiKeyHarness } from '../test/harness/api-key.js';
import { until } from '../test/harness/element-harness.js';
import { stubClipboard } from '../test/support/page.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once the key has loaded. */
async function apiKey(canvasElement: HTMLElement): Promise<ApiKeyHarness> {
  const harness = new ApiKeyHarness(canvasElement.querySelector('api-key')!);
  return harness.ready(ApiKeyHarness.readySelector);
}

/**
 * Copies with the clipboard standing in for the browser's: a `play` function is no user gesture, so
 * the browser may refuse it. Put back once the copy is said.
 */
async function copyWithStandInClipboard(harness: ApiKeyHarness): Promise<void> {
  const clipboard = stubClipboard();
  try {
    await harness.copy();
    await harness.announced(en.apiKey.copied);
  } finally {
    clipboard.restore();
  }
}

const meta: Meta = {
  title: 'Elements/api-key',
  component: 'api-key',
  render: () => html`<api-key></api-key>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The key masked (prefix and last four), when it was made and last used; Reveal, Copy, Regenerate. */
export const KeyHidden: Story = {};

/** Revealed: the key in full, hidden again after 30 seconds (counted down) or when the page is hidden. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await harness.keyShown();
  },
};

/** Copied without being shown: the key is fetched for the clipboard, and "Copied" is said. */
export const Copied: Story = {
  play: async ({ canvasElement }) => {
    await copyWithStandInClipboard(await apiKey(canvasElement));
  },
};

/** Regenerate asks first: the old key stops working at once. */
export const RegenerateConfirm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.openRegenerate();
  },
};

/** The new key, shown until Done, ready to copy; the old one no longer works. */
export const NewKeyShownOnce: Story = {
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.openRegenerate();
    await harness.confirmRegenerate();
    await harness.newKeyShown();
  },
};

/**
 * A backend that shows a key only when it is made: its first `unsupported` answer to Reveal leaves
 * Regenerate alone, and says why.
 */
export const RevealUnsupported: Story = {
  parameters: withMockApi({ unsupported: ['revealApiKey'] }),
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await until(() => !harness.hasButton(en.apiKey.reveal), 'Reveal stayed');
  },
};

/** On such a backend, the new key will not be shown again in full: the note says so. */
export const NewKeyRevealUnsupported: Story = {
  parameters: withMockApi({ unsupported: ['revealApiKey'] }),
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await until(() => !harness.hasButton(en.apiKey.reveal), 'Reveal stayed');
    await harness.openRegenerate();
    await harness.confirmRegenerate();
    await harness.newKeyShown();
  },
};

/** A member sees the key masked, and why they cannot reveal or replace it. */
export const Member: Story = { parameters: withMockApi({ user: 'member' }) };

/** The backend asks who it is before showing the key (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['revealApiKey', 'regenerateApiKey'] }),
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await until(() => harness.identityCheck?.open, 'no identity check');
  },
};

/** The identity check passed with the demo password: the key shows. */
export const IdentityCheckPassed: Story = {
  parameters: withMockApi({ reverify: ['revealApiKey', 'regenerateApiKey'] }),
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.keyShown();
  },
};

/** Revealing failed: said in the card; the key stays masked. */
export const RevealFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'revealApiKey' } }),
  play: async ({ canvasElement }) => {
    const harness = await apiKey(canvasElement);
    await harness.reveal();
    await until(() => harness.alert !== '', 'the failure was not said');
  },
};

/** The key has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The key could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getApiKey' } }),
};

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
