import { createContext } from '@lit/context';
import type { AccountAdapter } from '../api/index.js';
import type { AccountStore } from './store.js';

/** What `<account-provider>` gives the elements inside it. */
export interface AccountContext {
  adapter: AccountAdapter;
  store: AccountStore;
  locale: string | undefined;
}

/** Made with `Symbol.for`, so two copies of the library on one page still find each other. */
export const accountContext = createContext<AccountContext | undefined>(
  Symbol.for('account-elements/context'),
);
