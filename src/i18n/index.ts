import { en, type Catalog } from './en.js';

export { en, type Catalog } from './en.js';
export * from './format.js';

const catalogs = new Map<string, Catalog>([['en', en]]);

/** Adds a locale: `registerLocale('fr', fr)` with `fr: Catalog`. */
export function registerLocale(locale: string, catalog: Catalog): void {
  catalogs.set(locale.toLowerCase(), catalog);
}

/** The best catalog for a BCP 47 tag: exact, then its language, then English. */
export function catalogFor(locale: string | undefined): Catalog {
  if (!locale) return en;
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0] ?? '') ?? en;
}

/** The page's language when nothing more specific is set. */
export function documentLocale(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || navigator.language || 'en';
}
