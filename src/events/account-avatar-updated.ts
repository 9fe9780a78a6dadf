import type { Account } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The profile picture was replaced or removed (`account.avatarUrl` is then null). */
export class AccountAvatarUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-avatar-updated';

  constructor(readonly account: Account) {
    super(AccountAvatarUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountAvatarUpdatedEvent.eventName]: AccountAvatarUpdatedEvent;
  }
}
