import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEMO_PASSWORD } from '../src/adapters/memory/index.js';
import { en } from '../src/i18n/index.js';
import { until } from '../test/harness/element-harness.js';
import { SignedInDevicesHarness } from '../test/harness/signed-in-devices.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once the devices have loaded. */
async function devices(canvasElement: HTMLElement): Promise<SignedInDevicesHarness> {
  const harness = new SignedInDevicesHarness(canvasElement.querySelector('signed-in-devices')!);
  return harness.ready(SignedInDevicesHarness.readySelector);
}

/** The first device that is not this one: the phone in Lisbon, in the demo data. */
function firstOther(harness: SignedInDevicesHarness): string {
  const other = harness.rows.find((row) => !row.current);
  if (!other) throw new Error('No other device');
  return other.id;
}

const meta: Meta = {
  title: 'Elements/signed-in-devices',
  component: 'signed-in-devices',
  render: () => html`<signed-in-devices></signed-in-devices>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** This device first, marked, then the others, the most recently active first; each but this one can be signed out. */
export const Devices: Story = {};

/** Sign out asks first: that device will need the password again. */
export const SignOutConfirm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    await harness.openSignOut(firstOther(harness));
  },
};

/** Signed out: the row is gone, it is said, and focus is on the next device's Sign out. */
export const SignedOut: Story = {
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    const id = firstOther(harness);
    await harness.openSignOut(id);
    await harness.confirm();
    await harness.rowGone(id);
  },
};

/** The backend asks who it is before signing a device out (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['revokeSession', 'revokeOtherSessions'] }),
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    await harness.openSignOut(firstOther(harness));
    await harness.confirm();
    await until(() => harness.identityCheck?.open, 'no identity check');
  },
};

/** The identity check passed with the demo password: the device is signed out. */
export const IdentityCheckPassed: Story = {
  parameters: withMockApi({ reverify: ['revokeSession', 'revokeOtherSessions'] }),
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    const id = firstOther(harness);
    await harness.openSignOut(id);
    await harness.confirm();
    await harness.confirmIdentity(DEMO_PASSWORD);
    await harness.rowGone(id);
  },
};

/** Every other device at once, after a confirmation. */
export const SignOutOthersConfirm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    await harness.openSignOutOthers();
  },
};

/** Only this device is left: said in place of the others, and the button to sign them out is gone. */
export const OnlyThisDevice: Story = {
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    await harness.openSignOutOthers();
    await harness.confirm();
    await harness.announced(en.devices.signedOutOthers(2));
  },
};

/**
 * Signing out failed for want of a network: said in the confirmation, the row kept. (A story cannot
 * take the browser offline, so the words are those for an unreachable server; the tests show the
 * offline words with `navigator.onLine` false.)
 */
export const SignOutFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'revokeSession' } }),
  play: async ({ canvasElement }) => {
    const harness = await devices(canvasElement);
    await harness.openSignOut(firstOther(harness));
    await harness.confirm();
    await until(() => harness.dialogError !== '', 'the failure was not said');
  },
};

/** A device whose place the backend could not tell: no place on its row. */
export const NoPlace: Story = { parameters: withMockApi({ user: 'member' }) };

/** In Spanish: the kinds of device, the countries and the times in the language. */
export const Spanish: Story = { parameters: { locale: 'es' } };

/** In Arabic, right to left. */
export const Arabic: Story = { parameters: { locale: 'ar' } };

/** The devices have not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The devices could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'listSessions' } }),
};

/** A backend without sessions: the card leaves the page (nothing shows). */
export const Unsupported: Story = { parameters: withMockApi({ unsupported: ['listSessions'] }) };

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
