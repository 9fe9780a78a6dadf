import type { MessageSettingsData } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The messaging settings were saved (a switch or the form); `settings` is what is in force now. */
export class AccountMessageSettingsUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-message-settings-updated';

  constructor(readonly settings: MessageSettingsData) {
    super(AccountMessageSettingsUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountMessageSettingsUpdatedEvent.eventName]: AccountMessageSettingsUpdatedEvent;
  }
}
