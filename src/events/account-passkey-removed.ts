import { AccountEvent } from './account-event.js';

/**
 * A passkey was removed from the account: it no longer signs in, though the authenticator may still
 * hold it until the person deletes it there too.
 */
export class AccountPasskeyRemovedEvent extends AccountEvent {
  static readonly eventName = 'account-passkey-removed';

  constructor(readonly passkeyId: string) {
    super(AccountPasskeyRemovedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountPasskeyRemovedEvent.eventName]: AccountPasskeyRemovedEvent;
  }
}
