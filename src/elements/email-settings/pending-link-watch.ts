import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account } from '../../api/index.js';
import type { ResourceController } from '../../core/index.js';

export interface PendingLinkWatchOptions {
  /**
   * The address a link went to and waits to be followed, in this account: its pending address, or
   * the one a change started here asked for while the account read after it is still on its way.
   */
  pendingAddress: (account: Account) => string | null;
  /** The link was followed: the new address is the account's now. */
  onConfirmed: (account: Account) => void;
  /** The change is gone without the address changing: cancelled elsewhere, or the address was taken. */
  onEnded: () => void;
}

/**
 * The link is followed outside this element: in a mail client, in another tab, or on this page by
 * a host that then puts the account in the shared store. So every account the element is given is
 * compared with the one before: a change that was pending and no longer is has been confirmed (the
 * address changed) or has ended (it did not). And when the person comes back to the page (visible
 * again, or the window focused again) while a change is pending, the account is read again, so a
 * change made in another tab shows without a reload.
 */
export class PendingLinkWatch implements ReactiveController {
  private readonly account: ResourceController<'account'>;
  private readonly options: PendingLinkWatchOptions;
  private checking?: Promise<void> | undefined;
  /** The account last seen, and the address pending in it then. */
  private seen?: Account;
  private pending: string | null = null;
  private readonly onReturn = (): void => {
    if (document.visibilityState === 'visible' && this.pending !== null) void this.check();
  };

  constructor(
    host: ReactiveControllerHost,
    account: ResourceController<'account'>,
    options: PendingLinkWatchOptions,
  ) {
    this.account = account;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onReturn);
    globalThis.addEventListener('focus', this.onReturn);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onReturn);
    globalThis.removeEventListener('focus', this.onReturn);
  }

  /** Before each render, so the render already shows the outcome of an account that just came. */
  hostUpdate(): void {
    const account = this.account.value;
    if (!account) return;
    const before = this.seen;
    this.seen = account;
    if (before && account !== before && this.pending !== null && account.pendingEmail === null) {
      if (account.email !== before.email) this.options.onConfirmed(account);
      else this.options.onEnded();
    }
    this.pending = this.options.pendingAddress(account);
  }

  /** Reads the account again. Coming back often fires both events at once: one read answers both. */
  check(): Promise<void> {
    this.checking ??= this.account.retry().finally(() => (this.checking = undefined));
    return this.checking;
  }
}
