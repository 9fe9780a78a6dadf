import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { delay, http } from 'msw';
import { en } from '../src/i18n/index.js';
import { EmailSettingsHarness } from '../test/harness/email-settings.js';
import { BASE_URL, mockBackend, NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once its address shows. */
async function emailSettings(canvasElement: HTMLElement): Promise<EmailSettingsHarness> {
  const harness = new EmailSettingsHarness(canvasElement.querySelector('email-settings')!);
  return harness.ready(EmailSettingsHarness.readySelector);
}

/** Asks for a new address, as a person would. */
async function requestChange(canvasElement: HTMLElement, email = 'ada.lovelace@example.org') {
  const harness = await emailSettings(canvasElement);
  await harness.requestChange(email);
  return harness;
}

/** The backend has a change waiting before the element loads, as after a page reload. */
async function changeAlreadyPending(context: StoryContext): Promise<void> {
  await mockBackend(context).startEmailChange('ada.lovelace@example.org');
}

const meta: Meta = {
  title: 'Elements/email-settings',
  component: 'email-settings',
  render: () => html`<email-settings></email-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The current address with Change email, and the email notifications. */
export const Idle: Story = {};

/** The data has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The account could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount' } }),
};

/** A member changes their own address and notifications, as an admin does. */
export const Member: Story = { parameters: withMockApi({ user: 'member' }) };

/** The form for a new address, refused before sending: it is the current one, in other cases. */
export const ChangeFormWithError: Story = {
  play: async ({ canvasElement }) => {
    await requestChange(canvasElement, 'ADA@example.com');
  },
};

/** The backend asks who it is before sending the link (password `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['startEmailChange'] }),
  play: async ({ canvasElement }) => {
    await requestChange(canvasElement);
  },
};

/**
 * A change waiting for its link, loaded from the backend (as after a reload): the old address stays
 * in use. Resend starts the change again (no verification id survives a reload); Cancel drops it.
 */
export const PendingEmail: Story = { beforeEach: changeAlreadyPending };

/** The link was just sent: Resend counts down from the backend's cooldown. */
export const ResendCoolingDown: Story = {
  play: async ({ canvasElement }) => {
    await (await requestChange(canvasElement)).waitForPending();
  },
};

/** The link is followed elsewhere (here: by the story); coming back to the page shows the new address. */
export const LinkFollowedElsewhere: Story = {
  play: async (context) => {
    const harness = await requestChange(context.canvasElement);
    await harness.waitForPending();
    const backend = mockBackend(context);
    await backend.confirmEmailChange(backend.lastMessage('email_change')!.secret);
    harness.comeBack();
  },
};

/** Too many links asked for: the wait is said, and counted down on Send link. */
export const RateLimited: Story = {
  parameters: withMockApi({ failNext: { code: 'rate_limited', method: 'startEmailChange', retryAfter: 60 } }),
  play: async ({ canvasElement }) => {
    await requestChange(canvasElement);
  },
};

/**
 * Sending failed for want of a network; the address typed stays. (With the browser offline the
 * message says so; here the request fails while the browser believes it is online.)
 */
export const Offline: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'startEmailChange' } }),
  play: async ({ canvasElement }) => {
    await requestChange(canvasElement);
  },
};

/** A switch could not be saved: it goes back to what is stored, and the failure is said. */
export const NotificationSaveFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'updateNotificationSettings' } }),
  play: async ({ canvasElement }) => {
    const harness = await (await emailSettings(canvasElement)).notificationsReady();
    await harness.toggle(en.email.voicemails);
  },
};

/** The notifications have not arrived; the address part does not wait for them. */
export const NotificationsLoading: Story = {
  parameters: (() => {
    const api = withMockApi({ rest: { timeout: NEVER } });
    const neverAnswers = http.get(`${BASE_URL}/account/notifications`, () => delay('infinite'));
    return { ...api, msw: { handlers: { api: [neverAnswers, ...api.msw.handlers.api] } } };
  })(),
};

/** The notifications could not be loaded: their own message and retry; the address still works. */
export const NotificationsFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getNotificationSettings' } }),
};

/** A backend without email notifications: only the address part shows. */
export const NotificationsUnsupported: Story = {
  parameters: withMockApi({ unsupported: ['getNotificationSettings'] }),
};

/** No adapter anywhere: the element tells the integrator what is missing. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
