import { define } from '../../core/define.js';
import { MessageSettings } from './message-settings.component.js';

export { MessageSettings };

define('message-settings', MessageSettings);

declare global {
  interface HTMLElementTagNameMap {
    'message-settings': MessageSettings;
  }
}
