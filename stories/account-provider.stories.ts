import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-profile/account-profile.js';
import { withMockApi, withoutAdapter } from './support.js';

/**
 * `<account-provider>` gives every element inside it one adapter, one shared store and a locale.
 * These stories put two elements in one provider: the account is fetched once, and a save in one
 * shows in the other at once.
 */
const meta: Meta = {
  title: 'Elements/account-provider',
  component: 'account-provider',
  parameters: withMockApi(),
  render: () => html`
    <div class="provider-demo">
      <account-profile></account-profile>
      <account-profile heading-level="3"></account-profile>
    </div>
  `,
};
export default meta;

type Story = StoryObj;

/** Two elements, one adapter, one request for the account: change the name in one, save, watch the other. */
export const SharedStore: Story = {};

/** No adapter on the provider, on the elements or from `configure()`: each element says so. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
