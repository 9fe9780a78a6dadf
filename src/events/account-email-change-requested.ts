import { AccountEvent } from './account-event.js';

/** A verification link went to a new address (`email`); the old one stays until it is followed. */
export class AccountEmailChangeRequestedEvent extends AccountEvent {
  static readonly eventName = 'account-email-change-requested';

  constructor(readonly email: string) {
    super(AccountEmailChangeRequestedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountEmailChangeRequestedEvent.eventName]: AccountEmailChangeRequestedEvent;
  }
}
