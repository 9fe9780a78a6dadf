/**
 * Windows high contrast (`forced-colors: active`) repaints every author colour with the theme's
 * system colours and drops shadows: whatever only a brand colour or a shadow showed must still show.
 * Read from computed styles on the whole page under Chromium's emulation; Firefox cannot emulate it
 * from a test (see `canEmulateMedia`). Screenshots of the same states were looked at by a person.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { canEmulateMedia, emulateForcedColors, itEmulatingMedia } from '../support/browser.js';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** The whole page, on a plan whose minutes are near the limit and whose messages are over it. */
async function page(): Promise<AccountSettingsHarness> {
  const adapter = new MemoryAdapter({
    reverify: [],
    seed: { planId: 'starter', used: { minutes: 450, messages: 2100, groups: 1, apiRequests: 100 } },
  });
  const root = await fixture<HTMLElement>(
    html`<account-provider .adapter=${adapter}><account-settings></account-settings></account-provider>`,
  );
  const harness = new AccountSettingsHarness(root.querySelector<AccountSettings>('account-settings')!);
  await harness.element.updateComplete;
  await harness.allReady();
  return harness;
}

/** WCAG's contrast ratio of two computed `rgb()` colours. */
function contrast(one: string, other: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

function style(element: Element): CSSStyleDeclaration {
  return getComputedStyle(element);
}

function inSection<T extends Element = HTMLElement>(
  harness: AccountSettingsHarness,
  id: string,
  selector: string,
): T[] {
  return [...harness.section(id).shadowRoot!.querySelectorAll<T>(selector)];
}

describe('in forced colors (Windows high contrast)', () => {
  before(async () => {
    if (canEmulateMedia) await emulateForcedColors(true);
  });

  after(async () => {
    if (canEmulateMedia) await emulateForcedColors(false);
  });

  itEmulatingMedia('is what the page is rendered in', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  itEmulatingMedia('every usage bar shows its fill: within, near and over the limit', async () => {
    const harness = await page();
    const bars = inSection(harness, 'plan', '.meter').map((meter) => {
      const fill = meter.querySelector('.meter-fill');
      const track = meter.querySelector('.meter-track')!;
      const tone = [...meter.classList].find((name) => name.startsWith('meter--')) ?? '';
      if (!fill) return `${tone}: no fill`;
      const painted = style(fill).backgroundColor;
      const seen =
        painted !== TRANSPARENT &&
        painted !== style(track).backgroundColor &&
        fill.getBoundingClientRect().width > 0;
      return `${tone}: ${seen ? 'seen' : `not seen (${painted})`}`;
    });
    expect(bars).to.include.members(['meter--warning: seen', 'meter--danger: seen', 'meter--normal: seen']);
    expect(bars.filter((bar) => !bar.endsWith(': seen'))).to.deep.equal([]);
  });

  itEmulatingMedia('a switch shows its thumb on its track, and whether it is on', async () => {
    const harness = await page();
    const switches = inSection(harness, 'email', '[role="switch"]');
    const on = switches.find((candidate) => candidate.getAttribute('aria-checked') === 'true')!;
    const off = switches.find((candidate) => candidate.getAttribute('aria-checked') === 'false')!;
    for (const control of [on, off]) {
      const thumb = style(control.querySelector('.switch-thumb')!).backgroundColor;
      const track = style(control).backgroundColor;
      expect(thumb, 'the thumb has a colour').to.not.equal(TRANSPARENT);
      // WCAG's 3:1 for the parts of a control, between the thumb and what it sits on.
      expect(contrast(thumb, track), `thumb ${thumb} on track ${track}`).to.be.at.least(3);
      expect(style(control).borderTopStyle, 'the track is outlined').to.equal('solid');
    }
    expect(style(on).backgroundColor === style(off).backgroundColor, 'on looks like off').to.equal(false);
  });

  itEmulatingMedia('a field and a button with keyboard focus have a ring of their own', async () => {
    const harness = await page();
    const name = inSection<HTMLInputElement>(harness, 'profile', '#name')[0]!;
    name.focus();
    expect(style(name).outlineStyle).to.equal('solid');
    expect(style(name).outlineWidth).to.equal('2px');
    expect(style(name).outlineOffset, 'apart from the field’s border').to.equal('2px');
    // On to the next button, by keyboard, as a person moves focus.
    for (let tab = 0; tab < 5 && deepActiveElement()?.localName !== 'button'; tab++) {
      await sendKeys({ press: 'Tab' });
    }
    const focused = deepActiveElement()!;
    expect(focused.localName).to.equal('button');
    expect(style(focused).outlineStyle).to.equal('solid');
    expect(style(focused).outlineWidth).to.equal('2px');
    const canvas = style(harness.section('profile').shadowRoot!.querySelector('section')!).backgroundColor;
    expect(style(focused).outlineColor === canvas, 'the ring is the colour of the card').to.equal(false);
  });

  itEmulatingMedia('a field in error is marked by more than its colour', async () => {
    const harness = await page();
    const profile = new AccountProfileHarness(harness.section('profile') as AccountProfileHarness['element']);
    await profile.rename('');
    await profile.waitFor('[aria-invalid="true"]');
    expect(profile.errorOf(en.profile.name)).to.not.equal('');
    const invalid = profile.field(en.profile.name);
    const valid = profile.field(en.profile.username);
    expect(style(invalid).borderTopWidth).to.equal('2px');
    expect(style(valid).borderTopWidth).to.equal('1px');
  });

  itEmulatingMedia('the navigation marks the current section, and only that one', async () => {
    const harness = await page();
    const nav = harness.root.querySelector('nav')!;
    const canvas = style(nav).backgroundColor;
    const marks = [...harness.root.querySelectorAll('#nav-list a')].map((link) => {
      const marked = style(link).borderInlineStartColor !== canvas;
      return `${link.getAttribute('aria-current') === 'location' ? 'current' : 'other'}: ${marked}`;
    });
    expect(marks[0]).to.equal('current: true');
    expect(marks.slice(1).every((mark) => mark === 'other: false')).to.equal(true);
  });
});
