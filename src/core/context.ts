import { ContextRoot, createContext } from '@lit/context';
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

/** The documents a context root listens on, shared by every copy of the library on the page. */
const ROOTS_KEY = Symbol.for('account-elements/context-roots');
type WithRoots = typeof globalThis & { [ROOTS_KEY]?: WeakSet<Document> };

/**
 * Makes a provider that comes after its elements still reach them: one defined, upgraded or put on
 * the page once an element inside it has already asked (a host's own element upgrading late, a
 * provider in a shadow root that renders after the element slotted into it). The community context
 * protocol's `ContextRoot` keeps the requests nobody answered and asks again when a provider
 * announces itself. One per document; it holds the elements only weakly.
 */
export function listenForLateProviders(document: Document): void {
  const roots = ((globalThis as WithRoots)[ROOTS_KEY] ??= new WeakSet());
  if (roots.has(document)) return;
  roots.add(document);
  new ContextRoot().attach(document.documentElement);
}
