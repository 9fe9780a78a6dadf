import type { LitElement } from 'lit';

/** The one element matching `selector` in a test host's shadow root; fails loudly when missing. */
export function inShadow<T extends Element = HTMLElement>(host: LitElement, selector: string): T {
  const found = host.renderRoot.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <${host.localName}>`);
  return found;
}

/** The computed value of a property, for comparing colours across schemes and overrides. */
export function computed(element: Element, property: string): string {
  return getComputedStyle(element).getPropertyValue(property).trim();
}
