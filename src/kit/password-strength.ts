/**
 * A rough strength estimate for a new password, shown as a hint while it is typed. It is advice, not
 * a rule: the contract's rules (length, not common, not the username, not the current one) are what
 * the backend enforces.
 *
 * Why not zxcvbn: `@zxcvbn-ts/core` alone is about 11 KiB gzip, and without its dictionaries (some
 * 200 KiB more) it knows no words and no keyboard layouts, so it rates `password1` and `qwertyuiop`
 * as good. What it still finds (repeats, sequences, dates) fits in the few lines below. Loaded with
 * `import()` when the new-password field is first typed in.
 */

export type StrengthLevel = 'weak' | 'fair' | 'good' | 'strong';

export interface StrengthContext {
  /** Left out of the count: a password that contains it gains nothing from it. */
  username?: string | undefined;
}

/** Rows people run a finger along, as sequences (`qwerty`, `asdf`, `0987`). */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

/** A character that repeats the one before it, or continues a run, adds this much of a character. */
const PREDICTABLE_WEIGHT = 0.2;

/** Usernames shorter than this occur by chance inside good passphrases (the backend's rule too). */
const USERNAME_MIN = 3;

/**
 * Bits of a brute-force search over the characters' kinds, with repeats, runs and the username
 * discounted, then capped by length: length is what makes a password strong (NIST SP 800-63B), and
 * a short one with symbols is still short.
 */
export function estimatePasswordStrength(password: string, context: StrengthContext = {}): StrengthLevel {
  const characters = [...withoutUsername(password, context.username)];
  let length = 0;
  characters.forEach((character, index) => {
    const previous = characters[index - 1];
    length += previous !== undefined && predictable(previous, character) ? PREDICTABLE_WEIGHT : 1;
  });
  const bits = length * Math.log2(Math.max(alphabetSize(characters), 2));
  const level = bits < 28 ? 0 : bits < 45 ? 1 : bits < 65 ? 2 : 3;
  const lengthCap = length < 10 ? 1 : length < 14 ? 2 : 3;
  return (['weak', 'fair', 'good', 'strong'] as const)[Math.min(level, lengthCap)]!;
}

function withoutUsername(password: string, username: string | undefined): string {
  const name = username?.trim().toLowerCase();
  if (!name || name.length < USERNAME_MIN) return password;
  const lower = password.toLowerCase();
  let kept = '';
  for (let index = 0; index < password.length;) {
    if (lower.startsWith(name, index)) index += name.length;
    else kept += password[index++];
  }
  return kept;
}

/** The same character again, the next or previous one (`abc`, `987`), or a keyboard neighbour. */
function predictable(previous: string, character: string): boolean {
  const a = previous.toLowerCase();
  const b = character.toLowerCase();
  if (a === b) return true;
  const step = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  if (Math.abs(step) === 1 && /[a-z0-9]/.test(a) && /[a-z0-9]/.test(b)) return true;
  return KEYBOARD_ROWS.some((row) => row.includes(a + b) || row.includes(b + a));
}

/** How many characters an attacker would try per position, by the kinds present. */
function alphabetSize(characters: readonly string[]): number {
  const kinds = new Set(characters.map(kindOf));
  const sizes = { lower: 26, upper: 26, digit: 10, symbol: 33, other: 100 } as const;
  return [...kinds].reduce((sum, kind) => sum + sizes[kind], 0);
}

function kindOf(character: string): 'lower' | 'upper' | 'digit' | 'symbol' | 'other' {
  if (/[a-z]/.test(character)) return 'lower';
  if (/[A-Z]/.test(character)) return 'upper';
  if (/[0-9]/.test(character)) return 'digit';
  // Letters of other scripts and emoji: a far larger set to search than ASCII symbols.
  return /[\x20-\x7e]/.test(character) ? 'symbol' : 'other';
}
