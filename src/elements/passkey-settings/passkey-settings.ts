import { define } from '../../core/define.js';
import { PasskeySettings } from './passkey-settings.component.js';

export { PasskeySettings };

define('passkey-settings', PasskeySettings);

declare global {
  interface HTMLElementTagNameMap {
    'passkey-settings': PasskeySettings;
  }
}
