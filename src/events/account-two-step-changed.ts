import type { TwoStep } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/**
 * Two-step verification changed: the authenticator app or SMS codes were turned on or off, or a new
 * set of backup codes replaced the old. Carries the state now in force, never a secret or a code.
 */
export class AccountTwoStepChangedEvent extends AccountEvent {
  static readonly eventName = 'account-two-step-changed';

  constructor(readonly twoStep: TwoStep) {
    super(AccountTwoStepChangedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountTwoStepChangedEvent.eventName]: AccountTwoStepChangedEvent;
  }
}
