/**
 * What stands in for a missing profile picture: the first letter of the first and last words of a
 * name, upper-cased ("Ada Lovelace" is "AL", "Cher" is "C"), or "?" for a blank name. Letters are
 * taken by code point, so a name starting with an astral character keeps it whole.
 */
export function initials(name: string): string {
  const firstLetters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '');
  const first = firstLetters[0];
  if (first === undefined) return '?';
  const last = firstLetters.length > 1 ? firstLetters[firstLetters.length - 1]! : '';
  return (first + last).toLocaleUpperCase();
}
