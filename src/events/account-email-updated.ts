import type { Account } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The new address was confirmed and is the account's now (`account.email`). */
export class AccountEmailUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-email-updated';

  constructor(readonly account: Account) {
    super(AccountEmailUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountEmailUpdatedEvent.eventName]: AccountEmailUpdatedEvent;
  }
}
