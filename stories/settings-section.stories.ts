import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { SettingsField } from '../src/elements/settings-section/settings-section.component.js';
import { SettingsSectionHarness } from '../test/harness/settings-section.js';
import { InboxBackend, teamInboxSection } from '../test/support/team-inbox.js';
import { withMockApi } from './support.js';

async function section(canvasElement: HTMLElement): Promise<SettingsSectionHarness> {
  const harness = new SettingsSectionHarness(canvasElement.querySelector('settings-section')!);
  return harness.ready(SettingsSectionHarness.readySelector);
}

const meta: Meta = {
  title: 'Elements/settings-section',
  component: 'settings-section',
  render: () => teamInboxSection(new InboxBackend()),
};
export default meta;

type Story = StoryObj;

/** A host's own section, on its own load and save: no element written, no adapter needed. */
export const HostSection: Story = {};

/** Its switch needs a field: it waits for it, and the host backend refuses a name it does not know. */
export const HostSectionRefused: Story = {
  play: async ({ canvasElement }) => {
    const harness = await section(canvasElement);
    await harness.toggle('Shared inbox');
    await harness.fill('Assign new texts to', 'Linus');
    await harness.fill('Remind me after (minutes)', '3');
    await harness.fill('Remind me after (minutes)', '30');
    await harness.save();
  },
};

/** A few fields of the contract's voice settings, through the page's adapter: a section of quick switches. */
export const OnAResource: Story = {
  parameters: withMockApi(),
  render: () => {
    const fields: readonly SettingsField[] = [
      { kind: 'switch', path: 'doNotDisturb.enabled', label: 'Do not disturb', part: 'dnd' },
      { kind: 'switch', path: 'voicemail.enabled', label: 'Voicemail', part: 'voicemail' },
      { kind: 'timezone', path: 'hours.timezone', label: 'Time zone' },
    ];
    return html`<settings-section
      heading-text="Quick settings"
      resource="voice"
      .fields=${fields}
    ></settings-section>`;
  },
};

/** Neither a resource nor load and save: it says what is missing. */
export const NothingToLoad: Story = {
  render: () => html`<settings-section heading-text="Team inbox"></settings-section>`,
};
