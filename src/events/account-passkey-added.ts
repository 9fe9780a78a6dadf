import type { Passkey } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** A passkey was made on this device and the backend keeps it: the account signs in with it now. */
export class AccountPasskeyAddedEvent extends AccountEvent {
  static readonly eventName = 'account-passkey-added';

  constructor(readonly passkey: Passkey) {
    super(AccountPasskeyAddedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountPasskeyAddedEvent.eventName]: AccountPasskeyAddedEvent;
  }
}
