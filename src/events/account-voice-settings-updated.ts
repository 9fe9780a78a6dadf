import type { VoiceSettings } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** The voice settings were saved (a switch, the form, the recorded greeting); `settings` is what is in force now. */
export class AccountVoiceSettingsUpdatedEvent extends AccountEvent {
  static readonly eventName = 'account-voice-settings-updated';

  constructor(readonly settings: VoiceSettings) {
    super(AccountVoiceSettingsUpdatedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountVoiceSettingsUpdatedEvent.eventName]: AccountVoiceSettingsUpdatedEvent;
  }
}
