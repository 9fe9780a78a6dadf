import type { ApiKeyInfo } from '../api/index.js';
import { AccountEvent } from './account-event.js';

/** A new API key replaced the old one, which stopped working. Carries the key's info, never the key. */
export class AccountApiKeyRegeneratedEvent extends AccountEvent {
  static readonly eventName = 'account-api-key-regenerated';

  constructor(readonly info: ApiKeyInfo) {
    super(AccountApiKeyRegeneratedEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    [AccountApiKeyRegeneratedEvent.eventName]: AccountApiKeyRegeneratedEvent;
  }
}
