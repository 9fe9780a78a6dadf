/**
 * Registers a tag once. A second copy of the library on the page finds the name taken and warns
 * instead of throwing, so the page keeps working with the first copy.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(
      `account-elements: <${tag}> is already defined by another copy of the library or by the page; this copy's is not registered. Import the class from 'account-elements/classes' to register it under another name.`,
    );
    return;
  }
  customElements.define(tag, element);
}
