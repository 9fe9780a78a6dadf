import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-profile/account-profile.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** Types into one of the element's fields, as a person would, so the story shows the outcome. */
async function typeInto(canvasElement: HTMLElement, id: string, value: string): Promise<void> {
  const profile = canvasElement.querySelector('account-profile');
  await profile?.updateComplete;
  for (let tries = 0; tries < 50 && !profile?.shadowRoot?.querySelector(`#${id}`); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const input = profile?.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function save(canvasElement: HTMLElement): Promise<void> {
  const profile = canvasElement.querySelector('account-profile');
  await profile?.updateComplete;
  profile?.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
}

const meta: Meta = {
  title: 'Elements/account-profile',
  component: 'account-profile',
  render: () => html`<account-profile></account-profile>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The signed-in admin's profile, ready to edit. */
export const Ready: Story = {};

/** The data has not arrived: a skeleton in the shape of the form. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** A member sees the same profile: everyone may edit their own. */
export const Member: Story = { parameters: withMockApi({ user: 'member' }) };

/** Every answer takes 1.5 s: watch the saving state on Save. */
export const SlowNetwork: Story = {
  parameters: withMockApi({ latency: 1500 }),
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'name', 'Ada King');
    await save(canvasElement);
  },
};

/** The profile could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount' } }),
};

/** The save fails: the input stays, and the failure is said. */
export const SaveFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'updateProfile' } }),
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'name', 'Ada King');
    await save(canvasElement);
  },
};

/** Someone else changed the profile meanwhile: load the latest, keeping the input. */
export const Conflict: Story = {
  parameters: withMockApi({ failNext: { code: 'conflict', method: 'updateProfile' } }),
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'name', 'Ada King');
    await save(canvasElement);
  },
};

/** The username is someone else's: said at the field as the person types. */
export const UsernameTaken: Story = {
  play: async ({ canvasElement }) => typeInto(canvasElement, 'username', 'grace'),
};

/** The username breaks the rules: the rule is said at once. */
export const UsernameInvalid: Story = {
  play: async ({ canvasElement }) => typeInto(canvasElement, 'username', '9-lives'),
};

/** The backend asks for a fresh identity check before saving (password `correct horse 1`). */
export const Reverification: Story = {
  parameters: withMockApi({ reverify: ['updateProfile'] }),
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'name', 'Ada King');
    await save(canvasElement);
  },
};

/** No adapter anywhere: the element tells the integrator what is missing. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
