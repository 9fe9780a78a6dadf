import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type CustomProperties = Readonly<Record<`--${string}`, string>>;

/*
 * Lit's styleMap writes a `style` attribute on first render, which a strict Content-Security-Policy
 * (`style-src` without 'unsafe-inline') blocks. Setting properties through the CSSOM is allowed.
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('cssVars() belongs on an element: <div ${cssVars(...)}>');
  }

  render(_properties: CustomProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CustomProperties]): typeof noChange {
    if (!(part.element instanceof HTMLElement || part.element instanceof SVGElement)) return noChange;
    const { style } = part.element;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/**
 * Sets CSS custom properties on an element, CSP-safe: `<div ${cssVars({ '--_fill': '40%' })}>`.
 * Only custom properties, so the rest of the styling stays in style sheets.
 */
export const cssVars = directive(CssVarsDirective);
