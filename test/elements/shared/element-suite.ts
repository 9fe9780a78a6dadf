/**
 * The suite every public element runs, so each one is held to the same promises: it finds its
 * adapter wherever the host put it, shows its four states, is accessible in light and dark and right
 * to left, fits a narrow screen, warns nothing in Lit's dev mode, and documents every part it renders.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import {
  MemoryAdapter,
  type AdapterMethod,
  type MemoryAdapterOptions,
} from '../../../src/adapters/memory/index.js';
import type { AccountAdapter } from '../../../src/api/index.js';
import { configure } from '../../../src/core/configure.js';
import '../../../src/elements/account-provider/account-provider.js';
import { en } from '../../../src/i18n/index.js';
import { ElementHarness, text } from '../../harness/element-harness.js';
import type { Theme } from '../../support/mount.js';

type Element = HTMLElement & { updateComplete: Promise<unknown>; adapter?: AccountAdapter };

export interface SuiteSubject {
  tag: string;
  /** Present once the element shows its ready view. */
  readySelector: string;
  /** The adapter method whose failure makes the element's first load fail. */
  loads: AdapterMethod;
  /** What the backend needs to be for the element to reach its ready view. */
  adapterOptions?: MemoryAdapterOptions;
}

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

let manifest: Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }> | undefined;

/** The parts `custom-elements.json` documents for a tag: its own and those inherited from its base class. */
export async function documentedParts(tag: string): Promise<string[]> {
  manifest ??= fetch('/custom-elements.json').then((response) => response.json());
  const declarations = (await manifest).modules.flatMap((module) => module.declarations ?? []);
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  expect(declaration, `<${tag}> in custom-elements.json`).to.exist;
  return (declaration!.cssParts ?? []).map((part) => part.name);
}

/** Every part the element renders now is documented in its JSDoc (`@csspart`). */
export async function expectPartsDocumented(harness: ElementHarness<Element>): Promise<void> {
  const documented = await documentedParts(harness.element.localName);
  const missing = harness.renderedParts().filter((part) => !documented.includes(part));
  expect(missing, `parts rendered by <${harness.element.localName}> but not documented`).to.deep.equal([]);
}

/** A state an element can be in, reached as a person would, in a theme. */
export type ReachState = (theme: Theme) => Promise<ElementHarness<Element>>;

/** Each state, in light and in dark: axe finds nothing, and every part rendered is documented. */
export function itIsAccessibleInEveryState(states: Record<string, ReachState>): void {
  for (const [name, reach] of Object.entries(states)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}: axe finds nothing, every part documented`, async () => {
        const harness = await reach(theme);
        await expect(harness.element).to.be.accessible();
        await expectPartsDocumented(harness);
      });
    }
  }
}

export function sharedElementSuite(subject: SuiteSubject): void {
  const tag = unsafeStatic(subject.tag);
  const backend = (options: MemoryAdapterOptions = {}) =>
    new MemoryAdapter({ reverify: [], ...subject.adapterOptions, ...options });
  const mount = async (adapter: AccountAdapter | undefined, attributes: { theme?: string } = {}) => {
    const el = await fixture<Element>(
      staticHtml`<${tag} .adapter=${adapter} theme=${attributes.theme ?? 'light'}></${tag}>`,
    );
    return new ElementHarness(el);
  };

  describe(`<${subject.tag}>: what every element does`, () => {
    describe('finding its adapter', () => {
      it('uses its own adapter property', async () => {
        const harness = await mount(backend());
        await harness.ready(subject.readySelector);
      });

      it('uses the nearest <account-provider>', async () => {
        const root = await fixture<HTMLElement>(
          staticHtml`<account-provider .adapter=${backend()}><div><${tag}></${tag}></div></account-provider>`,
        );
        await new ElementHarness(root.querySelector<Element>(subject.tag)!).ready(subject.readySelector);
      });

      it('uses the page default set with configure()', async () => {
        configure({ adapter: backend() });
        try {
          const el = await fixture<Element>(staticHtml`<${tag}></${tag}>`);
          await new ElementHarness(el).ready(subject.readySelector);
        } finally {
          configure({ adapter: undefined });
        }
      });

      it('tells the integrator when there is none, instead of staying blank', async () => {
        const harness = await mount(undefined);
        expect(harness.notice).to.equal(en.errors.noAdapter);
      });
    });

    describe('its states', () => {
      it('shows a skeleton while loading, the card marked busy', async () => {
        const harness = await mount(backend({ latency: 60_000 }));
        expect(harness.skeleton).to.exist;
        expect(harness.find('section').getAttribute('aria-busy')).to.equal('true');
        expect(text(harness.skeleton)).to.equal(en.common.loading);
      });

      it('says a failed load and loads again on retry', async () => {
        const adapter = backend();
        adapter.failNext('network', { method: subject.loads });
        const harness = await mount(adapter);
        await harness.waitFor('.notice--error');
        expect(text(harness.find('.notice--error p'))).to.equal(en.errors.network);
        harness.find<HTMLButtonElement>('.notice--error button').click();
        await harness.ready(subject.readySelector);
      });
    });

    describe('for everyone', () => {
      for (const theme of ['light', 'dark']) {
        it(`is accessible when ready, ${theme}`, async () => {
          const harness = await mount(backend(), { theme });
          await harness.ready(subject.readySelector);
          await expect(harness.element).to.be.accessible();
        });
      }

      it('is accessible while loading and after a failed load', async () => {
        await expect((await mount(backend({ latency: 60_000 }))).element).to.be.accessible();
        const adapter = backend();
        adapter.failNext('network', { method: subject.loads });
        const failed = await mount(adapter);
        await failed.waitFor('.notice--error');
        await expect(failed.element).to.be.accessible();
      });

      it('mirrors right to left and fits 320 px without scrolling sideways', async () => {
        const root = await fixture<HTMLElement>(
          staticHtml`<div dir="rtl" style="inline-size: 320px"><${tag} .adapter=${backend()}></${tag}></div>`,
        );
        const harness = new ElementHarness(root.querySelector<Element>(subject.tag)!);
        await harness.ready(subject.readySelector);
        expect(harness.element.matches(':dir(rtl)')).to.equal(true);
        const card = harness.find('section');
        expect(getComputedStyle(card).direction).to.equal('rtl');
        expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
        await expect(harness.element).to.be.accessible();
      });

      it('documents every part it renders', async () => {
        const harness = await mount(backend());
        await harness.ready(subject.readySelector);
        await expectPartsDocumented(harness);
        const loading = await mount(backend({ latency: 60_000 }));
        await expectPartsDocumented(loading);
      });

      it('warns nothing in Lit dev mode while it loads and renders', async () => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
        try {
          const harness = await mount(backend());
          await harness.ready(subject.readySelector);
          await waitUntil(() => true);
        } finally {
          console.warn = original;
        }
        expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
      });
    });
  });
}
