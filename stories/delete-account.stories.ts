import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEMO_PASSWORD } from '../src/adapters/memory/index.js';
import { DeleteAccountHarness } from '../test/harness/delete-account.js';
import { until } from '../test/harness/element-harness.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once the account has loaded. */
async function deleteAccount(canvasElement: HTMLElement): Promise<DeleteAccountHarness> {
  const harness = new DeleteAccountHarness(canvasElement.querySelector('delete-account')!);
  return harness.ready(DeleteAccountHarness.readySelector);
}

/** The confirmation open, with the demo admin's username typed. */
async function confirmed(canvasElement: HTMLElement): Promise<DeleteAccountHarness> {
  const harness = await deleteAccount(canvasElement);
  await harness.open();
  await harness.type('ada');
  return harness;
}

const meta: Meta = {
  title: 'Elements/delete-account',
  component: 'delete-account',
  render: () => html`<delete-account></delete-account>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** What deleting means, and the button that opens the confirmation. */
export const Admin: Story = {};

/** The confirmation: Delete stays unavailable until the username is typed exactly. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    const harness = await deleteAccount(canvasElement);
    await harness.open();
  },
};

/** The username typed: Delete is available. */
export const ReadyToDelete: Story = {
  play: async ({ canvasElement }) => {
    await confirmed(canvasElement);
  },
};

/** The backend asks who it is first (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['deleteAccount'] }),
  play: async ({ canvasElement }) => {
    const harness = await confirmed(canvasElement);
    await harness.confirm();
    await harness.waitForIdentityCheck();
  },
};

/** Deleted: the final state, with focus on it; the host hears `account-deleted`. */
export const Deleted: Story = {
  play: async ({ canvasElement }) => {
    const harness = await confirmed(canvasElement);
    await harness.confirm();
    await until(() => harness.deletedMessage, 'the account was not said to be gone');
  },
};

/** Deleted after the identity check passed with the demo password. */
export const DeletedAfterIdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['deleteAccount'] }),
  play: async ({ canvasElement }) => {
    const harness = await confirmed(canvasElement);
    await harness.confirm();
    await harness.confirmIdentity(DEMO_PASSWORD);
    await until(() => harness.deletedMessage, 'the account was not said to be gone');
  },
};

/** Deleting failed: said in the dialog, which stays open with the username kept. */
export const DeleteFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'deleteAccount' } }),
  play: async ({ canvasElement }) => {
    const harness = await confirmed(canvasElement);
    await harness.confirm();
    await harness.waitFor('#delete-dialog [role="alert"]');
  },
};

/** Too many tries: the wait is counted down on the button. */
export const RateLimited: Story = {
  parameters: withMockApi({ failNext: { code: 'rate_limited', method: 'deleteAccount', retryAfter: 30 } }),
  play: async ({ canvasElement }) => {
    const harness = await confirmed(canvasElement);
    await harness.confirm();
    await until(() => harness.confirmButton.getAttribute('aria-disabled') === 'true', 'no wait shown');
  },
};

/** A member is told only an admin can delete the account, and has no button. */
export const Member: Story = { parameters: withMockApi({ user: 'member' }) };

/** The account has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The account could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount' } }),
};

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
