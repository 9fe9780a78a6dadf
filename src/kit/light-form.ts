import {
  nothing,
  render,
  type CSSResult,
  type CSSResultGroup,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { elementStyles } from './styles.js';

/**
 * The class of every light-DOM form container; the scoped style sheets match under it, never by
 * tag name, so an element registered under another name is styled the same.
 */
export const LIGHT_FORM_CLASS = 'ae-light-form';

/** The slot in the element's shadow root where the container shows. */
export const LIGHT_FORM_SLOT = 'light-form';

export interface LightFormOptions {
  /** The form's template, rendered into the container after every update of the host. */
  render: () => TemplateResult | typeof nothing;
  /** The element's own styles the form needs, on top of the kit's; scoped like them. */
  styles?: CSSResultGroup | undefined;
}

type LightFormHost = ReactiveControllerHost & HTMLElement;

let instances = 0;

/**
 * A form rendered into the element's light DOM and slotted into its shadow root's card, for fields a
 * password manager must find: several of them do not look inside shadow roots, so credential inputs
 * there are never filled or saved. The form is a child of the element, in the page's own tree.
 *
 * What that costs, and how it is paid:
 * - ids live in the page (or the enclosing shadow root), not in a shadow root of their own: `id()`
 *   gives each instance its own, so two elements on one page never share one;
 * - the shadow root's style sheets do not reach it: the kit's sheets (and the element's own) are
 *   scoped under `.ae-light-form` and adopted once by the root node the element is in, as constructed
 *   style sheets, so a strict Content-Security-Policy allows them (no `<style>` element);
 * - the page's own CSS reaches it too (a global `input { ... }`); the scoped rules win on what they
 *   set because they are more specific, the rest is inherited from the page;
 * - `::part` does not reach it (there is no part in light DOM); the `--ae-*` tokens do, inherited
 *   from the element.
 */
export class LightForm implements ReactiveController {
  readonly container: HTMLDivElement;
  private readonly host: LightFormHost;
  private readonly options: LightFormOptions;
  private readonly prefix = `ae-${(++instances).toString(36)}`;

  constructor(host: LightFormHost, options: LightFormOptions) {
    this.host = host;
    this.options = options;
    // Made now, attached on connect: a custom element's constructor must not add children.
    this.container = host.ownerDocument.createElement('div');
    this.container.className = LIGHT_FORM_CLASS;
    this.container.slot = LIGHT_FORM_SLOT;
    host.addController(this);
  }

  /** An id unique in the page for this instance's `name`. */
  id(name: string): string {
    return `${this.prefix}-${name}`;
  }

  /** An element of the form, by selector; null when it is not rendered now. */
  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.container.querySelector<T>(selector);
  }

  hostConnected(): void {
    adoptScopedStyles(this.host.getRootNode(), [elementStyles, this.options.styles ?? []]);
    // The form was taken down when the element left; it comes back with the next render.
    this.host.requestUpdate();
  }

  /**
   * The container is a child of the element only while there is a form to show: on a
   * server-rendered page the element upgrades before the framework hydrates it, and a child it
   * added then would be markup the framework never rendered. A form opens on a person's action,
   * long after.
   */
  hostUpdated(): void {
    const form = this.options.render();
    if (form === nothing) {
      this.takeDown();
      return;
    }
    if (this.container.parentNode !== this.host) this.host.append(this.container);
    render(form, this.container, { host: this.host });
  }

  /** Leaving the page takes the form down, and with it whatever was typed in its fields. */
  hostDisconnected(): void {
    this.takeDown();
  }

  private takeDown(): void {
    render(nothing, this.container, { host: this.host });
    this.container.remove();
  }
}

/** One scoped copy of each style sheet per document, shared by every element in it. */
const scopedSheets = new WeakMap<CSSResultOrNative, WeakMap<Document, CSSStyleSheet>>();

function adoptScopedStyles(root: Node, styles: CSSResultGroup): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const document = root instanceof Document ? root : root.ownerDocument;
  const missing = flatten(styles)
    .map((style) => scopedSheet(style, document))
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}

function flatten(styles: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(styles) ? styles.flatMap((style: CSSResultGroup) => flatten(style)) : [styles];
}

function scopedSheet(style: CSSResultOrNative, document: Document): CSSStyleSheet | undefined {
  // A constructed sheet can only be adopted by the document it was made for (an iframe has its own).
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet) return undefined;
  let perDocument = scopedSheets.get(style);
  if (!perDocument) scopedSheets.set(style, (perDocument = new WeakMap()));
  let sheet = perDocument.get(document);
  if (!sheet) {
    const source = new Sheet();
    source.replaceSync(cssTextOf(style));
    sheet = new Sheet();
    sheet.replaceSync(scopeRules(source.cssRules, `.${LIGHT_FORM_CLASS}`));
    perDocument.set(document, sheet);
  }
  return sheet;
}

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet
    ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
    : (style as CSSResult).cssText;
}

/**
 * The rules with every selector put under `scope`, read from the browser's own parse so no CSS is
 * taken apart by hand. Rules for `:host` are left out (the element sets those on itself and the form
 * inherits them); keyframes stay global, where the form's animations look them up.
 */
function scopeRules(rules: CSSRuleList, scope: string): string {
  return [...rules]
    .map((rule) => {
      if (rule instanceof CSSStyleRule) {
        if (rule.selectorText.includes(':host')) return '';
        const selectors = splitSelectors(rule.selectorText).map((selector) => `${scope} ${selector}`);
        return `${selectors.join(', ')} { ${rule.style.cssText} }`;
      }
      if (rule instanceof CSSKeyframesRule) return rule.cssText;
      if (rule instanceof CSSGroupingRule) {
        const inner = scopeRules(rule.cssRules, scope);
        return inner ? `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{ ${inner} }` : '';
      }
      return '';
    })
    .filter(Boolean)
    .join('\n');
}

/** A selector list's selectors: split at its top-level commas, not those inside `:not(a, b)` or quotes. */
function splitSelectors(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const char = list[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      selectors.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  selectors.push(list.slice(start).trim());
  return selectors.filter(Boolean);
}
