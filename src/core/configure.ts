import type { AccountAdapter } from '../api/index.js';

export interface AccountDefaults {
  adapter?: AccountAdapter;
  locale?: string;
  /**
   * The clock countdowns read (resend in 30 s, try again in 12 s), in epoch milliseconds. Default
   * `Date.now`; a test or a demo that moves time sets its own.
   */
  now?: () => number;
}

/** Shared through the global registry, so a second copy of the library sees the same defaults. */
const DEFAULTS_KEY = Symbol.for('account-elements/defaults');
const CHANGE_EVENT = 'account-elements-configured';

type WithDefaults = typeof globalThis & { [DEFAULTS_KEY]?: AccountDefaults };

export function pageDefaults(): AccountDefaults {
  return (globalThis as WithDefaults)[DEFAULTS_KEY] ?? {};
}

/**
 * Sets the page-wide adapter and locale, used by elements that have neither their own `adapter`
 * nor an `<account-provider>` around them. Elements already on the page pick the change up.
 *
 * On a server (no `document`: a framework prerendering a page) it does nothing: no element runs
 * there, and a server's global is shared by every request, so one visitor's adapter must not be
 * kept in it. The same module runs again in the browser, where the call takes effect.
 */
export function configure(defaults: AccountDefaults): void {
  if (typeof document === 'undefined') return;
  (globalThis as WithDefaults)[DEFAULTS_KEY] = { ...pageDefaults(), ...defaults };
  globalThis.dispatchEvent(new Event(CHANGE_EVENT));
}

export function onConfigure(listener: () => void): () => void {
  globalThis.addEventListener(CHANGE_EVENT, listener);
  return () => globalThis.removeEventListener(CHANGE_EVENT, listener);
}

/** The time by the page's clock (see `AccountDefaults.now`). */
export function now(): number {
  return (pageDefaults().now ?? Date.now)();
}
