import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/elements/account-settings/account-settings.js';
import '../src/elements/settings-menu/settings-menu.js';
import { NEVER, withMockApi } from './support.js';

const meta: Meta = {
  title: 'Pages/account-settings',
  component: 'account-settings',
  render: () => html`<account-settings></account-settings>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The whole "My Settings" page, as the signed-in admin sees it. */
export const WholePage: Story = {};

/** The page with the gear menu a host puts in its header. */
export const WithHeaderMenu: Story = {
  render: () => html`
    <header style="display: flex; justify-content: flex-end; padding: 0.5rem">
      <settings-menu href="#profile"></settings-menu>
    </header>
    <account-settings></account-settings>
  `,
};

/** A member: no API key to reveal, no deleting the account. */
export const Member: Story = { parameters: withMockApi({ user: 'member' }) };

/** Everything loading at once: one skeleton per section, one request per resource. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** A backend without voice and message settings: those sections and their links are left out. */
export const WithoutVoiceAndTexts: Story = {
  parameters: withMockApi({ unsupported: ['getVoiceSettings', 'getMessageSettings'] }),
};

/** Chosen sections, in the host's order, with a section of the host's own. */
export const HostSections: Story = {
  render: () => html`
    <account-settings sections="profile team plan api-key">
      <section data-section="team" data-label="Team" style="padding: 1rem; border: 1px dashed">
        <h3>Team</h3>
        <p>A section of the host's own, in the navigation like the others.</p>
      </section>
    </account-settings>
  `,
};

/** The whole page in Spanish: its catalog loads on first use, as every locale but English does. */
export const Spanish: Story = { parameters: { locale: 'es' } };

/** The whole page in German: the long words still fit a phone (see `Narrow`). */
export const German: Story = { parameters: { locale: 'de' } };

/** The whole page in Arabic, right to left; numbers, addresses and the key stay left to right. */
export const Arabic: Story = { parameters: { locale: 'ar' } };

/** A narrow page (a phone): the navigation is a menu. */
export const Narrow: Story = {
  render: () => html`<div style="inline-size: 360px"><account-settings></account-settings></div>`,
};
