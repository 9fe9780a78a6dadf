import { AccountEvent } from './account-event.js';

/** The account was deleted; the session is over. The host usually signs out or leaves the page. */
export class AccountDeletedEvent extends AccountEvent {
  static readonly eventName = 'account-deleted';

  constructor() {
    super(AccountDeletedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountDeletedEvent.eventName]: AccountDeletedEvent;
  }
}
