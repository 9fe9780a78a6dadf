/**
 * The full check of a cell number, against the numbering plans of every country. With its metadata
 * it weighs about 57 KiB gzip, more than the whole settings page's budget, so this module is not
 * re-exported from `api/index.ts`: backends import it by path, and an element that wants it loads
 * it with `import()` when it is first needed.
 */
// The default export is the parser that answers `undefined` instead of throwing.
import parsePhoneNumberFromString, { isSupportedCountry, type PhoneNumberType } from 'libphonenumber-js/max';
import { compactPhoneNumber, E164_PATTERN } from './schemas/contact.js';

export type PhoneProblem = 'invalid_phone' | 'phone_unassigned' | 'phone_premium' | 'phone_not_mobile';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; code: PhoneProblem };

/** Lines a text message reaches. A number that may be either is taken: its owner knows which. */
const TEXTABLE: ReadonlySet<PhoneNumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Numbers that bill the caller beyond the normal rate; a verification SMS to one costs us money. */
const CHARGED: ReadonlySet<PhoneNumberType> = new Set(['PREMIUM_RATE', 'SHARED_COST']);

/**
 * Whether `input` is a number that can receive our SMS codes, and its E.164 form. `country` (ISO
 * 3166-1 alpha-2, any case) reads a national number (`07911 123456`, `GB`) and the international
 * prefix used there (`0044 …`); a number starting with `+` ignores it.
 */
export function checkPhone(input: string, country?: string): PhoneCheck {
  const region = country?.toUpperCase();
  const defaultCountry = region !== undefined && isSupportedCountry(region) ? region : undefined;
  // `extract: false`: the whole input must be the number, not "call me on +44 …".
  const number = parsePhoneNumberFromString(input.trim(), { defaultCountry, extract: false });
  if (!number) {
    // libphonenumber cannot parse a `+` number whose country code no country has (+999), but
    // the person typed a well-formed number, just not one that exists.
    const wellFormed = input.trim().startsWith('+') && E164_PATTERN.test(compactPhoneNumber(input));
    return { ok: false, code: wellFormed ? 'phone_unassigned' : 'invalid_phone' };
  }
  // A cell has no extension, and the contract's syntactic check must agree with this one.
  if (number.ext || !number.isPossible() || !E164_PATTERN.test(number.number)) {
    return { ok: false, code: 'invalid_phone' };
  }
  if (!number.isValid()) return { ok: false, code: 'phone_unassigned' };
  const type = number.getType();
  if (type !== undefined && CHARGED.has(type)) return { ok: false, code: 'phone_premium' };
  // A valid number of no known type is refused too: nothing says a text would reach it.
  if (type === undefined || !TEXTABLE.has(type)) return { ok: false, code: 'phone_not_mobile' };
  return { ok: true, e164: number.number };
}
