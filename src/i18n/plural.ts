import { formatNumber, pluralRules } from './format.js';

/**
 * A phrase that says a count, in each plural form the language has. `#` stands for the count,
 * written the way the locale writes numbers (`١٢` in `ar-EG`, `12` in `ar`). Only `other` is
 * required: English needs `one` too, Arabic uses all six (`zero`, `one`, `two`, `few`, `many`).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that `Intl.PluralRules` picks for `count` in `locale`, with the count in it. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('#', formatNumber(locale, count));
}

/**
 * A value from outside (an address, a name, a number) set apart from the sentence around it, so
 * right-to-left text does not reorder it, nor it the sentence: Unicode's first-strong isolate.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
