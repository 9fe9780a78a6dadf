import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account } from '../../api/index.js';
import type { ResourceController } from '../../core/index.js';

export interface PendingLinkWatchOptions {
  /** A change of address is waiting for its link to be followed. */
  pending: () => boolean;
  /** The link was followed: the new address is the account's now. */
  onConfirmed: (account: Account) => void;
  /** The change is gone without the address changing: cancelled elsewhere, or the address was taken. */
  onEnded: () => void;
}

/**
 * The link is followed outside this page: in a mail client, in another tab. So when the person comes
 * back (the page visible again, or the window focused again) while a change is pending, the account
 * is read again, and the change shows without a reload.
 */
export class PendingLinkWatch implements ReactiveController {
  private readonly account: ResourceController<'account'>;
  private readonly options: PendingLinkWatchOptions;
  private checking?: Promise<void> | undefined;
  private readonly onReturn = (): void => {
    if (document.visibilityState === 'visible' && this.options.pending()) void this.check();
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

  /** Reads the account again. Coming back often fires both events at once: one read answers both. */
  check(): Promise<void> {
    this.checking ??= this.readAgain().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async readAgain(): Promise<void> {
    const before = this.account.value;
    await this.account.retry();
    const after = this.account.value;
    if (!before || !after || after.pendingEmail !== null) return;
    if (after.email !== before.email) this.options.onConfirmed(after);
    else this.options.onEnded();
  }
}
