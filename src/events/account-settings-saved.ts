import { AccountEvent } from './account-event.js';

/**
 * A host's own `<settings-section>` saved its settings (a switch, the form, a recording): `settings`
 * is what its `save` answered; `section` is the element's `id`, so one listener can tell sections apart.
 */
export class AccountSettingsSavedEvent extends AccountEvent {
  static readonly eventName = 'account-settings-saved';

  constructor(
    readonly settings: unknown,
    readonly section: string,
  ) {
    super(AccountSettingsSavedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountSettingsSavedEvent.eventName]: AccountSettingsSavedEvent;
  }
}
