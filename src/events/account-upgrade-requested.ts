import type { PlanOption } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/**
 * The person chose a plan to move to. Cancelable: a host that runs its own billing calls
 * `preventDefault()` and takes over; otherwise the element asks the adapter where to pay and goes there.
 */
export class AccountUpgradeRequestedEvent extends AccountEvent {
  static readonly eventName = 'account-upgrade-requested';

  constructor(readonly plan: PlanOption) {
    super(AccountUpgradeRequestedEvent.eventName, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountUpgradeRequestedEvent.eventName]: AccountUpgradeRequestedEvent;
  }
}
