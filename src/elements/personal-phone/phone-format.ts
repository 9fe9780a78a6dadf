import { callingCodeOf } from '../../api/index.js';

/**
 * The current number, grouped for reading without the numbering plans (those load only when the
 * person changes the number).
 */
/**
 * `+14155550123` reads `+1 415 555 0123`, `+447911123456` reads `+44 791 112 3456`: the country
 * code, then threes, a lone last digit joining the group before it (which gives the NANP's 3-3-4).
 * Not each country's own grouping: that would need the numbering plans this avoids loading.
 */
export function formatPhoneForReading(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const countryCode = callingCodeOf(digits);
  const groups = digits.slice(countryCode.length).match(/\d{1,3}/g) ?? [];
  const last = groups.at(-1);
  if (groups.length > 1 && last?.length === 1) groups.splice(-2, 2, `${groups.at(-2)}${last}`);
  return [`+${countryCode}`, ...groups].join(' ');
}
