import { define } from '../../core/define.js';
// The page makes its sections by tag name: loaded alone, it brings them along.
import '../account-profile/account-profile.js';
import '../personal-phone/personal-phone.js';
import '../password-settings/password-settings.js';
import '../plan-usage/plan-usage.js';
import '../email-settings/email-settings.js';
import '../phone-settings/phone-settings.js';
import '../message-settings/message-settings.js';
import '../api-key/api-key.js';
import '../signed-in-devices/signed-in-devices.js';
import '../delete-account/delete-account.js';
import { AccountSettings } from './account-settings.component.js';

export { AccountSettings };

define('account-settings', AccountSettings);

declare global {
  interface HTMLElementTagNameMap {
    'account-settings': AccountSettings;
  }
}
