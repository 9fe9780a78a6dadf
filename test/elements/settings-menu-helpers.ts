import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountAdapter } from '../../src/api/index.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';

export { SettingsMenuHarness };
export { en } from '../../src/i18n/index.js';
export { text, until } from '../harness/element-harness.js';

export interface MountOptions {
  adapter?: AccountAdapter | undefined;
  href?: string;
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  /** The host's entries, each with `slot="item"`. */
  items?: TemplateResult;
}

/**
 * A host's header: the menu at its inline end, with a button after it (where Tab goes next) and a
 * paragraph beside it (somewhere to press outside).
 */
export async function mountMenu(options: MountOptions = {}): Promise<SettingsMenuHarness> {
  const header = await fixture<HTMLElement>(html`
    <header dir=${options.dir ?? 'ltr'} class="test-header">
      <p id="outside">Product name</p>
      <settings-menu
        .adapter=${options.adapter}
        href=${ifDefined(options.href)}
        theme=${options.theme ?? 'light'}
        >${options.items ?? nothing}</settings-menu
      >
      <button id="after" type="button">After</button>
    </header>
  `);
  header.style.display = 'flex';
  header.style.alignItems = 'center';
  header.style.justifyContent = 'flex-end';
  header.style.gap = '8px';
  const menu = header.querySelector('settings-menu')!;
  await menu.updateComplete;
  return new SettingsMenuHarness(menu);
}

/** The host's usual entries: two links whose names start alike, a button, a separator and "Sign out". */
export function hostEntries(onHelp: () => void = () => {}, onSignOut: () => void = () => {}): TemplateResult {
  return html`
    <a slot="item" href="#billing">Billing</a>
    <a slot="item" href="#blog">Blog</a>
    <button slot="item" type="button" @click=${onHelp}>Help</button>
    <hr slot="item" />
    <button slot="item" type="button" @click=${onSignOut}>Sign out</button>
  `;
}

/** Forgets a hash a test's link left in the address, so the next test starts from the same page. */
export function clearHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
