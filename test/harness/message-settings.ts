import '../../src/elements/message-settings/message-settings.js';
import type { MessageSettings } from '../../src/elements/message-settings/message-settings.component.js';
import { SettingsHarness } from './settings-section.js';

/** `<message-settings>` as a person uses it. */
export class MessageSettingsHarness extends SettingsHarness<MessageSettings> {
  static readonly tag = 'message-settings';
  static readonly readySelector = '.settings-form';
}
