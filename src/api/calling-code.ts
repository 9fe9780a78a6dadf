/**
 * E.164 does not mark where the country calling code ends, so the ITU's assignments decide: these
 * codes have one or two digits, every other one has three. Shared by the backend's masks and the
 * elements' reading format, neither of which should load the numbering plans for this.
 */
const SHORT_CALLING_CODES = new Set([
  '1',
  '7',
  ...'20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58'.split(' '),
  ...'60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
]);

/** The calling code at the start of a number's digits: `14155550123` gives `1`. */
export function callingCodeOf(digits: string): string {
  const short = [1, 2].map((length) => digits.slice(0, length)).find((code) => SHORT_CALLING_CODES.has(code));
  return short ?? digits.slice(0, 3);
}
