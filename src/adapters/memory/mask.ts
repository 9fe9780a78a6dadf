/**
 * Masks for showing where a code went without giving the whole address away on screen.
 */

const BULLETS = '•••';

// E.164 does not mark where the country code ends; these are the one- and two-digit ones
// (ITU-T E.164 assignments). Every other country code has three digits.
const ONE_DIGIT_CODES = new Set(['1', '7']);
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

function countryCode(digits: string): string {
  if (ONE_DIGIT_CODES.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (TWO_DIGIT_CODES.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/** `+14155550123` becomes `+1 ••• ••• 0123`: the country code and the last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${countryCode(digits)} ${BULLETS} ${BULLETS} ${digits.slice(-4)}`;
}

/** `ada@example.com` becomes `a•••@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return BULLETS;
  return `${email.slice(0, 1)}${BULLETS}${email.slice(at)}`;
}
