/**
 * `<settings-menu>` where a host puts it: at the inline end of its header, with a paragraph beside it
 * (somewhere to press outside) and a button after it (where Tab goes next).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountAdapter } from '../../src/api/index.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { mountIn, type Theme } from './mount.js';

export interface HeaderOptions {
  adapter?: AccountAdapter | undefined;
  href?: string;
  theme?: Theme;
  dir?: 'ltr' | 'rtl';
  /** The host's entries, each with `slot="item"` (see `hostEntries`). */
  items?: TemplateResult;
  /** Whether to wait for the person's name; by default the menu is handed over as soon as it renders. */
  ready?: boolean;
}

/** The menu in a host's header, rendered (and ready, when asked). */
export async function mountMenu(options: HeaderOptions = {}): Promise<SettingsMenuHarness> {
  const { harness } = await mountIn(
    SettingsMenuHarness,
    html`
      <header
        dir=${options.dir ?? 'ltr'}
        class="test-header"
        style="display: flex; align-items: center; justify-content: flex-end; gap: 8px"
      >
        <p id="outside">Product name</p>
        <settings-menu
          .adapter=${options.adapter}
          href=${ifDefined(options.href)}
          theme=${options.theme ?? 'light'}
          >${options.items ?? nothing}</settings-menu
        >
        <button id="after" type="button">After</button>
      </header>
    `,
    { ready: options.ready ?? false },
  );
  return harness;
}
