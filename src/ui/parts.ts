/**
 * The `part` attribute value for a piece of a block: its generic name, plus a specific one when the
 * block was given a prefix, so a host can style every input (`::part(input)`) or one field of its
 * own `<settings-section>` (`::part(priority-input)`). Built-in fields take no prefix.
 */
export function partNames(name: string, prefix?: string): string {
  return prefix ? `${name} ${prefix}-${name}` : name;
}
