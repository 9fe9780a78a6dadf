import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import type { AccountError } from '../../api/index.js';
import { SettingsFormController, SettingsSwitches, type Connection } from '../../core/index.js';
import {
  HostSettingsSource,
  StoredSettingsSource,
  hostOnlyConnection,
  type HostSettings,
  type SettingsSource,
  type StoredSettingsKey,
} from './settings-source.js';
import { formActions } from '../actions.js';
import { actionErrorText, errorText } from '../messages.js';
import type { Catalog } from '../../i18n/index.js';
import { SectionElement, type SectionCard } from '../section-element.js';
import { elementStyles } from '../styles.js';
import { settingsErrorText } from './settings-errors.js';
import { textOf, valueFields, type SettingsField, type SwitchField } from './settings-fields.js';
import { SettingsFiles, type FileChange } from './settings-files.js';
import { settingsStyles } from './settings-styles.js';
import { settingsFields, type SettingsView } from './settings-view.js';
import { KeywordEntries } from './keywords-view.js';

/** Where a section's settings live: a settings resource of the contract, or the host's functions. */
export type SettingsSourceSpec = { resource: StoredSettingsKey } | HostSettings<unknown>;

/** A settings section, described: its card, its fields, where its settings live, what a save says. */
export interface SettingsSpec extends Pick<SectionCard, 'id' | 'texts'> {
  /** The fields, in order. */
  fields: readonly SettingsField[];
  /** Where the settings live; undefined until the host says. Read once, before the first render. */
  source: SettingsSourceSpec | undefined;
  /** After every save (a switch, the form, a recording), with the settings now in force. */
  onSaved: (settings: unknown) => void;
  /** Said once the form's save went through. */
  savedText?: (t: Catalog) => string;
}

/**
 * The base of every settings section made of fields described as data (`SettingsField`): it loads
 * the settings, renders each field as its kind says, saves a switch the moment it is flipped and
 * the other fields with the form's Save, puts every error on the field its path names, and leaves
 * itself out of the page when the backend does not offer the settings at all (`unsupported`).
 * A section gives its fields, where its settings live, its texts, and what to fire on a save.
 */
export abstract class SettingsElement extends SectionElement {
  static override styles: CSSResultGroup = [...elementStyles, settingsStyles];

  private source?: SettingsSource<unknown> | undefined;
  private readonly keywords = new KeywordEntries(this);

  protected readonly form = new SettingsFormController<unknown>(this, {
    schema: () => this.source?.schema,
    initial: () => this.source?.value,
    send: (adapter, settings, options) => this.sourceOrFail().send(adapter, settings, options),
    saves: (settings, store) => this.source?.keep(settings, store),
    affects: () => this.source?.affects ?? [],
    onSaved: (settings) => {
      this.announcer.success(this.savedText());
      this.settingsSaved(settings);
    },
  });

  protected readonly switches = new SettingsSwitches<unknown>(this, {
    schema: () => this.source?.schema,
    stored: () => this.source?.value,
    send: (adapter, settings, options) => this.sourceOrFail().send(adapter, settings, options),
    saves: (settings, store) => this.source?.keep(settings, store),
    affects: () => this.source?.affects ?? [],
    onSaved: (settings, path, on) => {
      this.announcer.success(this.t.settingsSection.switchSaved(this.labelOf(path), on));
      this.settingsSaved(settings);
    },
    onFailed: (error) => this.switchFailed(error),
    onRefused: (path, on) => this.switchNeedsFields(path, on),
  });

  protected readonly files = new SettingsFiles(this, {
    keep: (settings, store) => this.source?.keep(settings, store),
    onChanged: (settings, change) => this.fileChanged(settings, change),
  });

  /** What the section is, all in one place (see `SettingsSpec`). */
  protected abstract get settings(): SettingsSpec;

  private settingsFields(): readonly SettingsField[] {
    return this.settings.fields;
  }

  private sourceSpec(): SettingsSourceSpec | undefined {
    return this.settings.source;
  }

  private settingsSaved(settings: unknown): void {
    this.settings.onSaved(settings);
  }

  private savedText(): string {
    return this.settings.savedText?.(this.t) ?? this.t.settingsSection.saved;
  }

