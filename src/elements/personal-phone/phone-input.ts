import type { ReactiveControllerHost } from 'lit';
import {
  compactPhoneNumber,
  E164_PATTERN,
  phoneChangeStart,
  validate,
  type FieldError,
  type PhoneChangeStart,
} from '../../api/index.js';
import { LazyModule } from '../../core/index.js';
import type * as PhoneLibraryModule from './phone-library.js';
import type { CountryCode } from './phone-library.js';

/** The numbering plans and their parser (see `phone-library.ts` for its weight). */
export type PhoneLibrary = typeof PhoneLibraryModule;

let shared: Promise<PhoneLibrary> | undefined;

/** One fetch for every element of the page; a failed one is tried again next time. */
export function loadPhoneLibrary(): Promise<PhoneLibrary> {
  shared ??= import('./phone-library.js').catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** ISO 3166-1 alpha-2, or empty when no country is chosen. */
export type Country = CountryCode | '';

export interface CountryChoice {
  code: CountryCode;
  name: string;
  /** Without the +; empty until the numbering plans are in. */
  callingCode: string;
}

export type PhoneCheck = { ok: true; request: PhoneChangeStart } | { ok: false; problem: FieldError };

/** What a person types between digits, and the digits: anything else is not formatted. */
const DIALLABLE = /^[\d\s()+.-]*$/;
const REGION = /^[A-Z]{2}$/;

/**
 * The new number as the person types it: the country it is read in (the locale's region at first),
 * the text, formatted as typed once the numbering plans are in, and its check before sending.
 * While the plans load (or if they cannot), the input works unformatted and the contract's own
 * check applies; the backend checks every number fully anyway.
 */
export class PhoneInput {
  text = '';
  country: Country = '';
  private readonly plans: LazyModule<PhoneLibrary>;
  private readonly choices = new Map<string, CountryChoice[]>();

  constructor(
    host: ReactiveControllerHost,
    private readonly locale: () => string,
    load: () => Promise<PhoneLibrary> = loadPhoneLibrary,
  ) {
    this.plans = new LazyModule(host, load, (library) => {
      if (this.country !== '' && !library.isSupportedCountry(this.country)) this.country = '';
      this.text = this.format(this.text);
    });
  }

  private get library(): PhoneLibrary | undefined {
    return this.plans.module;
  }

  /** The numbering plans are in: the input formats as typed and the countries show their codes. */
  get ready(): boolean {
    return this.library !== undefined;
  }

  /** A fresh, empty number in the locale's country; starts fetching the numbering plans once. */
  begin(): void {
    this.text = '';
    this.country = this.defaultCountry();
    // Offline, or the chunk is gone after a deploy: the number still goes to the backend, unformatted.
    this.plans.load().catch(() => {});
  }

  /**
   * New text from the input. Only typing or pasting at the end is formatted: formatting an edit in
   * the middle would move the caret, and formatting a deletion would put back the `)` just deleted.
   */
  type(text: string): void {
    const atTheEnd = text.startsWith(this.text) && text.length > this.text.length;
    this.text = atTheEnd ? this.format(text) : text;
  }

  choose(country: Country): void {
    this.country = country;
    this.text = this.format(this.text);
  }

  /** The countries by their name in the person's language, with their calling codes once known. */
  countries(): CountryChoice[] {
    const library = this.library;
    const locale = this.locale();
    const key = `${locale}|${library ? 'all' : this.country}`;
    let choices = this.choices.get(key);
    if (!choices) {
      const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
      const codes = library ? library.getCountries() : this.country === '' ? [] : [this.country];
      const collator = new Intl.Collator(locale);
      choices = codes
        .map((code) => ({
          code,
          name: names.of(code) ?? code,
          callingCode: library ? library.getCountryCallingCode(code) : '',
        }))
        .sort((a, b) => collator.compare(a.name, b.name));
      this.choices.set(key, choices);
    }
    return choices;
  }

  /** Checks the number before it is sent: a number at all, a possible one, not the current one. */
  check(current: string | null): PhoneCheck {
    const text = this.text.trim();
    if (text === '') return { ok: false, problem: { code: 'required' } };
    const request = this.library ? this.parsed(this.library, text) : this.unparsed(text);
    if (!request) return { ok: false, problem: { code: 'invalid_phone' } };
    const e164 = E164_PATTERN.test(request.phone) ? request.phone : undefined;
    if (e164 !== undefined && e164 === current) return { ok: false, problem: { code: 'same_as_current' } };
    return { ok: true, request };
  }

  /** With the plans: only a number that can exist goes out, as E.164. */
  private parsed(library: PhoneLibrary, text: string): PhoneChangeStart | undefined {
    const defaultCountry = this.country === '' ? undefined : this.country;
    const number = library.parsePhoneNumberFromString(text, { defaultCountry, extract: false });
    if (!number || number.ext || !number.isPossible() || !E164_PATTERN.test(number.number)) return undefined;
    return { phone: number.number };
  }

  /** Without them: the contract's check, and a national number goes with its country. */
  private unparsed(text: string): PhoneChangeStart | undefined {
    const international = text.startsWith('+') || this.country === '';
    const request = international
      ? { phone: compactPhoneNumber(text) }
      : { phone: text, country: this.country };
    return validate(phoneChangeStart, request).ok ? request : undefined;
  }

  private format(text: string): string {
    if (!this.library || !DIALLABLE.test(text)) return text;
    const formatted = new this.library.AsYouType(this.country === '' ? undefined : this.country).input(text);
    // Formatting never drops a digit the person typed; if it would, their text stays.
    return formatted.replace(/\D/g, '') === text.replace(/\D/g, '') ? formatted : text;
  }

  private defaultCountry(): Country {
    let region = '';
    try {
      region = new Intl.Locale(this.locale()).maximize().region ?? '';
    } catch {
      // Not a locale Intl knows: no country is chosen, and an international number still works.
    }
    if (this.library) return this.library.isSupportedCountry(region) ? region : '';
    // Only its shape can be checked before the plans are in; `begin` checks it again once they are.
    return REGION.test(region) ? (region as CountryCode) : '';
  }
}
