import '../../src/elements/phone-settings/phone-settings.js';
import type { PhoneSettings } from '../../src/elements/phone-settings/phone-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { SettingsHarness } from './settings-section.js';

/** `<phone-settings>` as a person uses it. */
export class PhoneSettingsHarness extends SettingsHarness<PhoneSettings> {
  static readonly tag = 'phone-settings';
  static readonly readySelector = '.settings-form';

  /** Turns forwarding on (if it is not) and saves it to this number. */
  async forwardTo(number: string): Promise<void> {
    if (!this.isOn(en.voice.forwarding)) await this.toggle(en.voice.forwarding);
    await this.fill(en.voice.forwardingNumber, number);
    await this.save();
  }
}
