import type { MessageSettingsData } from '../../api/index.js';
import { AccountMessageSettingsUpdatedEvent } from '../../events/index.js';
import { SettingsElement, storedSettings, type SettingsSpec } from '../../kit/index.js';
import { MESSAGE_FIELDS } from './message-fields.js';

/**
 * The messaging settings of the SMS line: a signature, an auto-reply (on needs its text),
 * forwarding texts to email (on needs an address), and the keywords that opt a sender out, over
 * the standard ones (STOP and its synonyms), which are always honoured and shown as such. Switches
 * are saved the moment they are flipped; the rest with Save. A backend without messaging settings
 * answers `unsupported`, and the element leaves itself out of the page (`hidden`).
 *
 * Built on the same data-described fields a host's own `<settings-section>` uses.
 *
 * @tagname message-settings
 * @summary Signature, auto-reply, texts forwarded to email, opt-out keywords.
 *
 * @fires {AccountMessageSettingsUpdatedEvent} account-message-settings-updated - A switch or the form was saved; `event.settings` is what is in force.
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
 * @csspart signature-field - The signature field's wrapper.
 * @csspart signature-label - The signature label.
 * @csspart signature-input - The signature text area.
 * @csspart signature-hint - The signature help line.
 * @csspart signature-error - Why the signature cannot be used.
 * @csspart auto-reply-group - The auto-reply group.
 * @csspart auto-reply-switch-row - The auto-reply switch with its label.
 * @csspart auto-reply-switch-label - The auto-reply switch's label.
 * @csspart auto-reply-switch - The auto-reply switch.
 * @csspart auto-reply-text-field - The auto-reply text field's wrapper.
 * @csspart auto-reply-text-label - The auto-reply text label.
 * @csspart auto-reply-text-input - The auto-reply text text area.
 * @csspart auto-reply-text-error - Why the auto-reply text cannot be used.
 * @csspart forward-to-email-group - The forward to email group.
 * @csspart forward-to-email-switch-row - The forward to email switch with its label.
 * @csspart forward-to-email-switch-label - The forward to email switch's label.
 * @csspart forward-to-email-switch - The forward to email switch.
 * @csspart forward-email-field - The forwarding address field's wrapper.
 * @csspart forward-email-label - The forwarding address label.
 * @csspart forward-email-input - The forwarding address input.
 * @csspart forward-email-error - Why the forwarding address cannot be used.
 * @csspart opt-out-group - The opt-out keywords group.
 * @csspart keywords - A list of keywords with its entry.
 * @csspart keyword - Each keyword.
 * @csspart keyword-fixed - Each keyword that is always on.
 * @csspart keyword-remove - The button that removes a keyword.
 * @csspart keyword-add - Adds the typed keyword.
 * @csspart opt-out-keywords - The opt-out keywords.
 * @csspart opt-out-field - The new keyword field's wrapper.
 * @csspart opt-out-label - The new keyword label.
 * @csspart opt-out-input - The new keyword input.
 * @csspart opt-out-error - Why the new keyword cannot be used.
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
export class MessageSettings extends SettingsElement<MessageSettingsData> {
  protected get settings(): SettingsSpec<MessageSettingsData> {
    return {
      id: 'messages',
      texts: (t) => t.messages,
      fields: MESSAGE_FIELDS,
      source: storedSettings('messages'),
      savedText: (t) => t.messages.saved,
      onSaved: (settings) => this.dispatchEvent(new AccountMessageSettingsUpdatedEvent(settings)),
    };
  }
}
