import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { delay, http } from 'msw';
import { DEMO_PASSWORD } from '../src/adapters/memory/index.js';
import { en } from '../src/i18n/index.js';
import { NEW_PASSWORD, PasswordSettingsHarness } from '../test/harness/password-settings.js';
import { lastSent, wrongCode } from '../test/support/outbox.js';
import { BASE_URL, mockBackend, NEVER, withMockApi, withoutAdapter, type MockApiOptions } from './support.js';

/** The story's element, once the account has loaded. */
async function passwordSettings(canvasElement: HTMLElement): Promise<PasswordSettingsHarness> {
  const harness = new PasswordSettingsHarness(canvasElement.querySelector('password-settings')!);
  return harness.ready(PasswordSettingsHarness.readySelector);
}

/** Asks for a reset code, and returns the element at its code step. */
async function codeSent(canvasElement: HTMLElement): Promise<PasswordSettingsHarness> {
  const harness = await passwordSettings(canvasElement);
  await harness.startReset();
  return harness;
}

/** The code the story's backend texted, to type it as the person would. */
function sentCode(context: StoryContext): string {
  return lastSent(mockBackend(context), 'password_reset');
}

/** A code surely not the one sent. */
function notTheCode(context: StoryContext): string {
  return wrongCode(mockBackend(context), 'password_reset');
}

/** A mock API on which the password change never answers: the element stays saving. */
function changeNeverAnswers(options: MockApiOptions = {}) {
  const api = withMockApi(options);
  const hanging = http.post(`${BASE_URL}/account/password/change`, () => delay('infinite'));
  return { ...api, msw: { handlers: { api: [hanging, ...api.msw.handlers.api] } } };
}

const meta: Meta = {
  title: 'Elements/password-settings',
  component: 'password-settings',
  render: () => html`<password-settings></password-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The two ways in: change with the current password, or reset with a code texted to the cell on file. */
export const Idle: Story = {};

/** The account has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The account could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount' } }),
};

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };

/**
 * The change form (in the light DOM, where password managers find it): current password, new password
 * with its rules, show/hide and strength. The demo password is `correct horse 1`.
 */
export const ChangeForm: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.fill(en.password.new, 'blue kite 7');
  },
};

/** The current password was not right: said at its field, with the tries left. */
export const ChangeFailing: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.changePassword('not my password', NEW_PASSWORD);
  },
};

/** Saving: the button is busy and the form waits for the backend. */
export const Saving: Story = {
  parameters: changeNeverAnswers(),
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
  },
};

/** Changed: the form is gone (a sign of success to password managers) and the change is announced. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
  },
};

/**
 * A backend that only resets: its first `unsupported` answer hides "Change password" from then on,
 * and the reset is offered instead.
 */
export const ChangeUnsupported: Story = {
  parameters: withMockApi({ unsupported: ['changePassword'] }),
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
  },
};

/** No cell number on the account: no reset, and a link to the personal cell section. */
export const NoCellOnFile: Story = {
  parameters: withMockApi({ seed: { admin: { phone: null } } }),
};

/** The reset code is on its way (masked number); the resend waits out its cooldown. */
export const ResetCodeSent: Story = {
  play: async ({ canvasElement }) => {
    await codeSent(canvasElement);
  },
};

/** Right after sending, "Send a new code" counts its cooldown down. */
export const ResendCoolingDown: Story = {
  play: async ({ canvasElement }) => {
    const harness = await codeSent(canvasElement);
    await harness.fill(en.password.new, NEW_PASSWORD);
  },
};

/** A wrong code: cleared, and said at the code with the tries left. */
export const WrongCode: Story = {
  play: async (context) => {
    const harness = await codeSent(context.canvasElement);
    await harness.resetPassword(notTheCode(context), NEW_PASSWORD);
  },
};

/** The code expired before it was used: the field closes, a new code can be sent. */
export const Expired: Story = {
  parameters: withMockApi({ failNext: { code: 'verification_expired', method: 'completePasswordReset' } }),
  play: async (context) => {
    const harness = await codeSent(context.canvasElement);
    await harness.resetPassword(sentCode(context), NEW_PASSWORD);
  },
};

/** No tries left: the backend wants a wait, and the reset starts again. */
export const OutOfTries: Story = {
  parameters: withMockApi({
    failNext: { code: 'verification_failed', method: 'completePasswordReset', attemptsLeft: 0 },
  }),
  play: async (context) => {
    const harness = await codeSent(context.canvasElement);
    await harness.resetPassword(notTheCode(context), NEW_PASSWORD);
  },
};

/** Too many codes asked for: "Reset password" counts the wait down and stays disabled. */
export const RateLimited: Story = {
  parameters: withMockApi({
    failNext: { code: 'rate_limited', method: 'startPasswordReset', retryAfter: 45 },
  }),
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.click(en.password.reset);
  },
};

/**
 * The network failed while resetting: said at the code and in the card, and what was typed stays.
 * (A story cannot take the browser offline, so the words are those for an unreachable server; the
 * tests show the offline words with `navigator.onLine` false.)
 */
export const Offline: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'completePasswordReset' } }),
  play: async (context) => {
    const harness = await codeSent(context.canvasElement);
    await harness.resetPassword(sentCode(context), NEW_PASSWORD);
  },
};

/** The backend asks who it is before the change (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['changePassword'] }),
  play: async ({ canvasElement }) => {
    const harness = await passwordSettings(canvasElement);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
  },
};
