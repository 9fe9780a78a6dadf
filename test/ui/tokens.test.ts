import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, type CSSResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as ui from '../../src/ui/index.js';
import {
  baseStyles,
  fieldStyles,
  section,
  sectionStyles,
  textInput,
  tokens,
  tokenStyles,
} from '../../src/ui/index.js';
import { canEmulateMedia, itEmulatingMedia } from '../support/browser.js';
import { computed, inShadow } from './helpers.js';

@customElement('test-token-host')
class TokenHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, sectionStyles, fieldStyles];

  override render() {
    return section({
      id: 'profile',
      heading: 'Profile',
      content: textInput({ id: 'name', label: 'Name', value: '', onInput: () => {} }),
    });
  }
}

/** A public element nested in another one's shadow root, as in <account-settings>. */
@customElement('test-token-outer')
class TokenOuter extends LitElement {
  static override styles = [tokenStyles, baseStyles];
  override render() {
    return html`<test-token-host></test-token-host>`;
  }
}

const white = 'rgb(255, 255, 255)';
const darkSurface = 'rgb(22, 24, 29)';

function surfaceOf(host: TokenHost): string {
  return computed(inShadow(host, '.section'), 'background-color');
}

async function hostIn(wrapper: ReturnType<typeof html>): Promise<TokenHost> {
  const root = await fixture<HTMLElement>(wrapper);
  const host = root.querySelector<TokenHost>('test-token-host')!;
  await host.updateComplete;
  return host;
}

describe('tokens', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('defaults to the light values on a page that declares no colour scheme', async () => {
    const host = await fixture<TokenHost>(html`<test-token-host></test-token-host>`);
    expect(surfaceOf(host)).to.equal(white);
  });

  it('lets a public token set on any ancestor win', async () => {
    const host = await hostIn(
      html`<div style="--ae-color-surface: rgb(1, 2, 3)"><test-token-host></test-token-host></div>`,
    );
    expect(surfaceOf(host)).to.equal('rgb(1, 2, 3)');
  });

  it('lets an ancestor token reach an element nested in another element', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="--ae-radius-md: 3px"><test-token-outer></test-token-outer></div>`,
    );
    const outer = root.querySelector<TokenOuter>('test-token-outer')!;
    await outer.updateComplete;
    const inner = outer.renderRoot.querySelector<TokenHost>('test-token-host')!;
    await inner.updateComplete;
    expect(computed(inShadow(inner, '.section'), 'border-start-start-radius')).to.equal('3px');
  });

  it('turns dark inside an ancestor with color-scheme: dark', async () => {
    const host = await hostIn(
      html`<div style="color-scheme: dark"><test-token-host></test-token-host></div>`,
    );
    expect(surfaceOf(host)).to.equal(darkSurface);
    expect(computed(host, 'color')).to.equal('rgb(233, 235, 240)');
  });

  it('turns dark with theme="dark" on the host, even on a light page', async () => {
    const host = await hostIn(
      html`<div style="color-scheme: light"><test-token-host theme="dark"></test-token-host></div>`,
    );
    expect(surfaceOf(host)).to.equal(darkSurface);
  });

  it('stays light with theme="light" inside a dark ancestor', async () => {
    const host = await hostIn(
      html`<div style="color-scheme: dark"><test-token-host theme="light"></test-token-host></div>`,
    );
    expect(surfaceOf(host)).to.equal(white);
  });

  itEmulatingMedia('follows the operating system with theme="auto", or when the page opts in', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<TokenHost>(html`<test-token-host theme="auto"></test-token-host>`);
    expect(surfaceOf(auto)).to.equal(darkSurface);
    const optedIn = await hostIn(
      html`<div style="color-scheme: light dark"><test-token-host></test-token-host></div>`,
    );
    expect(surfaceOf(optedIn)).to.equal(darkSurface);
  });

  it('uses dark values for an override written with light-dark()', async () => {
    const host = await hostIn(
      html`<div style="color-scheme: dark; --ae-color-surface: light-dark(rgb(9, 9, 9), rgb(7, 7, 7))">
        <test-token-host></test-token-host>
      </div>`,
    );
    expect(surfaceOf(host)).to.equal('rgb(7, 7, 7)');
  });

  itEmulatingMedia('stops transitions when the person asks for reduced motion', async () => {
    const host = await fixture<TokenHost>(html`<test-token-host></test-token-host>`);
    const input = inShadow(host, 'input');
    expect(computed(input, 'transition-duration')).to.equal('0.15s, 0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(computed(input, 'transition-duration')).to.equal('0s, 0s');
  });

  describe('style sheets', () => {
    const sheets = Object.entries(ui).filter((entry): entry is [string, CSSResult] =>
      entry[0].endsWith('Styles'),
    );
    const known = new Set(Object.keys(tokens));

    it('reads only tokens that exist', () => {
      for (const [name, sheet] of sheets) {
        for (const [, token] of sheet.cssText.matchAll(/var\(--_ae-([\w-]+)/g)) {
          expect(known.has(token!), `${name} reads --_ae-${token}`).to.equal(true);
        }
      }
    });

    it('has no colour literals outside the token file', () => {
      for (const [name, sheet] of sheets) {
        if (sheet === tokenStyles) continue;
        expect(sheet.cssText, name).not.to.match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch|lab|lch)\(/i);
      }
    });

    it('uses logical properties only, so right to left mirrors', () => {
      for (const [name, sheet] of sheets) {
        expect(sheet.cssText, name).not.to.match(
          /(margin|padding|border|inset)-(left|right|top|bottom)\b|(?<![\w-])(left|right|top|bottom|width|height)\s*:/,
        );
        expect(sheet.cssText, name).not.to.match(/text-align:\s*(left|right)/);
      }
    });
  });

  it('documents every token in docs/theming.md', async () => {
    const guide = await (await fetch('/docs/theming.md')).text();
    for (const name of Object.keys(tokens)) expect(guide, name).to.include(`--ae-${name}`);
  });
});
