import { define } from '../../core/define.js';
// The page makes its sections by tag name. Loaded alone, it brings those of its first view along;
// the others' code is fetched as they near the viewport or when the browser is idle (sections.ts).
import '../account-profile/account-profile.js';
import '../personal-phone/personal-phone.js';
import '../password-settings/password-settings.js';
import { AccountSettings } from './account-settings.component.js';

export { AccountSettings };

define('account-settings', AccountSettings);

declare global {
  interface HTMLElementTagNameMap {
    'account-settings': AccountSettings;
  }
}
