/**
 * Where focus goes in an open menu, by the keys of the WAI-ARIA menu pattern. Pure functions of the
 * items' positions and labels, so the element only applies the answer.
 */

/** The item a navigation key moves to, wrapping at both ends; undefined for any other key. */
export function movedIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
    case 'PageUp':
      return 0;
    case 'End':
    case 'PageDown':
      return count - 1;
    default:
      return undefined;
  }
}

/** A key that types one character, rather than a shortcut or a named key like `Tab`. */
export function typedCharacter(event: KeyboardEvent): string | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  // `key` is the character itself when one is typed; a character outside the BMP is two code units.
  return [...event.key].length === 1 && event.key.trim() !== '' ? event.key : undefined;
}

/**
 * The next item after `current`, wrapping, whose label starts with `character` (case ignored), so
 * typing the same letter again cycles through the items that start with it.
 */
export function typeaheadIndex(
  labels: readonly string[],
  current: number,
  character: string,
  locale: string,
): number | undefined {
  const wanted = character.toLocaleLowerCase(locale);
  for (let step = 1; step <= labels.length; step++) {
    const index = (current + step + labels.length) % labels.length;
    if (labels[index]!.trim().toLocaleLowerCase(locale).startsWith(wanted)) return index;
  }
  return undefined;
}
