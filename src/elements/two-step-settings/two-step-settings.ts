import { define } from '../../core/define.js';
import { TwoStepSettings } from './two-step-settings.component.js';

export { TwoStepSettings };

define('two-step-settings', TwoStepSettings);

declare global {
  interface HTMLElementTagNameMap {
    'two-step-settings': TwoStepSettings;
  }
}
