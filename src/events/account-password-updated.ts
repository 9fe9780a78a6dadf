import { AccountEvent } from './account-event.js';

/**
 * The password was changed or reset. It carries nothing: the password is in no event. `method`
 * says how: with the current password, or with a code sent to the cell on file.
 */
export class AccountPasswordUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-password-updated';

  constructor(readonly method: 'change' | 'reset') {
    super(AccountPasswordUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountPasswordUpdatedEvent.eventName]: AccountPasswordUpdatedEvent;
  }
}
