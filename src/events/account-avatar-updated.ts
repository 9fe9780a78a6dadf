import type { Account } from '../api/index.js';

/** The profile picture was replaced or removed (`account.avatarUrl` is then null). */
export class AccountAvatarUpdatedEvent extends Event {
  static readonly eventName = 'account-avatar-updated';
  readonly account: Account;

  constructor(account: Account) {
    super(AccountAvatarUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.account = account;
  }
}

declare global {
  interface HTMLElementEventMap {
    [AccountAvatarUpdatedEvent.eventName]: AccountAvatarUpdatedEvent;
  }
}
