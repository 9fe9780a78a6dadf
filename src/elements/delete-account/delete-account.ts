import { define } from '../../core/define.js';
import { DeleteAccount } from './delete-account.component.js';

export { DeleteAccount };

define('delete-account', DeleteAccount);

declare global {
  interface HTMLElementTagNameMap {
    'delete-account': DeleteAccount;
  }
}
