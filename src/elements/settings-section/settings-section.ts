import { define } from '../../core/define.js';
import { SettingsSection } from './settings-section.component.js';

export { SettingsSection };

define('settings-section', SettingsSection);

declare global {
  interface HTMLElementTagNameMap {
    'settings-section': SettingsSection;
  }
}
