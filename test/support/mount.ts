/**
 * Puts an element on the test page and hands back its harness: one way for every element, so a test
 * says only what is particular to it (the backend, a theme, a direction, a narrow screen).
 */
import { fixture } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { AccountAdapter } from '../../src/api/index.js';
import type { ElementHarness, HarnessedElement } from '../harness/element-harness.js';

/** A harness class, with what it knows of its element: its tag, and what shows once it is ready. */
export interface HarnessClass<E extends HarnessedElement, H extends ElementHarness<E>> {
  new (element: E): H;
  readonly tag: string;
  readonly readySelector: string;
  /** The locale its tests read the element in, when not the page's. */
  readonly locale?: string;
}

export type Theme = 'light' | 'dark';

export interface MountOptions {
  theme?: Theme;
  dir?: 'ltr' | 'rtl';
  locale?: string;
  /** 320 px wide, as on a small phone. */
  narrow?: boolean;
  /** Whether to wait for the ready view; by default, when there is an adapter to load from. */
  ready?: boolean;
}

/** The element on `adapter` (none: as on a page missing its setup), inside a `<div dir>`. */
export async function mount<E extends HarnessedElement, H extends ElementHarness<E>>(
  Harness: HarnessClass<E, H>,
  adapter: AccountAdapter | undefined,
  options: MountOptions = {},
): Promise<H> {
  const { theme = 'light', dir = 'ltr', locale = Harness.locale, narrow = false } = options;
  const tag = unsafeStatic(Harness.tag);
  const { harness } = await mountIn(
    Harness,
    staticHtml`<div dir=${dir} style=${narrow ? 'inline-size: 320px' : nothing}>
      <${tag} .adapter=${adapter} theme=${theme} locale=${ifDefined(locale)}></${tag}>
    </div>`,
    { ready: options.ready ?? adapter !== undefined },
  );
  return harness;
}

/**
 * The element inside markup of the test's own (a provider, a host's page); `root` is the markup's
 * outer element. Waits for the ready view unless told not to.
 */
export async function mountIn<E extends HarnessedElement, H extends ElementHarness<E>>(
  Harness: HarnessClass<E, H>,
  template: TemplateResult,
  { ready = true }: { ready?: boolean } = {},
): Promise<{ root: HTMLElement; harness: H }> {
  const root = await fixture<HTMLElement>(template);
  const element = root.localName === Harness.tag ? root : root.querySelector(Harness.tag);
  if (!element) throw new Error(`No <${Harness.tag}> in the markup`);
  const harness = new Harness(element as E);
  harness.mounted();
  if (ready) await harness.ready(Harness.readySelector);
  else await harness.element.updateComplete;
  return { root, harness };
}
