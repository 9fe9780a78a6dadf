import { AccountEvent } from './account-event.js';

/**
 * The person chose "My Settings" in `<settings-menu>`. Cancelable: a host with its own router calls
 * `preventDefault()` and shows the page itself; otherwise the menu follows its `href`, if it has one.
 * `href` is that address, or undefined when the host gave none (then this event is the only way in).
 */
export class AccountSettingsRequestedEvent extends AccountEvent {
  static readonly eventName = 'account-settings-requested';

  constructor(readonly href: string | undefined) {
    super(AccountSettingsRequestedEvent.eventName, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountSettingsRequestedEvent.eventName]: AccountSettingsRequestedEvent;
  }
}
