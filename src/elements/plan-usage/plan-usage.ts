import { define } from '../../core/define.js';
import { PlanUsage } from './plan-usage.component.js';

export { PlanUsage };

define('plan-usage', PlanUsage);

declare global {
  interface HTMLElementTagNameMap {
    'plan-usage': PlanUsage;
  }
}
