import {
  nothing,
  render,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { scopedLightFormStyles } from './styles.scoped.js';

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
  /**
   * The element's own styles the form needs, on top of the kit's, already scoped under the form's
   * class like them: a module `npm run styles` makes (scripts/scoped-styles.mjs).
   */
  styles?: CSSResult | undefined;
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
 *   scoped under `.ae-light-form` at build time (scripts/scoped-styles.mjs) and adopted once by the
 *   root node the element is in, as constructed style sheets, so a strict Content-Security-Policy
 *   allows them (no `<style>` element);
 * - the page's own CSS reaches it too (a global `input { ... }`); the scoped rules win on what they
 *   set because they are more specific, the rest is inherited from the page;
 * - `::part` does not reach it, so it has no parts (the blocks' own are taken off after each
 *   render: they would promise hosts a hook that does not work); the `--ae-*` tokens do reach it,
 *   inherited from the element, and the element styles it with its own scoped sheet.
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
    adoptScopedStyles(this.host.getRootNode(), [scopedLightFormStyles, this.options.styles]);
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
    // Lit sets a binding again only when its value changes, so this holds until the next render.
    for (const node of this.container.querySelectorAll('[part]')) node.removeAttribute('part');
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

/** One sheet of each scoped style per document, shared by every element in it. */
const scopedSheets = new WeakMap<CSSResult, WeakMap<Document, CSSStyleSheet>>();

function adoptScopedStyles(root: Node, styles: (CSSResult | undefined)[]): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const document = root instanceof Document ? root : root.ownerDocument;
  const missing = styles
    .map((style) => style && scopedSheet(style, document))
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}

function scopedSheet(style: CSSResult, document: Document): CSSStyleSheet | undefined {
  // A constructed sheet can only be adopted by the document it was made for (an iframe has its own).
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet) return undefined;
  let perDocument = scopedSheets.get(style);
  if (!perDocument) scopedSheets.set(style, (perDocument = new WeakMap()));
  let sheet = perDocument.get(document);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(style.cssText);
    perDocument.set(document, sheet);
  }
  return sheet;
}
