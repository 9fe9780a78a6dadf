import type { Catalog } from './en.js';
import { common } from './en/common.js';
import { errors } from './en/errors.js';
import { fields } from './en/fields.js';
import { reverify } from './en/reverify.js';
import { verification } from './en/verification.js';

export { en, type Catalog, type UsageUnit } from './en.js';
export * from './format.js';
export { isolate, plural, type PluralForms } from './plural.js';

/**
 * A locale's catalog, or a function that makes it for a locale tag: the built-in ones are
 * functions, so numbers inside sentences follow the tag's region (`ar-EG` writes ١٢, `ar` 12).
 */
export type LocaleCatalog = Catalog | ((locale: string) => Catalog);

/** Part of a catalog: some of its groups, each whole or in part. */
export type CatalogPart = { [K in keyof Catalog]?: Partial<Catalog[K]> };

/**
 * The English a page has: the words every element uses (buttons, errors, the identity check,
 * codes), and the groups of the elements it has loaded. English is what shows first and what
 * stands in for any language not there yet, so it comes with the code, but each element brings
 * its own words (`addEnglish`): a page that shows one element does not download every section's.
 * The whole catalog is `en` (`./en.js`), for typing a locale against and for tests.
 */
const english: CatalogPart = { common, errors, fields, reverify, verification };
/** `english` is filled in by the elements before any renders (see `addEnglish`). */
const englishCatalog = english as Catalog;

/**
 * Adds an element's English words: called by its module as it loads, before the element can
 * render. A group already there is added to (the page's navigation brings only the sections'
 * names; each section, the rest).
 */
export function addEnglish(part: CatalogPart): void {
  for (const key of Object.keys(part) as (keyof Catalog)[]) add(key, part[key]);
}

function add<K extends keyof Catalog>(key: K, words: Partial<Catalog[K]> | undefined): void {
  english[key] = { ...english[key], ...words };
}

/** What `registerLocale` was given (and the built-ins once loaded), by lower-case tag. */
const registered = new Map<string, LocaleCatalog>([['en', englishCatalog]]);
/** The catalog made for each tag asked for: `t` is read many times a render. */
const made = new Map<string, Catalog>();

/**
 * The catalogs that ship with the library, loaded when an element first needs one, so a page in
 * English never downloads them (each is its own chunk, outside the page's budget).
 */
const BUILT_IN: Readonly<Record<string, () => Promise<LocaleCatalog>>> = {
  es: () => import('./es.js').then((module) => module.spanish),
  de: () => import('./de.js').then((module) => module.german),
  ar: () => import('./ar.js').then((module) => module.arabic),
};
const loading = new Map<string, Promise<void>>();

const listeners = new Set<() => void>();

/** Calls `listener` whenever a catalog is added (registered, or a built-in one loaded). */
export function onCatalogsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  made.clear();
  for (const listener of [...listeners]) listener();
}

function languageOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * Adds a locale, or replaces one: `registerLocale('fr', fr)` with `fr: Catalog`, or a function of
 * the locale tag. It wins over the built-in catalog of the same tag, loaded or not. Elements
 * already on the page pick it up.
 */
export function registerLocale(locale: string, catalog: LocaleCatalog): void {
  registered.set(locale.toLowerCase(), catalog);
  changed();
}

/** What was registered for a tag: exact, then its language. */
function sourceFor(tag: string): LocaleCatalog | undefined {
  return registered.get(tag) ?? registered.get(languageOf(tag));
}

/**
 * Starts loading the built-in catalog of the tag's language, once. Elements re-render when it
 * arrives; a failure (offline, a missing chunk) leaves them in English and is tried again on the
 * next render that asks.
 */
function loadBuiltIn(tag: string): Promise<void> | undefined {
  const language = languageOf(tag);
  const load = BUILT_IN[language];
  if (!load) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (catalog) => {
        // A catalog the host registered meanwhile stays: the host's wins.
        if (!registered.has(language)) {
          registered.set(language, catalog);
          changed();
        }
      },
      (error: unknown) => {
        loading.delete(language);
        console.warn(`account-elements: the "${language}" catalog could not be loaded`, error);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The best catalog for a BCP 47 tag: exact, then its language, then English. A built-in locale not
 * loaded yet starts loading, and English stands in until it arrives (see `onCatalogsChange`).
 */
export function catalogFor(locale: string | undefined): Catalog {
  if (!locale) return englishCatalog;
  const tag = locale.toLowerCase();
  const ready = made.get(tag);
  if (ready) return ready;
  const source = sourceFor(tag);
  if (source === undefined) {
    void loadBuiltIn(tag);
    return englishCatalog;
  }
  const catalog = typeof source === 'function' ? source(locale) : source;
  made.set(tag, catalog);
  return catalog;
}

/**
 * The catalog for a tag once it is there: at once when registered, after loading for a built-in
 * one, English for a language with neither. A host awaits it to show its first render in the
 * person's language rather than in English first.
 */
export async function loadLocale(locale: string): Promise<Catalog> {
  if (sourceFor(locale.toLowerCase()) === undefined) await loadBuiltIn(locale);
  return catalogFor(locale);
}

/**
 * The locale whose words `catalogFor(locale)` gives right now: `locale` itself when it has a
 * catalog, else English (what stands in). An element marks its text with it (`lang`).
 */
export function textLocale(locale: string | undefined): string {
  return locale && sourceFor(locale.toLowerCase()) !== undefined ? locale : 'en';
}

/** The languages written right to left, of those a catalog may come in. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The direction a locale's text is written in. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** Whether two tags name the same language (`en-US` and `en` do). */
export function sameLanguage(first: string, second: string): boolean {
  return languageOf(first) === languageOf(second);
}

const validity = new Map<string, boolean>();

/**
 * Whether `Intl` takes `tag`. Every formatter throws a `RangeError` on one it does not, and the
 * element would never render: a page's `lang="en_US"` (an underscore, not BCP 47), or the "C" a
 * WebKitGTK browser reports as `navigator.language` on a system with no locale set. Remembered per
 * tag, as an element asks on every render.
 */
export function isUsableLocale(tag: string | undefined): tag is string {
  if (!tag) return false;
  let usable = validity.get(tag);
  if (usable === undefined) {
    try {
      usable = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      usable = false;
    }
    validity.set(tag, usable);
  }
  return usable;
}

/**
 * The page's language when nothing more specific is set: its `lang`, else the browser's, else
 * English; a tag `Intl` does not take counts as not set.
 */
export function documentLocale(): string {
  const candidates = [
    typeof document !== 'undefined' ? document.documentElement.lang : undefined,
    navigator.language,
  ];
  return candidates.find(isUsableLocale) ?? 'en';
}
