import { define } from '../../core/define.js';
import { PersonalPhone } from './personal-phone.component.js';

export { PersonalPhone };

define('personal-phone', PersonalPhone);

declare global {
  interface HTMLElementTagNameMap {
    'personal-phone': PersonalPhone;
  }
}
