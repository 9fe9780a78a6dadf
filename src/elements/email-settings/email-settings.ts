import { define } from '../../core/define.js';
import { EmailSettings } from './email-settings.component.js';

export { EmailSettings };

define('email-settings', EmailSettings);

declare global {
  interface HTMLElementTagNameMap {
    'email-settings': EmailSettings;
  }
}
