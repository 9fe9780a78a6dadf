import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/personal-phone/personal-phone.js';
import { en } from '../src/i18n/index.js';
import { until } from '../test/harness/element-harness.js';
import { PersonalPhoneHarness } from '../test/harness/personal-phone.js';
import { mockBackend, NEVER, withMockApi, withoutAdapter } from './support.js';

const NEW_NUMBER = '+1 415 555 0199';

/** The story's element, once it shows the number on file. */
async function phone(canvasElement: HTMLElement): Promise<PersonalPhoneHarness> {
  const element = canvasElement.querySelector('personal-phone');
  if (!element) throw new Error('No <personal-phone> in the story');
  return new PersonalPhoneHarness(element).ready(PersonalPhoneHarness.readySelector);
}

/** The code the mock backend texted for the change. */
function sentCode(context: Pick<StoryContext, 'parameters'>): string {
  return mockBackend(context).lastMessage('phone_change')?.secret ?? '';
}

/** Opens the change, sends a code to the new number and waits for the code step. */
async function toCodeStep(canvasElement: HTMLElement): Promise<PersonalPhoneHarness> {
  const harness = await phone(canvasElement);
  await harness.startChange(NEW_NUMBER);
  await harness.waitForCodeStep();
  return harness;
}

const meta: Meta = {
  title: 'Elements/personal-phone',
  component: 'personal-phone',
  render: () => html`<personal-phone></personal-phone>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The number on file, for reading, and "Change number". */
export const Idle: Story = {};

/** No cell number yet: "Add number". */
export const NoCellOnFile: Story = { parameters: withMockApi({ seed: { admin: { phone: null } } }) };

/** The change is open: the country from the locale, the number formatted as typed. */
export const EnteringNumber: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.openChange();
    await harness.typeNumber('4155550199');
  },
};

/** A number that is not one is refused at its field before anything is sent. */
export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.startChange('+1 555');
  },
};

/** A premium-rate number: only the backend can tell, and its answer lands at the field. */
export const PremiumNumber: Story = {
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.startChange('+1 900 555 0123');
  },
};

/** The backend wants the password first (the demo's is `correct horse 1`). */
export const IdentityCheck: Story = {
  parameters: withMockApi({ reverify: ['startPhoneChange'] }),
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.startChange(NEW_NUMBER);
  },
};

/** The code is on its way: where it went, its expiry, the tries left. */
export const CodeSent: Story = {
  play: async ({ canvasElement }) => {
    await toCodeStep(canvasElement);
  },
};

/** "Send a new code" counts down the backend's cooldown before it can be pressed. */
export const ResendCoolingDown: Story = {
  play: async ({ canvasElement }) => {
    const harness = await toCodeStep(canvasElement);
    harness.codeStepPiece('resend')!.focus();
  },
};

/** A wrong code: said with the tries left, cleared, focused. */
export const WrongCode: Story = {
  play: async (context) => {
    const harness = await toCodeStep(context.canvasElement);
    await harness.enterCode(sentCode(context) === '000000' ? '111111' : '000000');
  },
};

/** The code expired before it was entered: a new one can be sent. */
export const Expired: Story = {
  parameters: withMockApi({ failNext: { code: 'verification_expired', method: 'confirmPhoneChange' } }),
  play: async (context) => {
    const harness = await toCodeStep(context.canvasElement);
    await harness.enterCode(sentCode(context));
  },
};

/** The last try was wrong: no more codes for a while; "Start again" goes back to the number. */
export const OutOfTries: Story = {
  parameters: withMockApi({
    failNext: { code: 'verification_failed', method: 'confirmPhoneChange', attemptsLeft: 0 },
  }),
  play: async (context) => {
    const harness = await toCodeStep(context.canvasElement);
    await harness.enterCode('000000');
  },
};

/** Too many codes asked for: said, and "Send code" counts the wait down. */
export const RateLimited: Story = {
  parameters: withMockApi({ failNext: { code: 'rate_limited', method: 'startPhoneChange', retryAfter: 45 } }),
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.startChange(NEW_NUMBER);
  },
};

/** The browser is offline: the number is kept and the person is told to try once back. */
export const Offline: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'startPhoneChange' } }),
  beforeEach: () => {
    // The story's browser is online; this one pretends it is not, and puts it back afterwards.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
    };
  },
  play: async ({ canvasElement }) => {
    const harness = await phone(canvasElement);
    await harness.startChange(NEW_NUMBER);
  },
};

/** Checking the code fails (no network): the code is kept, the failure said; Verify tries again. */
export const SaveFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'confirmPhoneChange' } }),
  play: async (context) => {
    const harness = await toCodeStep(context.canvasElement);
    await harness.enterCode(sentCode(context));
  },
};

/** Start to finish: the new number shows, the change is announced. */
export const Verified: Story = {
  play: async (context) => {
    const harness = await toCodeStep(context.canvasElement);
    await harness.enterCode(sentCode(context));
    await until(() => harness.status === en.phone.verified, 'the change was not announced');
  },
};

/** The account has not arrived: a skeleton. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The account could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount' } }),
};

/** No adapter anywhere: the element tells the integrator what is missing. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
