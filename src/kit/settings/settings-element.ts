import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import type { AccountError } from '../../api/index.js';
import { FormController, SwitchController } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { formActions } from '../actions.js';
import { SectionElement, type SectionCard } from '../section-element.js';
import { elementStyles } from '../styles.js';
import { switchFailureText } from './settings-errors.js';
import { textOf, valueFields, type SettingsField, type SwitchField } from './settings-fields.js';
import { SettingsFiles, type FileChange } from './settings-files.js';
import type { SettingsSource, SettingsSourceMaker } from './settings-source.js';
import { settingsStyles } from './settings-styles.js';
import { settingsFields, type SettingsView } from './settings-view.js';
import { KeywordEntries } from './keywords-view.js';

/** A settings section, described: its card, its fields, where its settings live, what a save says. */
export interface SettingsSpec<T> extends Pick<SectionCard, 'id' | 'texts'> {
  /** The fields, in order. */
  fields: readonly SettingsField<T>[];
  /**
   * Where the settings live (`storedSettings('voice')`, `hostSettings(...)`); undefined until the
   * host says. Made into the section's source once, before the first render that has it.
   */
  source: SettingsSourceMaker<T> | undefined;
  /** After every save (a switch, the form, a recording), with the settings now in force. */
  onSaved: (settings: T) => void;
  /** Said once the form's save went through. */
  savedText?: (t: Catalog) => string;
}

/** What the section works with once it knows where its settings live. */
interface SettingsParts<T> {
  source: SettingsSource<T>;
  form: FormController<T>;
  switches: SwitchController<T>;
  files: SettingsFiles<T>;
}

/**
 * The base of every settings section made of fields described as data (`SettingsField`): it loads
 * the settings, renders each field as its kind says, saves a switch the moment it is flipped and
 * the other fields with the form's Save, puts every error on the field its path names, and leaves
 * itself out of the page when the backend does not offer the settings at all (`unsupported`).
 * A section gives its fields, where its settings live, its texts, and what to fire on a save.
 *
 * Its fields carry the kit's parts (`field`, `input`, ..., listed on `SectionElement` and inherited);
 * these are the settings engine's own, listed once for every settings section.
 *
 * @csspart group - Fields under one heading.
 * @csspart group-label - A group's heading.
 * @csspart keywords - A list of keywords with its entry.
 * @csspart keyword - One keyword.
 * @csspart keyword-remove - The button that removes a keyword.
 * @csspart hours - The opening hours, day by day.
 * @csspart hours-day - One day of the opening hours.
 * @csspart audio-player - The player of an uploaded recording.
 */
export abstract class SettingsElement<T> extends SectionElement {
  static override styles: CSSResultGroup = [...elementStyles, settingsStyles];

  private parts?: SettingsParts<T> | undefined;
  private readonly keywords = new KeywordEntries(this);

  /** What the section is, all in one place (see `SettingsSpec`). */
  protected abstract get settings(): SettingsSpec<T>;

  protected get card(): SectionCard {
    const { id, texts } = this.settings;
    return { id, texts, waitsFor: [this.parts?.source], skeleton: { lines: 4 } };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.parts) {
      const makeSource = this.settings.source;
      if (makeSource) this.parts = this.partsFor(makeSource(this));
    }
    super.willUpdate(changed);
  }

  /** The form, the switches and the recordings, all saving through one source. */
  private partsFor(source: SettingsSource<T>): SettingsParts<T> {
    const affects = source.affects;
    const keep = (settings: T) => source.keep(settings);
    const form = new FormController<T>(this, {
      schema: () => source.schema,
      initial: () => source.value,
      submit: { send: ([settings], options) => source.send(settings, options), keep },
      affects,
      onSaved: (settings) => {
        this.announcer.success(this.settings.savedText?.(this.t) ?? this.t.settingsSection.saved);
        this.settings.onSaved(settings);
      },
    });
    const switches = new SwitchController<T>(this, {
      stored: () => source.value,
      schema: () => source.schema,
      save: { send: ([settings], options) => source.send(settings, options), keep },
      affects,
      reload: () => source.retry(),
      onSaved: (settings, paths, on) => {
        this.announcer.success(this.t.settingsSection.switchSaved(this.labelOf(paths), on));
        this.settings.onSaved(settings);
      },
      onFailed: (error) => this.switchFailed(error),
      onRefused: (paths, on) => this.switchNeedsFields(form, paths, on),
    });
    const files = new SettingsFiles<T>(this, {
      keep,
      onChanged: (settings, change) => this.fileChanged(settings, change),
    });
    return { source, form, switches, files };
  }

  private labelOf(paths: readonly string[]): string {
    const fields = valueFields(this.settings.fields);
    return paths
      .map((path) => textOf(this.t, fields.find((field) => field.path === path)?.label) ?? path)
      .join(', ');
  }

  private onSwitch({ form, switches }: SettingsParts<T>, field: SwitchField, on: boolean): void {
    this.announcer.clear();
    // Waiting in the form for the fields it needs: it is saved with them.
    if (form.isEdited(field.path)) form.set(field.path, on);
    else switches.flip(field.path, on);
  }

  /** The switch needs other fields first: it joins the form, and focus goes to what to fill in. */
  private switchNeedsFields(form: FormController<T>, paths: readonly string[], on: boolean): void {
    for (const path of paths) form.setAndCheck(path, on);
    this.announcer.say(this.t.settingsSection.switchNeedsFields(this.labelOf(paths)));
    void this.focusFirstProblem();
  }

  private switchFailed(error: AccountError): void {
    this.announcer.failure(switchFailureText(this.t, error, this.t.settingsSection.switchConflict));
  }

  private fileChanged(settings: T, change: FileChange): void {
    const texts = this.t.settingsSection.audio;
    this.announcer.success(change === 'upload' ? texts.uploaded : texts.removed);
    this.settings.onSaved(settings);
  }

  private async onSubmit({ form, switches }: SettingsParts<T>, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.announcer.clear();
    // A switch's save on its way changes the version this save is made against: it goes first.
    await switches.settled;
    if (!(await form.submit())) void this.focusFirstProblem();
  }

  /** As every section does, and a field that is a group of controls (a recording) counts too. */
  protected override async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], [data-problem]')?.focus();
  }

  private focusLater(id: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
    );
  }

  protected renderContent(): TemplateResult {
    const parts = this.parts;
    const t = this.t;
    if (!parts) return this.notice(t.settingsSection.noSource);
    if (parts.source.status === 'no-adapter') return this.notice(parts.source.unavailable(t));
    return this.whenLoaded(parts.source, () => this.renderReady(parts));
  }

  private renderReady(parts: SettingsParts<T>): TemplateResult {
    const { source, form, switches, files } = parts;
    const view: SettingsView = {
      t: this.t,
      locale: this.resolvedLocale,
      schema: source.schema,
      form,
      switches,
      files,
      busy: switches.saving.pending || form.save.pending || files.pending,
      onSwitch: (field, on) => this.onSwitch(parts, field, on),
      keywords: this.keywords,
      focusLater: (id) => this.focusLater(id),
    };
    return html`
      <form
        class="form settings-form"
        novalidate
        @submit=${(event: SubmitEvent) => void this.onSubmit(parts, event)}
      >
        ${settingsFields(view, this.settings.fields)}
        ${formActions(this.t, form, {
          announcer: this.announcer,
          reload: () => this.reloadKeepingInput(form, source),
          onlyWhenDirty: true,
        })}
      </form>
    `;
  }
}
