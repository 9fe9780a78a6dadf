/**
 * The whole settings page as a host builds it: an `<account-provider>` around the gear menu and
 * `<account-settings>`, with every section in it. For tests that look at the page as one.
 */
import { fixture, html } from '@open-wc/testing';
import type { AccountAdapter } from '../../src/api/index.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import type { SettingsMenu } from '../../src/elements/settings-menu/settings-menu.component.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';

export interface SettingsPage {
  settings: AccountSettingsHarness;
  menu: SettingsMenuHarness;
}

/** The page on `adapter`; once every section is ready, unless told not to wait. */
export async function mountSettingsPage(
  adapter: AccountAdapter,
  { ready = true }: { ready?: boolean } = {},
): Promise<SettingsPage> {
  const root = await fixture<HTMLElement>(html`
    <account-provider .adapter=${adapter}>
      <settings-menu></settings-menu>
      <account-settings></account-settings>
    </account-provider>
  `);
  const settings = new AccountSettingsHarness(root.querySelector<AccountSettings>('account-settings')!);
  const menu = new SettingsMenuHarness(root.querySelector<SettingsMenu>('settings-menu')!);
  await settings.element.updateComplete;
  if (ready) await settings.allReady();
  return { settings, menu };
}
