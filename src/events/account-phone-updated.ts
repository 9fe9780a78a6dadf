import type { Account } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The new personal cell number was verified; `account.phone` is it. */
export class AccountPhoneUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-phone-updated';

  constructor(readonly account: Account) {
    super(AccountPhoneUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountPhoneUpdatedEvent.eventName]: AccountPhoneUpdatedEvent;
  }
}
