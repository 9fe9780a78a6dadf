/** Locale-aware formatting; every element formats through these, never by hand. */

/**
 * One of Intl's constructors, made once per locale and options and kept: making a formatter costs
 * far more than using one, and a page formats dozens of counts and dates, each render, in a
 * handful of locales with a handful of options (the callers' own, never the data's).
 */
function cachedBy<Options extends object, Formatter>(
  make: (locale: string, options?: Options) => Formatter,
): (locale: string, options?: Options) => Formatter {
  const made = new Map<string, Formatter>();
  return (locale, options) => {
    const key = options === undefined ? locale : `${locale} ${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const numberFormat = cachedBy(
  (locale: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
export const dateTimeFormat = cachedBy(
  (locale: string, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
export const relativeTimeFormat = cachedBy(
  (locale: string, options?: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);
export const pluralRules = cachedBy(
  (locale: string, options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options),
);

export const displayNames = cachedBy(
  (locale: string, options?: Intl.DisplayNamesOptions) =>
    new Intl.DisplayNames(locale, options ?? { type: 'region', fallback: 'code' }),
);

/** A country's name from its ISO 3166-1 code (`DE`: "Germany", "Alemania"); the code when unknown. */
export function formatRegion(locale: string, code: string): string {
  return displayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

export function formatDate(
  locale: string,
  value: string | number | Date,
  style: 'medium' | 'long' = 'medium',
): string {
  return dateTimeFormat(locale, { dateStyle: style }).format(new Date(value));
}

export function formatDateTime(locale: string, value: string | number | Date): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "in 3 minutes", "2 days ago": the largest unit that fits. */
export function formatRelative(
  locale: string,
  value: string | number | Date,
  now: number = Date.now(),
): string {
  const seconds = Math.round((new Date(value).getTime() - now) / 1000);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

export function formatDuration(locale: string, minutes: number): string {
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

export function formatMoney(locale: string, minorUnits: number, currency: string): string {
  const format = numberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
