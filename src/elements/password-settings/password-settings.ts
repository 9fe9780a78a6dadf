import { define } from '../../core/define.js';
import { PasswordSettings } from './password-settings.component.js';

export { PasswordSettings };

define('password-settings', PasswordSettings);

declare global {
  interface HTMLElementTagNameMap {
    'password-settings': PasswordSettings;
  }
}
