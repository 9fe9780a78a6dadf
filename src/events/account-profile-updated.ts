import type { Account } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The name or username was saved. */
export class AccountProfileUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-profile-updated';

  constructor(readonly account: Account) {
    super(AccountProfileUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountProfileUpdatedEvent.eventName]: AccountProfileUpdatedEvent;
  }
}
