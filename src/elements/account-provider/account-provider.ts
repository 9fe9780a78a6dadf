import { AccountProvider } from '../../core/account-provider.js';
import { define } from '../../core/define.js';

export { AccountProvider };

define('account-provider', AccountProvider);

declare global {
  interface HTMLElementTagNameMap {
    'account-provider': AccountProvider;
  }
}
