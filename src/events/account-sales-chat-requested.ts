import { AccountEvent } from './account-event.js';

/**
 * The person asked to chat with sales. Cancelable: a host with its own chat widget calls
 * `preventDefault()` and opens it; otherwise the backend's sales chat URL (`https:` only) opens.
 * `plan` is the plan they asked about, if any.
 */
export class AccountSalesChatRequestedEvent extends AccountEvent {
  static readonly eventName = 'account-sales-chat-requested';

  constructor(
    readonly url: string | null,
    readonly plan: string | null = null,
  ) {
    super(AccountSalesChatRequestedEvent.eventName, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountSalesChatRequestedEvent.eventName]: AccountSalesChatRequestedEvent;
  }
}
