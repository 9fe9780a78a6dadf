import type { AccountAdapter, CallOptions } from '../../api/index.js';
import { isPathWithin, valueAt } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';

/**
 * Text of a field: fixed (a host's own words, in its own language) or read from the catalog of the
 * element's locale (`(t) => t.voice.forwarding`), so built-in sections follow the locale.
 */
export type SettingsText = string | ((t: Catalog) => string);

/** The field shows only while the value at `path` is `is` (the number only when forwarding is on). */
export interface ShowWhen {
  path: string;
  is: string | number | boolean | null;
}

export interface SettingsChoice {
  value: string;
  label: SettingsText;
}

interface FieldBase {
  /**
   * Where the value lives in the settings, as the contract's field errors name it
   * (`voicemail.ringSeconds`). The schema at this path gives the limits and the choices; errors at
   * this path, or under it (`hours.days.2.open`), show at this field.
   */
  path: string;
  label: SettingsText;
  /** A line under the control, tied to it. */
  help?: SettingsText;
  /** Shown only while this holds (all of them, for a list). */
  showWhen?: ShowWhen | readonly ShowWhen[];
  /**
   * A prefix for the field's own part names (`forwarding-number` gives `forwarding-number-input`,
   * `forwarding-number-field`, ...), on top of the generic ones (`input`, `field`), for a host that
   * styles one field of its own `<settings-section>`. Without it the field has the generic parts
   * only, as every built-in field has.
   */
  part?: string;
}

/** Saved the moment it is flipped, unless it needs another field first (then it joins the form). */
export interface SwitchField extends FieldBase {
  kind: 'switch';
}

export interface TextField extends FieldBase {
  kind: 'text';
  inputType?: 'text' | 'tel' | 'email' | 'url';
  /** A WHATWG autofill token. */
  autocomplete?: string;
  /** The value reads left to right whatever the page (numbers, addresses). */
  ltr?: boolean;
}

export interface TextAreaField extends FieldBase {
  kind: 'textarea';
  rows?: number;
}

/** A whole number, with the schema's bounds as its `min` and `max`. */
export interface NumberField extends FieldBase {
  kind: 'number';
}

/** One of a few values; without `choices`, the schema's enum, each labelled by its value. */
export interface SelectField extends FieldBase {
  kind: 'select';
  choices?: readonly SettingsChoice[];
}

/** A 24-hour `HH:MM`. */
export interface TimeField extends FieldBase {
  kind: 'time';
}

/** An IANA time zone, from the ones this browser knows. */
export interface TimeZoneField extends FieldBase {
  kind: 'timezone';
}

/** A moment (ISO 8601), typed in the person's local time; empty means none (`null`). */
export interface DateTimeField extends FieldBase {
  kind: 'datetime';
}

/** A list of single-word keywords, added and removed one by one, with some always on. */
export interface KeywordsField extends FieldBase {
  kind: 'keywords';
  /** Shown as always on; never in the list itself. */
  fixed?: readonly string[];
}

/** The week's opening hours: a list of `{ day, open, close }`, one per open day (0 is Sunday). */
export interface HoursField extends FieldBase {
  kind: 'hours';
}

/**
 * A recording, uploaded the moment it is chosen (after its bytes, size and length are checked
 * here), or removed; the value at `path` is its URL. Each call answers with the whole settings (`T`).
 */
export interface AudioField<T = unknown> extends FieldBase {
  kind: 'audio';
  upload: (adapter: AccountAdapter, file: Blob, options: CallOptions) => Promise<T>;
  remove?: (adapter: AccountAdapter, options: CallOptions) => Promise<T>;
}

/** Fields under one heading (a `fieldset`), shown or hidden together. */
export interface SettingsGroup<T = unknown> {
  kind: 'group';
  label: SettingsText;
  help?: SettingsText;
  showWhen?: ShowWhen | readonly ShowWhen[];
  /** The group's part prefix (`voicemail` gives `voicemail-group`). */
  part?: string;
  fields: readonly SettingsField<T>[];
}

export type ValueField<T = unknown> =
  | SwitchField
  | TextField
  | TextAreaField
  | NumberField
  | SelectField
  | TimeField
  | TimeZoneField
  | DateTimeField
  | KeywordsField
  | HoursField
  | AudioField<T>;

/**
 * A field of a settings section, described as data: what kind of control, where its value lives,
 * its label and help, when it shows. The section does the rest (limits and rules from the schema,
 * saving, errors on the field their path names). `T` is the settings a recording's calls answer.
 */
export type SettingsField<T = unknown> = ValueField<T> | SettingsGroup<T>;

/**
 * A group led by a switch, whose other fields show only while it is on (forwarding and its number,
 * an auto-reply and its text): the common shape of a setting, written once. The switch's `part`,
 * when it has one, names the group too.
 */
export function switchedGroup<T>(group: {
  label: SettingsText;
  toggle: Omit<SwitchField, 'kind'>;
  fields: readonly ValueField<T>[];
}): SettingsGroup<T> {
  const on: ShowWhen = { path: group.toggle.path, is: true };
  const whileOn = (field: ValueField<T>): ValueField<T> => ({
    ...field,
    showWhen: [on, ...[field.showWhen ?? []].flat()],
  });
  return {
    kind: 'group',
    label: group.label,
    ...(group.toggle.part ? { part: group.toggle.part } : {}),
    fields: [{ kind: 'switch', ...group.toggle }, ...group.fields.map(whileOn)],
  };
}

export function textOf(t: Catalog, text: SettingsText | undefined): string | undefined {
  return typeof text === 'function' ? text(t) : text;
}

/** The control's id in the shadow root: its path, which is unique in a section. */
export function fieldId(field: ValueField<unknown>): string {
  return `field-${field.path.replace(/\./g, '-')}`;
}

/** Every value field, groups opened, in order. */
export function valueFields<T>(fields: readonly SettingsField<T>[]): ValueField<T>[] {
  return fields.flatMap((field) => (field.kind === 'group' ? valueFields(field.fields) : [field]));
}

/**
 * The field shows when its condition holds, or when something in it needs fixing: a problem is
 * never left where nobody can see it.
 */
export function isShown(
  field: SettingsField<unknown>,
  values: unknown,
  errors: Readonly<Record<string, unknown>>,
): boolean {
  const conditions: readonly ShowWhen[] = field.showWhen === undefined ? [] : [field.showWhen].flat();
  if (conditions.every((condition) => valueAt(values, condition.path) === condition.is)) return true;
  const paths = field.kind === 'group' ? valueFields(field.fields).map((inner) => inner.path) : [field.path];
  return Object.keys(errors).some((key) => paths.some((path) => isPathWithin(key, path)));
}
