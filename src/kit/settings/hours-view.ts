import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../api/index.js';
import { isPathWithin } from '../../core/index.js';
import { dateTimeFormat } from '../../i18n/index.js';
import { settingsErrorText } from './settings-errors.js';
import { fieldId, textOf, type HoursField } from './settings-fields.js';
import { listAt, type SettingsView } from './settings-view.js';

/** One open day, as the contract keeps it: 0 is Sunday; `close` before `open` runs past midnight. */
interface OpenDay {
  day: number;
  open: string;
  close: string;
}

const DEFAULT_DAY = { open: '09:00', close: '17:00' };

/** The days of the week in the order the locale starts its week (Monday where unsure). */
function weekOrder(locale: string): number[] {
  let first = 1;
  try {
    const info = (
      new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }
    ).getWeekInfo?.();
    // Intl counts Monday as 1 and Sunday as 7; the contract counts Sunday as 0.
    if (info) first = info.firstDay % 7;
  } catch {
    // An unknown locale keeps the default.
  }
  return Array.from({ length: 7 }, (_, offset) => (first + offset) % 7);
}

/** The day's name in the locale: 1 January 2023 was a Sunday. */
function dayName(locale: string, day: number): string {
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/**
 * The week's opening hours: a row per day, a checkbox to open it, and its opening and closing
 * times. A day's problems (`hours.days.2.open`) show in its row; a night shift (closing before
 * opening) is marked as running overnight. Saved with the form.
 */
export function hoursEditor(view: SettingsView, field: HoursField): TemplateResult {
  const { t, locale } = view;
  const texts = t.settingsSection.hours;
  const id = fieldId(field);
  const days = listAt<OpenDay>(view, field.path);
  const help = textOf(t, field.help);
  const part = field.part;
  return html`
    <fieldset
      class="hours"
      part=${part ? `hours ${part}-hours` : 'hours'}
      aria-describedby=${help ? `${id}-hint` : nothing}
    >
      <legend class="field-label">${textOf(t, field.label)}</legend>
      ${help ? html`<p id="${id}-hint" class="field-hint">${help}</p>` : nothing}
      <div class="hours-row hours-columns" aria-hidden="true">
        <span>${texts.day}</span><span>${texts.opens}</span><span>${texts.closes}</span>
      </div>
      ${weekOrder(locale).map((day) => dayRow(view, field, days, day))}
    </fieldset>
  `;
}

function dayRow(
  view: SettingsView,
  field: HoursField,
  days: readonly OpenDay[],
  day: number,
): TemplateResult {
  const texts = view.t.settingsSection.hours;
  const name = dayName(view.locale, day);
  const index = days.findIndex((open) => open.day === day);
  const open = days[index];
  const id = `${fieldId(field)}-${day}`;
  const error = open ? dayError(view, `${field.path}.${index}`) : undefined;
  const errorId = `${id}-error`;
  const update = (changes: Partial<OpenDay> | null) => view.form.set(field.path, withDay(days, day, changes));
  const time = (which: 'open' | 'close', label: string) => html`
    <label class="visually-hidden" for="${id}-${which}">${label}</label>
    <input
      id="${id}-${which}"
      class="input hours-time"
      part="input"
      type="time"
      .value=${live(open?.[which] ?? '')}
      aria-invalid=${error && isPathWithin(error.path, `${field.path}.${index}.${which}`) ? 'true' : 'false'}
      aria-describedby=${error ? errorId : nothing}
      @input=${(event: Event) => update({ [which]: (event.currentTarget as HTMLInputElement).value })}
    />
  `;
  return html`
    <div class="hours-row" part="hours-day">
      <span class="hours-day">
        <input
          id="${id}-on"
          type="checkbox"
          class="checkbox"
          .checked=${live(open !== undefined)}
          @change=${(event: Event) =>
            update((event.currentTarget as HTMLInputElement).checked ? (days.at(-1) ?? DEFAULT_DAY) : null)}
        />
        <label for="${id}-on">${name}</label>
      </span>
      ${
        open
          ? html`${time('open', texts.opensOn(name))} ${time('close', texts.closesOn(name))}
            ${open.close < open.open ? html`<span class="note hours-overnight">${texts.overnight}</span>` : nothing}`
          : html`<span class="note hours-closed">${texts.closed}</span>`
      }
      ${error ? html`<p id=${errorId} class="field-error hours-error" part="error">${error.text}</p>` : nothing}
    </div>
  `;
}

/** The first problem of one day's entry, with the path it is at. */
function dayError(view: SettingsView, dayPath: string): { path: string; text: string } | undefined {
  const entry = Object.entries(view.form.errors).find(([key]) => isPathWithin(key, dayPath));
  if (!entry) return undefined;
  const [path, error]: [string, FieldError] = entry;
  return { path, text: settingsErrorText(view.t, error) ?? '' };
}

/** The days with one day opened (at the given or copied times), changed, or closed (`null`). */
function withDay(days: readonly OpenDay[], day: number, changes: Partial<OpenDay> | null): OpenDay[] {
  const others = days.filter((open) => open.day !== day);
  if (changes === null) return others;
  const current = days.find((open) => open.day === day);
  const next: OpenDay = {
    day,
    open: changes.open ?? current?.open ?? DEFAULT_DAY.open,
    close: changes.close ?? current?.close ?? DEFAULT_DAY.close,
  };
  return [...others, next].sort((a, b) => a.day - b.day);
}
