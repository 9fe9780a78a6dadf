import { define } from '../../core/define.js';
import { SettingsMenu } from './settings-menu.component.js';

export { SettingsMenu };

define('settings-menu', SettingsMenu);

declare global {
  interface HTMLElementTagNameMap {
    'settings-menu': SettingsMenu;
  }
}
