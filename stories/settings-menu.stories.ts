import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { en } from '../src/i18n/index.js';
import '../src/elements/settings-menu/settings-menu.js';
import { SettingsMenuHarness } from '../test/harness/settings-menu.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** Opens the story's menu with a press on the gear, as a person would. */
async function openMenu(canvasElement: HTMLElement): Promise<SettingsMenuHarness> {
  const harness = new SettingsMenuHarness(canvasElement.querySelector('settings-menu')!);
  await harness.element.updateComplete;
  await harness.open();
  return harness;
}

/** A product's header: its name at the start, the gear at the end. */
function header(menu: TemplateResult, note?: TemplateResult): TemplateResult {
  return html`
    <style>
      .story-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        padding-block: 0.5rem;
        padding-inline: 1rem;
        border-block-end: 1px solid color-mix(in srgb, currentColor 15%, transparent);
      }
      .story-note {
        display: block;
        margin-block-start: 1rem;
      }
    </style>
    <header class="story-header">
      <strong>Voice &amp; SMS</strong>
      ${menu}
    </header>
    ${note ?? nothing}
  `;
}

/** What a host puts in the menu after "My Settings". */
const hostEntries = html`
  <a slot="item" href="#billing">Billing</a>
  <a slot="item" href="#status">Status page</a>
  <button slot="item" type="button">Help</button>
  <hr slot="item" />
  <button slot="item" type="button">Sign out</button>
`;

interface Args {
  href?: string;
  entries: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/settings-menu',
  component: 'settings-menu',
  args: { entries: false },
  argTypes: {
    href: { control: 'text', description: 'Where "My Settings" leads; without it, the item fires an event.' },
    entries: { control: 'boolean', description: 'The host\'s entries (`slot="item"`).' },
  },
  render: ({ href, entries }) =>
    header(html`<settings-menu href=${ifDefined(href)}>${entries ? hostEntries : nothing}</settings-menu>`),
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj<Args>;

/** The gear in the header, closed: its name is "Settings for Ada Lovelace". */
export const Closed: Story = {};

/** Open: who is signed in, then "My Settings" with the first item focused. */
export const Open: Story = { play: async ({ canvasElement }) => void (await openMenu(canvasElement)) };

/** The host's own entries after "My Settings", a separator, and the host's "Sign out". */
export const WithHostEntries: Story = {
  args: { entries: true },
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/** "My Settings" is a link, because the host gave an `href`. */
export const WithLink: Story = {
  args: { href: '#settings' },
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/**
 * Without `href`, "My Settings" fires `account-settings-requested`; this host shows its settings
 * itself. The play function chooses the item.
 */
export const WithEvent: Story = {
  render: () => {
    const said = (event: Event) => {
      event.preventDefault();
      const note = (event.currentTarget as HTMLElement).closest('.story')?.querySelector('output');
      if (note) note.value = `The host got ${event.type} and would show its settings page now.`;
    };
    return html`<div class="story">
      ${header(
        html`<settings-menu @account-settings-requested=${said}></settings-menu>`,
        html`<output class="story-note"></output>`,
      )}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const harness = await openMenu(canvasElement);
    await harness.choose(en.menu.mySettings);
  },
};

/** The person's details have not arrived: a small skeleton; the items already work. */
export const Loading: Story = {
  parameters: withMockApi({ latency: NEVER }),
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/** The person's details could not be loaded (each opening tries again): said, and the items still work. */
export const LoadFailed: Story = {
  args: { entries: true },
  parameters: withMockApi({ failNext: { code: 'network', method: 'getAccount', times: 20 } }),
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/** A member of the account: the same menu, with their role. */
export const Member: Story = {
  parameters: withMockApi({ user: 'member' }),
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/** Right to left: the gear at the header's start, the panel aligned to its left edge. */
export const RightToLeft: Story = {
  args: { entries: true },
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};

/** No adapter anywhere: the panel tells the integrator what is missing; "My Settings" still works. */
export const NoAdapter: Story = {
  parameters: withoutAdapter(),
  play: async ({ canvasElement }) => void (await openMenu(canvasElement)),
};
