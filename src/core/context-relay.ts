import { ContextProvider } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { AccountElement } from './account-element.js';
import { accountContext, type AccountContext } from './context.js';

/**
 * Hands an element's adapter and locale down to the account elements inside it, as
 * `<account-provider>` does: `<account-settings .adapter=${adapter} locale="de">` reaches its
 * sections. What the element has from above passes through; a new value is handed down only when
 * the adapter, store or locale changes, so the elements inside do not update for nothing.
 */
export class ContextRelay implements ReactiveController {
  private readonly provider: ContextProvider<typeof accountContext>;
  private value: AccountContext | undefined;

  constructor(private readonly host: AccountElement) {
    this.provider = new ContextProvider(host, { context: accountContext });
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.host.handedDown;
    const last = this.value;
    if (next?.adapter === last?.adapter && next?.store === last?.store && next?.locale === last?.locale)
      return;
    this.value = next;
    this.provider.setValue(next);
  }
}
