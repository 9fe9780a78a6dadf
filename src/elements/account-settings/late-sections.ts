import {
  adoptStyles,
  html,
  render,
  type CSSResultGroup,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { LazyModule, whenNearOrIdle } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { elementStyles } from '../../kit/index.js';
import { button, section, skeleton, type HeadingLevel } from '../../ui/index.js';
import {
  BUILT_IN_SECTIONS,
  SECTION_ATTRIBUTE,
  sectionHeadingLevel,
  type BuiltInSection,
} from './sections.js';

/** What a placeholder reads from its page at each render: the locale may change, and the outline. */
export interface LatePage extends ReactiveControllerHost {
  readonly t: Catalog;
  readonly headingLevel: HeadingLevel;
}

/** A section whose element's code has not arrived yet. */
interface Late {
  builtIn: BuiltInSection;
  module: LazyModule<unknown>;
  /** Calls off the wait for the section to near the viewport or for the browser to be idle. */
  stopWaiting: () => void;
  /** The card shown in its place until then: only in a section the page made itself. */
  placeholder?: HTMLElement;
}

/**
 * The page's sections below the first view, whose code is fetched as each nears the viewport or
 * when the browser is idle, whichever comes first, or at once when the navigation or a deep link
 * goes there. Until it arrives, a section the page made holds a placeholder: a card with the
 * section's heading and a skeleton, marked busy, in the height the page holds for it (see
 * `holdHeight`); when the fetch
 * fails, the card says so and offers to try again, and it tries by itself once the browser is back
 * online. A section whose tag is defined already (the host imported it) is left alone, and so is
 * a section the host rendered (on a server-rendered page the children must stay as they were
 * sent): its code is fetched all the same, with no placeholder.
 */
export class LateSections implements ReactiveController {
  readonly #page: LatePage;
  readonly #late = new Map<HTMLElement, Late>();
  readonly #onOnline = (): void => {
    for (const late of this.#late.values()) if (late.module.status === 'error') this.#fetch(late);
  };

  constructor(page: LatePage) {
    this.#page = page;
    page.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#onOnline);
  }

  /** The placeholders follow the page's locale and outline. */
  hostUpdated(): void {
    for (const late of this.#late.values()) this.#show(late);
  }

  /** Takes in the page's section children: waits for the ones whose code has not come yet. */
  track(children: readonly HTMLElement[], madeHere: WeakSet<Element>): void {
    for (const [element, late] of this.#late) {
      if (!children.includes(element)) {
        late.stopWaiting();
        this.#late.delete(element);
      }
    }
    for (const element of children) {
      if (this.#late.has(element) || customElements.get(element.localName)) continue;
      const id = element.getAttribute(SECTION_ATTRIBUTE);
      const builtIn = BUILT_IN_SECTIONS.find((known) => known.id === id && known.tag === element.localName);
      if (!builtIn?.load) continue;
      const late: Late = {
        builtIn,
        // Read at each call, not kept: a test swaps a section's loader for one that fails.
        module: new LazyModule({ requestUpdate: () => this.#show(late) }, () => builtIn.load!()),
        stopWaiting: whenNearOrIdle(element, () => this.#fetch(late)),
      };
      this.#late.set(element, late);
      if (madeHere.has(element)) this.#hold(element, late);
      void customElements.whenDefined(builtIn.tag).then(() => this.#arrived(element, late));
    }
  }

  /**
   * Fetches the section's code now, if it has not come; resolves once its tag is defined (at once
   * for a section that is not waiting for code).
   */
  now(element: HTMLElement): Promise<unknown> {
    const late = this.#late.get(element);
    if (!late) return Promise.resolve();
    this.#fetch(late);
    return customElements.whenDefined(late.builtIn.tag);
  }

  /** Whether the section's code is still to come. */
  waiting(element: HTMLElement): boolean {
    return this.#late.has(element) && !customElements.get(element.localName);
  }

  #fetch(late: Late): void {
    late.stopWaiting();
    // A failure is shown in the placeholder (see #show), not thrown.
    late.module.load().catch(() => undefined);
  }

  #hold(element: HTMLElement, late: Late): void {
    const placeholder = document.createElement('div');
    placeholder.dataset['placeholder'] = '';
    adoptStyles(placeholder.attachShadow({ mode: 'open' }), flatten(elementStyles));
    late.placeholder = placeholder;
    element.append(placeholder);
    this.#show(late);
  }

  #show(late: Late): void {
    const root = late.placeholder?.shadowRoot;
    if (!root) return;
    const { t } = this.#page;
    const failed = late.module.status === 'error';
    const content = failed
      ? html`<div class="notice notice--error" role="alert">
          <p>${t.settings.sectionUnavailable}</p>
          ${button({ label: t.common.retry, onClick: () => this.#fetch(late) })}
        </div>`
      : skeleton({ label: t.common.loading, lines: 4 });
    render(
      section({
        heading: late.builtIn.label(t),
        headingLevel: sectionHeadingLevel(this.#page.headingLevel) as HeadingLevel,
        content,
        busy: !failed,
      }),
      root,
    );
  }

  /** Its element is defined, so it renders itself (the height the page holds for it stays until it has loaded). */
  #arrived(element: HTMLElement, late: Late): void {
    late.stopWaiting();
    late.placeholder?.remove();
    late.placeholder = undefined;
    this.#late.delete(element);
  }
}

function flatten(styles: readonly CSSResultGroup[]): CSSResultOrNative[] {
  return styles.flatMap((style) => (Array.isArray(style) ? flatten(style) : [style as CSSResultOrNative]));
}
