import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEMO_PASSWORD } from '../src/adapters/memory/index.js';
import { en } from '../src/i18n/index.js';
import { until } from '../test/harness/element-harness.js';
import { appCode, TwoStepSettingsHarness } from '../test/harness/two-step-settings.js';
import { stubClipboard } from '../test/support/page.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once whether two-step is on has loaded. */
async function twoStep(canvasElement: HTMLElement): Promise<TwoStepSettingsHarness> {
  const harness = new TwoStepSettingsHarness(canvasElement.querySelector('two-step-settings')!);
  return harness.ready(TwoStepSettingsHarness.readySelector);
}

/** Up to the setup, its QR code drawn. */
async function settingUp(canvasElement: HTMLElement): Promise<TwoStepSettingsHarness> {
  const harness = await twoStep(canvasElement);
  await harness.startSetup();
  await harness.waitForSetup();
  await harness.qrDrawn();
  return harness;
}

/** The app turned on with the code an app holding the shown key makes now; the codes on screen. */
async function turnedOn(canvasElement: HTMLElement): Promise<TwoStepSettingsHarness> {
  const harness = await settingUp(canvasElement);
  await harness.confirmCode(appCode(harness.key, Date.now()));
  await harness.waitForBackupCodes();
  return harness;
}

const meta: Meta = {
  title: 'Elements/two-step-settings',
  component: 'two-step-settings',
  render: () => html`<two-step-settings></two-step-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** Off: what two-step verification is, the app to set up, and codes by SMS where offered. */
export const Off: Story = {};

/** Setting up: the QR code drawn on the page, the key to type, and the app's first code. */
export const SettingUp: Story = {
  play: async ({ canvasElement }) => {
    await settingUp(canvasElement);
  },
};

/** A wrong first code: said at the field, what was typed kept, the tries left. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const harness = await settingUp(canvasElement);
    const right = appCode(harness.key, Date.now());
    await harness.confirmCode(right === '000000' ? '111111' : '000000');
    await until(() => harness.codeError !== '', 'the wrong code was not said');
  },
};

/** On: the ten backup codes, shown this once, to copy or download. */
export const BackupCodesShown: Story = {
  play: async ({ canvasElement }) => {
    await turnedOn(canvasElement);
  },
};

/** The codes copied (with a stand-in clipboard: a `play` function is no user gesture). */
export const BackupCodesCopied: Story = {
  play: async ({ canvasElement }) => {
    const harness = await turnedOn(canvasElement);
    const clipboard = stubClipboard();
    try {
      await harness.copyCodes();
      await harness.announced(en.twoStep.codesCopied);
    } finally {
      clipboard.restore();
    }
  },
};

/** On, the codes put away: since when, Turn off, SMS codes, how many backup codes are left. */
export const On: Story = {
  play: async ({ canvasElement }) => {
    const harness = await turnedOn(canvasElement);
    await harness.codesSaved();
  },
};

/** Turning the app off asks first, and says two-step verification goes off with it. */
export const TurnOffConfirm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await turnedOn(canvasElement);
    await harness.codesSaved();
    await harness.openTurnOff();
  },
};

/** New backup codes: the old set stops working, the new one is shown once. */
export const NewBackupCodes: Story = {
  play: async ({ canvasElement }) => {
    const harness = await turnedOn(canvasElement);
    await harness.codesSaved();
    await harness.newBackupCodes();
    await until(() => harness.backupCodesNote.includes(en.twoStep.oldCodesGone), 'no new codes');
  },
};

/** The backend asks who it is before a setup (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['startTotpSetup', 'regenerateBackupCodes', 'disableTotp'] }),
  play: async ({ canvasElement }) => {
    const harness = await twoStep(canvasElement);
    await harness.startSetup();
    await harness.waitForIdentityCheck();
  },
};

/** Once the app is on, the identity check also takes a code from it, or a backup code. */
export const IdentityCheckWithApp: Story = {
  parameters: withMockApi({ reverify: ['startTotpSetup', 'regenerateBackupCodes', 'disableTotp'] }),
  play: async ({ canvasElement }) => {
    const harness = await twoStep(canvasElement);
    await harness.startSetup();
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.waitForSetup();
    await harness.confirmCode(appCode(harness.key, Date.now()));
    await harness.waitForBackupCodes();
    await harness.codesSaved();
    await harness.newBackupCodes();
    const dialog = await harness.waitForIdentityCheck();
    await harness.click(en.reverify.useTotp, dialog);
  },
};

/** A backend that does not send codes by SMS: only the app, and no SMS row. */
export const SmsNotOffered: Story = { parameters: withMockApi({ unsupported: ['enableSmsTwoStep'] }) };

/** Confirming the code failed on the network: said, the code kept for another try. */
export const ConfirmFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'confirmTotpSetup' } }),
  play: async ({ canvasElement }) => {
    const harness = await settingUp(canvasElement);
    await harness.confirmCode(appCode(harness.key, Date.now()));
    await until(() => harness.alert !== '', 'the failure was not said');
  },
};

/** The setup in Arabic, right to left; the key and the code stay left to right. */
export const SettingUpArabic: Story = {
  parameters: { ...withMockApi(), locale: 'ar' },
  play: async ({ canvasElement }) => {
    const harness = await twoStep(canvasElement);
    harness.find('#two-step-set-up').click();
    await harness.waitForSetup();
    await harness.qrDrawn();
  },
};

/** The state has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The state could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getTwoStep' } }),
};

/** A backend without two-step verification: the card leaves the page. */
export const Unsupported: Story = { parameters: withMockApi({ unsupported: ['getTwoStep'] }) };

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
