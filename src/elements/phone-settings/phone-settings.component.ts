import type { VoiceSettings } from '../../api/index.js';
import { AccountVoiceSettingsUpdatedEvent } from '../../events/index.js';
import { SettingsElement, storedSettings, type SettingsSpec } from '../../kit/index.js';
import { PHONE_FIELDS } from './phone-fields.js';
import { addEnglish } from '../../i18n/index.js';
import { voice } from '../../i18n/en/voice.js';
import { settingsSection } from '../../i18n/en/settings-section.js';

// The settings engine's own words (`settingsSection`) come with each section built on it, not with
// the kit, which every element imports.
addEnglish({ voice, settingsSection });

/**
 * The voice settings of the business line: do not disturb (until a time, or until turned off),
 * call forwarding, voicemail (how long it rings, a greeting read aloud or a recording), caller ID and
 * business hours with their time zone (a night shift may close after midnight). Each switch is saved
 * the moment it is flipped; one that needs a field first (forwarding needs a number) waits for it
 * and Save. The other fields are saved with Save. A backend without voice settings answers
 * `unsupported`, and the element leaves itself out of the page (`hidden`).
 *
 * Built on the same data-described fields a host's own `<settings-section>` uses.
 *
 * @tagname phone-settings
 * @summary Call forwarding, voicemail and its greeting, caller ID, business hours, do not disturb.
 *
 * @fires {AccountVoiceSettingsUpdatedEvent} account-voice-settings-updated - A switch, the form or the recording was saved; `event.settings` is what is in force.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour, and a switch that is on.
 * @cssprop --ae-color-border - The lines between groups.
 * @cssprop --ae-color-danger - Errors.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class PhoneSettings extends SettingsElement<VoiceSettings> {
  protected get settings(): SettingsSpec<VoiceSettings> {
    return {
      id: 'voice',
      texts: (t) => t.voice,
      fields: PHONE_FIELDS,
      source: storedSettings('voice'),
      savedText: (t) => t.voice.saved,
      onSaved: (settings) => this.dispatchEvent(new AccountVoiceSettingsUpdatedEvent(settings)),
    };
  }
}
