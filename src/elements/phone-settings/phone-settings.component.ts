import type { VoiceSettings } from '../../api/index.js';
import { AccountVoiceSettingsUpdatedEvent } from '../../events/index.js';
import { SettingsElement, storedSettings, type SettingsSpec } from '../../kit/index.js';
import { PHONE_FIELDS } from './phone-fields.js';

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
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart description - The line under the heading.
 * @csspart group - Each group of fields, with its heading (a fieldset).
 * @csspart group-label - A group's heading.
 * @csspart field - Each field's wrapper.
 * @csspart label - Each field's label.
 * @csspart input - Each text input, text area, select or time input.
 * @csspart hint - A field's help line.
 * @csspart error - A field's error message.
 * @csspart switch-row - Each switch with its label.
 * @csspart switch-label - Each switch's label.
 * @csspart switch - Each switch (saved the moment it is flipped).
 * @csspart do-not-disturb-switch-row - The do not disturb switch with its label.
 * @csspart do-not-disturb-switch-label - The do not disturb switch's label.
 * @csspart do-not-disturb-switch - The do not disturb switch.
 * @csspart do-not-disturb-until-field - The do not disturb end field's wrapper.
 * @csspart do-not-disturb-until-label - The do not disturb end label.
 * @csspart do-not-disturb-until-input - The do not disturb end date and time.
 * @csspart do-not-disturb-until-hint - The do not disturb end help line.
 * @csspart do-not-disturb-until-error - Why the do not disturb end cannot be used.
 * @csspart forwarding-group - The forwarding group.
 * @csspart forwarding-switch-row - The forwarding switch with its label.
 * @csspart forwarding-switch-label - The forwarding switch's label.
 * @csspart forwarding-switch - The forwarding switch.
 * @csspart forwarding-number-field - The forwarding number field's wrapper.
 * @csspart forwarding-number-label - The forwarding number label.
 * @csspart forwarding-number-input - The forwarding number input.
 * @csspart forwarding-number-hint - The forwarding number help line.
 * @csspart forwarding-number-error - Why the forwarding number cannot be used.
 * @csspart voicemail-group - The voicemail group.
 * @csspart voicemail-switch-row - The voicemail switch with its label.
 * @csspart voicemail-switch-label - The voicemail switch's label.
 * @csspart voicemail-switch - The voicemail switch.
 * @csspart ring-seconds-field - The ring time field's wrapper.
 * @csspart ring-seconds-label - The ring time label.
 * @csspart ring-seconds-input - The ring time number input.
 * @csspart ring-seconds-hint - The ring time help line.
 * @csspart ring-seconds-error - Why the ring time cannot be used.
 * @csspart greeting-mode-field - The greeting mode field's wrapper.
 * @csspart greeting-mode-label - The greeting mode label.
 * @csspart greeting-mode-input - The greeting mode select.
 * @csspart greeting-mode-error - Why the greeting mode cannot be used.
 * @csspart greeting-text-field - The greeting text field's wrapper.
 * @csspart greeting-text-label - The greeting text label.
 * @csspart greeting-text-input - The greeting text text area.
 * @csspart greeting-text-hint - The greeting text help line.
 * @csspart greeting-text-error - Why the greeting text cannot be used.
 * @csspart greeting-audio-field - The recorded greeting field's wrapper.
 * @csspart greeting-audio-label - The recorded greeting label.
 * @csspart greeting-audio-hint - The formats and limits of the recorded greeting.
 * @csspart greeting-audio-error - Why the recorded greeting cannot be used.
 * @csspart audio-player - The player of the current recording.
 * @csspart upload-button - Chooses a recording and uploads it.
 * @csspart remove-button - Removes the recording.
 * @csspart caller-id-group - The caller ID group.
 * @csspart caller-id-field - The caller ID field's wrapper.
 * @csspart caller-id-label - The caller ID label.
 * @csspart caller-id-input - The caller ID select.
 * @csspart caller-id-hint - The caller ID help line.
 * @csspart caller-id-error - Why the caller ID cannot be used.
 * @csspart hours-group - The business hours group.
 * @csspart hours-switch-row - The business hours switch with its label.
 * @csspart hours-switch-label - The business hours switch's label.
 * @csspart hours-switch - The business hours switch.
 * @csspart timezone-field - The time zone field's wrapper.
 * @csspart timezone-label - The time zone label.
 * @csspart timezone-input - The time zone select.
 * @csspart timezone-error - Why the time zone cannot be used.
 * @csspart hours - The week's opening hours.
 * @csspart hours-day - Each day's row of the opening hours.
 * @csspart hours-time - Each opening or closing time.
 * @csspart opening-hours - The week's opening hours of the business.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a row (Save).
 * @csspart button-secondary - The other buttons.
 * @csspart button-ghost - Quiet buttons (Cancel, Remove).
 * @csspart save-button - Saves the fields that are not switches.
 * @csspart cancel - Puts the changed fields back.
 * @csspart conflict - Loads the latest settings after someone else's change, keeping what was typed.
 * @csspart retry - Tries again after a failure.
 * @csspart status - The live region that announces saves and failures.
 * @csspart notice - A message in place of the fields (loading failed, no adapter).
 * @csspart skeleton - The placeholder while loading.
 * @csspart dialog - The identity check dialog.
 * @csspart dialog-heading - A dialog's heading.
 * @csspart dialog-actions - A dialog's row of buttons.
 * @csspart identity-check-dialog - The identity check.
 * @csspart identity-check-dialog-heading - The identity check's heading.
 * @csspart identity-check-dialog-actions - The identity check's buttons.
 * @csspart identity-check-confirm - Confirms the identity check.
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
