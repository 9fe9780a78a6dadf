import { define } from '../../core/define.js';
import { ApiKey } from './api-key.component.js';

export { ApiKey };

define('api-key', ApiKey);

declare global {
  interface HTMLElementTagNameMap {
    'api-key': ApiKey;
  }
}
