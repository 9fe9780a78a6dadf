/**
 * The password rules beyond length (NIST SP 800-63B 5.1.1.2): not a commonly used or breached
 * password, and not the account's own username. The list is about 49,000 passwords, some 217 KiB
 * gzip, so this module is not re-exported from `api/index.ts` and no element loads it: backends
 * import it by path, and a person learns of a common password from the save's field error.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export type PasswordRuleProblem = 'password_common' | 'password_contains_username';

/** Shorter cores say nothing: `Ab1!` strips to `ab`, which the list would match by accident. */
const CORE_MIN = 4;

/** Usernames shorter than this occur by chance inside good passphrases. */
const USERNAME_MIN_TO_CHECK = 3;

/** Digits, symbols and spaces around a password: what people add to a word to pass old rules. */
const DECORATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

let common: ReadonlySet<string> | undefined;

/** Built on first use: a set of 49,000 strings is not worth building for a module only imported. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/**
 * True when the password, lower-cased, is on the list of common and breached passwords, or is a
 * listed word with digits and symbols added around it (`Password1!`, `summer2024`).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const core = lower.replace(DECORATION, '');
  return [...core].length >= CORE_MIN && list.has(core);
}

/**
 * The first rule the password breaks, as a field-error code, or `undefined`. Whether it equals the
 * current password needs the stored hash, so the backend checks that itself (`same_as_current`).
 */
export function passwordRuleProblem(
  password: string,
  context: { username?: string },
): PasswordRuleProblem | undefined {
  if (isCommonPassword(password)) return 'password_common';
  const username = context.username?.trim().toLowerCase();
  if (
    username !== undefined &&
    username.length >= USERNAME_MIN_TO_CHECK &&
    password.toLowerCase().includes(username)
  ) {
    return 'password_contains_username';
  }
  return undefined;
}
