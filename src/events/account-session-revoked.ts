import { AccountEvent } from './account-event.js';

/**
 * Devices were signed out of the account: one chosen, or every one but this. Carries the ids of the
 * sessions that ended, so a host can drop whatever it keeps of them.
 */
export class AccountSessionRevokedEvent extends AccountEvent {
  static readonly eventName = 'account-session-revoked';

  constructor(readonly sessionIds: readonly string[]) {
    super(AccountSessionRevokedEvent.eventName);
  }

  /** The ids, as `event.detail` too, for hosts that read events the `CustomEvent` way. */
  get detail(): { sessionIds: readonly string[] } {
    return { sessionIds: this.sessionIds };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountSessionRevokedEvent.eventName]: AccountSessionRevokedEvent;
  }
}
