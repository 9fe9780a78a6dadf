import type { MessageSettingsData } from '../../api/index.js';
import { AccountMessageSettingsUpdatedEvent } from '../../events/index.js';
import { SettingsElement, storedSettings, type SettingsSpec } from '../../kit/index.js';
import { MESSAGE_FIELDS } from './message-fields.js';
import { addEnglish } from '../../i18n/index.js';
import { messages } from '../../i18n/en/messages.js';
import { settingsSection } from '../../i18n/en/settings-section.js';

// The settings engine's own words (`settingsSection`) come with each section built on it, not with
// the kit, which every element imports.
addEnglish({ messages, settingsSection });

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
