import { define } from '../../core/define.js';
import { AccountProfile } from './account-profile.component.js';

export { AccountProfile };

define('account-profile', AccountProfile);

declare global {
  interface HTMLElementTagNameMap {
    'account-profile': AccountProfile;
  }
}
