/**
 * The element that really has focus. `document.activeElement` stops at the outermost shadow host,
 * which is useless for putting focus back where it was inside a component.
 */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Focus an element if it is still on the page; true when focus landed on it. Elements re-render, so
 * the one that had focus a moment ago may be gone, and then the caller needs to pick another.
 */
export function focusIfConnected(element: HTMLElement | null | undefined): boolean {
  if (!element?.isConnected) return false;
  element.focus();
  return deepActiveElement() === element;
}
