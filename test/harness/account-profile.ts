import '../../src/elements/account-profile/account-profile.js';
import type { AccountProfile } from '../../src/elements/account-profile/account-profile.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness } from './element-harness.js';

/** `<account-profile>` as a person uses it. */
export class AccountProfileHarness extends ElementHarness<AccountProfile> {
  static readonly tag = 'account-profile';
  static readonly readySelector = '#name';

  async rename(name: string): Promise<void> {
    await this.fill(en.profile.name, name);
    await this.click(en.common.save);
  }
}
