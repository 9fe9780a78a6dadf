import { html, nothing, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import type { AccountError, FieldError } from '../../api/index.js';
import { choicesAt, isNullable, limitsAt, schemaAt, valueAt, type SchemaLimits } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { selectField, switchControl, textArea, textInput, type SelectChoice } from '../../ui/index.js';
import { audioField } from './audio-view.js';
import { errorAt, settingsErrorText } from './settings-errors.js';
import {
  fieldId,
  type AudioField,
  isShown,
  textOf,
  valueFields,
  type DateTimeField,
  type NumberField,
  type SelectField,
  type SettingsField,
  type SettingsGroup,
  type SwitchField,
  type ValueField,
  type TextAreaField,
  type TextField,
  type TimeField,
  type TimeZoneField,
} from './settings-fields.js';
import type { FileChange } from './settings-files.js';
import { hoursEditor } from './hours-view.js';
import { keywordsEditor, type KeywordEntries } from './keywords-view.js';

/** What the fields read and write of the section's form (a `FormController`): values and errors by path. */
export interface FieldsForm {
  readonly values: unknown;
  readonly errors: Readonly<Record<string, FieldError>>;
  valueAt(path: string): unknown;
  isEdited(path: string): boolean;
  set(path: string, value: unknown): void;
}

/** What a switch row reads of the section's switches (a `SwitchController`). */
export interface FieldsSwitches {
  isOn(path: string): boolean;
  busy(path: string): boolean;
}

/** What a recording field reads and calls of the section's recordings (`SettingsFiles`). */
export interface FieldsFiles {
  busy(path: string): FileChange | undefined;
  problem(path: string): FieldError | undefined;
  failure(path: string): AccountError | undefined;
  choose(field: AudioField, file: File): Promise<void>;
  remove(field: AudioField): Promise<void>;
}

/**
 * What a settings section's fields read and call, whatever the settings are; the section builds it
 * once per render.
 */
export interface SettingsView {
  t: Catalog;
  locale: string;
  schema: z.ZodMiniType | undefined;
  form: FieldsForm;
  switches: FieldsSwitches;
  files: FieldsFiles;
  /** Another write of the section is on its way: switches and uploads wait. */
  busy: boolean;
  onSwitch: (field: SwitchField, on: boolean) => void;
  /** The new keyword typed into each keywords field. */
  keywords: KeywordEntries;
  /** Moves focus to the control with this id once the next render is on screen. */
  focusLater: (id: string) => void;
}

/** The section's fields, in order, each as its kind says; fields whose condition fails are left out. */
export function settingsFields(view: SettingsView, fields: readonly SettingsField[]): TemplateResult {
  const { form } = view;
  return html`${fields.map((field) =>
    isShown(field, form.values, form.errors) ? settingsField(view, field) : nothing,
  )}`;
}

function settingsField(view: SettingsView, field: SettingsField): TemplateResult {
  switch (field.kind) {
    case 'group':
      return group(view, field);
    case 'switch':
      return switchRow(view, field);
    case 'text':
      return text(view, field);
    case 'textarea':
      return multiline(view, field);
    case 'number':
      return number(view, field);
    case 'select':
      return select(view, field);
    case 'time':
    case 'datetime':
      return moment(view, field);
    case 'timezone':
      return timeZone(view, field);
    case 'keywords':
      return keywordsEditor(view, field);
    case 'hours':
      return hoursEditor(view, field);
    case 'audio':
      return audioField(view, field);
  }
}

function group(view: SettingsView, field: SettingsGroup): TemplateResult {
  const help = textOf(view.t, field.help);
  // Named after what it holds, not its label, which is in the reader's language.
  const id = `group-${(field.part ?? valueFields(field.fields)[0]?.path ?? '').replace(/\W+/g, '-')}`;
  return html`
    <fieldset
      class="settings-group"
      part=${field.part ? `group ${field.part}-group` : 'group'}
      aria-describedby=${help ? `${id}-help` : nothing}
    >
      <legend class="settings-group-label" part="group-label">${textOf(view.t, field.label)}</legend>
      ${help ? html`<p id="${id}-help" class="field-hint">${help}</p>` : nothing}
      ${settingsFields(view, field.fields)}
    </fieldset>
  `;
}

function switchRow(view: SettingsView, field: SwitchField): TemplateResult {
  const { form, switches, t } = view;
  // A switch that needed other fields waits in the form, unsaved, until Save.
  const waitsInForm = form.isEdited(field.path);
  const help = textOf(t, field.help);
  return switchControl({
    id: fieldId(field),
    label: textOf(t, field.label) ?? '',
    hint: waitsInForm ? [t.settingsSection.unsaved, help].filter(Boolean).join('. ') : help,
    checked: waitsInForm ? form.valueAt(field.path) === true : switches.isOn(field.path),
    busy: switches.busy(field.path),
    disabled: view.busy && !switches.busy(field.path),
    onChange: (on) => view.onSwitch(field, on),
    part: field.part,
  });
}

/** Label, help, error and the schema's limits of a field, as every input block takes them. */
function common(view: SettingsView, field: ValueField, limits?: SchemaLimits) {
  return {
    id: fieldId(field),
    label: textOf(view.t, field.label) ?? '',
    hint: textOf(view.t, field.help),
    error: fieldError(view, field.path, limits),
    part: field.part,
  };
}

export function fieldError(view: SettingsView, path: string, limits?: SchemaLimits): string | undefined {
  const error: FieldError | undefined = errorAt(view.form.errors, path);
  return settingsErrorText(view.t, error, limits ?? limitsOf(view, path));
}

export function limitsOf(view: SettingsView, path: string): SchemaLimits {
  return view.schema ? limitsAt(view.schema, path) : {};
}

/** What an emptied input stands for: `null` where the schema allows it, else the empty text. */
function emptyAs(view: SettingsView, path: string): string | null {
  return view.schema && isNullable(schemaAt(view.schema, path)) ? null : '';
}

function stringAt(view: SettingsView, path: string): string {
  const value = view.form.valueAt(path);
  return typeof value === 'string' ? value : '';
}

function text(view: SettingsView, field: TextField): TemplateResult {
  const limits = limitsOf(view, field.path);
  const empty = emptyAs(view, field.path);
  return textInput({
    ...common(view, field, limits),
    value: stringAt(view, field.path),
    type: field.inputType,
    inputmode: field.inputType === 'tel' ? 'tel' : field.inputType === 'email' ? 'email' : undefined,
    autocomplete: field.autocomplete,
    dir: field.ltr ? 'ltr' : undefined,
    spellcheck: field.ltr ? false : undefined,
    maxlength: limits.maxLength,
    onInput: (value) => view.form.set(field.path, value === '' ? empty : value),
  });
}

function multiline(view: SettingsView, field: TextAreaField): TemplateResult {
  const limits = limitsOf(view, field.path);
  return textArea({
    ...common(view, field, limits),
    value: stringAt(view, field.path),
    rows: field.rows,
    maxlength: limits.maxLength,
    onInput: (value) => view.form.set(field.path, value),
  });
}

function number(view: SettingsView, field: NumberField): TemplateResult {
  const limits = limitsOf(view, field.path);
  const value = view.form.valueAt(field.path);
  return textInput({
    ...common(view, field, limits),
    type: 'number',
    inputmode: 'numeric',
    value: typeof value === 'number' && Number.isFinite(value) ? String(value) : '',
    min: limits.min,
    max: limits.max,
    step: 1,
    // An empty or unreadable number is no number: the schema says it is required.
    onInput: (typed) => view.form.set(field.path, typed.trim() === '' ? Number.NaN : Number(typed)),
  });
}

function select(view: SettingsView, field: SelectField): TemplateResult {
  const current = stringAt(view, field.path);
  const choices: SelectChoice[] = field.choices
    ? field.choices.map((choice) => ({ value: choice.value, label: textOf(view.t, choice.label) ?? '' }))
    : (view.schema ? choicesAt(view.schema, field.path) : []).map((value) => ({ value, label: value }));
  return selectField({
    ...common(view, field),
    value: current,
    choices: withCurrent(choices, current),
    onChange: (value) => view.form.set(field.path, value),
  });
}

/** A stored value the list does not know is still offered, so showing it does not change it. */
function withCurrent(choices: SelectChoice[], current: string): SelectChoice[] {
  return current === '' || choices.some((choice) => choice.value === current)
    ? choices
    : [{ value: current, label: current }, ...choices];
}

let timeZones: SelectChoice[] | undefined;

/** The browser's IANA time zones, read once: about 400 of them. */
function timeZoneChoices(): SelectChoice[] {
  timeZones ??= Intl.supportedValuesOf('timeZone').map((zone) => ({
    value: zone,
    label: zone.replace(/_/g, ' '),
  }));
  return timeZones;
}

function timeZone(view: SettingsView, field: TimeZoneField): TemplateResult {
  const current = stringAt(view, field.path);
  return selectField({
    ...common(view, field),
    value: current,
    choices: withCurrent(timeZoneChoices(), current),
    dir: 'ltr',
    // About 400 zones: 800 nodes the page need not build until the person opens the list.
    onDemand: true,
    onChange: (value) => view.form.set(field.path, value),
  });
}

function moment(view: SettingsView, field: TimeField | DateTimeField): TemplateResult {
  const empty = emptyAs(view, field.path);
  const stored = stringAt(view, field.path);
  const local = field.kind === 'datetime';
  return textInput({
    ...common(view, field),
    type: local ? 'datetime-local' : 'time',
    value: local ? toLocalInput(stored) : stored,
    onInput: (value) =>
      view.form.set(field.path, value === '' ? empty : local ? fromLocalInput(value) : value),
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An ISO instant as `datetime-local` shows it: the person's own clock, to the minute. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What the person picked, on their clock, as an ISO instant; anything unreadable stays as typed. */
function fromLocalInput(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The value at a path of the settings as shown, for the editors of lists. */
export function listAt<T>(view: SettingsView, path: string): T[] {
  const value = valueAt(view.form.values, path);
  return Array.isArray(value) ? (value as T[]) : [];
}
