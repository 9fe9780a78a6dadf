import { callingCodeOf } from '../../api/index.js';

/**
 * Masks for showing where a code went without giving the whole address away on screen.
 */

const BULLETS = '•••';

/** `+14155550123` becomes `+1 ••• ••• 0123`: the country code and the last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${callingCodeOf(digits)} ${BULLETS} ${BULLETS} ${digits.slice(-4)}`;
}

/** `ada@example.com` becomes `a•••@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return BULLETS;
  return `${email.slice(0, 1)}${BULLETS}${email.slice(at)}`;
}