  /**
   * The adapter's connection; for settings the host keeps itself, one that reaches no backend when
   * the page has no adapter, so the host's own `save` still runs.
   * @internal
   */
  override get connection(): Connection | undefined {
    const found = super.connection;
    return found ?? (this.source instanceof HostSettingsSource ? hostOnlyConnection() : undefined);
  }

  protected get card(): SectionCard {
    const { id, texts } = this.settings;
    return { id, texts, waitsFor: [this.source], skeleton: { lines: 4 } };
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.source ??= this.makeSource();
    super.willUpdate(changed);
  }

  private makeSource(): SettingsSource<unknown> | undefined {
    const spec = this.sourceSpec();
    if (!spec) return undefined;
    if ('resource' in spec) return new StoredSettingsSource(this, spec.resource);
    return new HostSettingsSource(this, () => {
      const current = this.sourceSpec();
      return current && !('resource' in current) ? current : undefined;
    });
  }

  private sourceOrFail(): SettingsSource<unknown> {
    if (!this.source) throw new Error('The section has no settings to save to');
    return this.source;
  }

  private labelOf(path: string): string {
    const field = valueFields(this.settingsFields()).find((candidate) => candidate.path === path);
    return textOf(this.t, field?.label) ?? path;
  }

  private onSwitch(field: SwitchField, on: boolean): void {
    this.announcer.clear();
    // Waiting in the form for the fields it needs: it is saved with them.
    if (this.form.isEdited(field.path)) this.form.set(field.path, on);
    else this.switches.flip(field.path, on);
  }

  /** The switch needs other fields first: it joins the form, and focus goes to what to fill in. */
  private switchNeedsFields(path: string, on: boolean): void {
    this.form.setAndCheck(path, on);
    this.announcer.say(this.t.settingsSection.switchNeedsFields(this.labelOf(path)));
    void this.focusFirstProblem();
  }

  private switchFailed(error: AccountError): void {
    const t = this.t;
    if (error.code === 'conflict') {
      // Changed elsewhere: show what is in force now, so the next flip is made against it.
      void this.source?.retry();
      this.announcer.failure(t.settingsSection.switchConflict);
      return;
    }
    if (error.code === 'timeout' || (error.code === 'network' && !navigator.onLine)) {
      this.announcer.failure(actionErrorText(t, error));
      return;
    }
    const field = Object.values(error.fields)[0];
    this.announcer.failure(`${t.errors.saveFailed} ${settingsErrorText(t, field) ?? errorText(t, error)}`);
  }

  private fileChanged(settings: unknown, change: FileChange): void {
    const texts = this.t.settingsSection.audio;
    this.announcer.success(change === 'upload' ? texts.uploaded : texts.removed);
    this.settingsSaved(settings);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.announcer.clear();
    // A switch's save on its way changes the version this save is made against: it goes first.
    await this.switches.settled;
    if (!(await this.form.submit())) void this.focusFirstProblem();
  }

  private reload(): void {
    const source = this.source;
    if (!source) return;
    void this.form.reloadKeepingInput(() => source.retry()).then(() => this.announcer.clear());
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
    const t = this.t;
    const source = this.source;
    if (!source) return html`<p class="notice" part="notice">${t.settingsSection.noSource}</p>`;
    const noAdapter = source instanceof HostSettingsSource ? t.settingsSection.noSource : t.errors.noAdapter;
    return this.whenLoaded(source, (stored) => this.renderReady(stored), undefined, noAdapter);
  }

  private renderReady(stored: unknown): TemplateResult {
    const view: SettingsView = {
      t: this.t,
      locale: this.resolvedLocale,
      schema: this.source?.schema,
      stored,
      form: this.form,
      switches: this.switches,
      files: this.files,
      busy: this.switches.saving.pending || this.form.save.pending || this.files.pending,
      onSwitch: (field, on) => this.onSwitch(field, on),
      keywords: this.keywords,
      focusLater: (id) => this.focusLater(id),
    };
    return html`
      <form
        class="form settings-form"
        novalidate
        @submit=${(event: SubmitEvent) => void this.onSubmit(event)}
      >
        ${settingsFields(view, this.settingsFields())}
        ${formActions(this.t, this.form, {
          announcer: this.announcer,
          reload: () => this.reload(),
          onlyWhenDirty: true,
        })}
      </form>
    `;
  }
}
