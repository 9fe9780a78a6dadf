import type { Account } from '../api/index.js';

/** The name or username was saved. */
export class AccountProfileUpdatedEvent extends Event {
  static readonly eventName = 'account-profile-updated';
  readonly account: Account;

  constructor(account: Account) {
    super(AccountProfileUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.account = account;
  }
}

declare global {
  interface HTMLElementEventMap {
    [AccountProfileUpdatedEvent.eventName]: AccountProfileUpdatedEvent;
  }
}
