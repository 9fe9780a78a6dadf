import { define } from '../../core/define.js';
import { PhoneSettings } from './phone-settings.component.js';

export { PhoneSettings };

define('phone-settings', PhoneSettings);

declare global {
  interface HTMLElementTagNameMap {
    'phone-settings': PhoneSettings;
  }
}
