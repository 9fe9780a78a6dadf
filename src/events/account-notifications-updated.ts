import type { NotificationSettings } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The email notifications were saved; `settings` is what is in force now. */
export class AccountNotificationsUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-notifications-updated';

  constructor(readonly settings: NotificationSettings) {
    super(AccountNotificationsUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountNotificationsUpdatedEvent.eventName]: AccountNotificationsUpdatedEvent;
  }
}
