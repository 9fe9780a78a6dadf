import { property } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import type { CallOptions } from '../../api/index.js';
import { AccountSettingsSavedEvent } from '../../events/index.js';
import {
  hostSettings,
  SettingsElement,
  storedSettings,
  type SettingsField,
  type SettingsSpec,
  type StoredSettingsKey,
} from '../../kit/index.js';
import { addEnglish } from '../../i18n/index.js';
import { settingsSection } from '../../i18n/en/settings-section.js';

addEnglish({ settingsSection });

export type {
  AudioField,
  SettingsChoice,
  SettingsField,
  SettingsGroup,
  SettingsText,
  ShowWhen,
  ValueField,
} from '../../kit/index.js';

/**
 * A settings section of the host's own, described as data: no element to write. Give it a heading,
 * its `fields` (each a control kind, the path of its value, a label and help, when it shows), and
 * where its settings live: a resource of the contract (`resource="voice"` or `"messages"`, through
 * the page's adapter), or the host's own `load` and `save` functions (with a zod/mini `schema` for
 * limits and rules, if it has one).
 *
 * It behaves as the built-in sections do: a switch is saved the moment it is flipped (busy meanwhile,
 * put back and said on failure); the other fields are saved with Save (Cancel puts them back);
 * problems are said at the field whose path they name, before sending (the schema) and after (the
 * `fields` of the `AccountError` that `save` rejects with; anything else it rejects with is said as
 * a failed save); a conflict offers to load the latest, keeping what was typed. Each save fires
 * `account-settings-saved`. Set `load`, `save` and `schema` (or `resource`) before the section is
 * first shown.
 *
 * Its fields have the parts every settings section has (`field`, `label`, `input`, ...). A field
 * the host means to style on its own takes a `part` prefix (`part: 'plan'`), which adds its own
 * names: `plan-field`, `plan-input`, `plan-label`, `plan-hint`, `plan-error`, `plan-switch`,
 * `plan-group` and so on.
 *
 * @tagname settings-section
 * @summary A settings card of the host's own, from a list of fields and a load and save.
 *
 * @fires {AccountSettingsSavedEvent} account-settings-saved - A switch, the form or a file was saved; `event.settings` is what `save` answered, `event.section` the element's `id`.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour, and a switch that is on.
 * @cssprop --ae-color-border - The lines between groups.
 * @cssprop --ae-color-danger - Errors.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class SettingsSection extends SettingsElement<unknown> {
  /** The card's heading. */
  @property({ attribute: 'heading-text' }) headingText = '';

  /** The line under the heading. */
  @property({ attribute: 'description-text' }) descriptionText?: string;

  /** What is said once the form is saved; by default the catalog's "Your settings were saved." */
  @property({ attribute: 'saved-text' }) savedMessage?: string;

  /** The fields, in order: data, see `SettingsField`. */
  @property({ attribute: false }) fields: readonly SettingsField[] = [];

  /** A settings resource of the contract, read and saved through the page's adapter and shared store. */
  @property() resource?: StoredSettingsKey;

  /** Reads the host's settings; rejects with an `AccountError` (or anything, said as a network failure). */
  @property({ attribute: false }) load?: (options: { signal: AbortSignal }) => Promise<unknown>;

  /**
   * Writes the whole settings and answers with what is stored now. A rejection that is an
   * `AccountError` with `fields` puts each problem on the field its path names.
   */
  @property({ attribute: false }) save?: (settings: unknown, options: CallOptions) => Promise<unknown>;

  /** A zod/mini schema of the whole settings: the fields' limits and choices, and every rule. */
  @property({ attribute: false }) schema?: z.ZodMiniType;

  protected get settings(): SettingsSpec<unknown> {
    return {
      id: this.id || 'settings',
      texts: () => ({ heading: this.headingText, description: this.descriptionText }),
      fields: this.fields,
      source: this.resource
        ? storedSettings(this.resource)
        : this.load && this.save
          ? this.ownSettings
          : undefined,
      savedText: (t) => this.savedMessage ?? t.settingsSection.saved,
      onSaved: (settings) => this.dispatchEvent(new AccountSettingsSavedEvent(settings, this.id)),
    };
  }

  /** The host's `load`, `save` and `schema`, as they are when read: set later, they are followed. */
  private readonly ownSettings = hostSettings(() => {
    const { load, save, schema } = this;
    return !this.resource && load && save ? { load, save, schema } : undefined;
  });
}
