/**
 * With `prefers-reduced-motion: reduce`, nothing on the page moves that the person asked to stop: no
 * dialog fading in, no menu sliding open, no skeleton shimmer, no switch sliding, no smooth scroll to
 * a section. The one exception is the busy spinner, slowed rather than stopped: a still ring would not
 * say that work is going on (see `buttonStyles`). Firefox cannot emulate the preference from a test
 * (see `canEmulateMedia`), so these run in Chromium.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { until } from '../harness/element-harness.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { canEmulateMedia, itEmulatingMedia } from '../support/browser.js';
import { deepElements, describeElement } from '../support/deep.js';
import { backend } from '../support/recording-adapter.js';
import { mountSettingsPage, type SettingsPage } from '../support/settings-page.js';

/** The page on a backend whose profile saves never answer, so a Save button stays busy. */
function page(options: MemoryAdapterOptions = {}, ready = true): Promise<SettingsPage> {
  const adapter = backend(options);
  adapter.hold('updateProfile');
  return mountSettingsPage(adapter, { ready });
}

/** Whatever would move: a transition or an animation that lasts, with where it is. */
function moving(root: Element): string[] {
  return deepElements(root).flatMap((found) => {
    const style = getComputedStyle(found[1]);
    const name = describeElement(found);
    const lasting = (durations: string) => durations.split(', ').some((duration) => parseFloat(duration) > 0);
    return [
      ...(lasting(style.transitionDuration) && style.transitionProperty !== 'none'
        ? [`${name}: transition ${style.transitionProperty} ${style.transitionDuration}`]
        : []),
      ...(style.animationName !== 'none' && lasting(style.animationDuration)
        ? [`${name}: animation ${style.animationName} ${style.animationDuration}`]
        : []),
    ];
  });
}

/** The animations running anywhere on the page (shadow roots included), by name. */
function running(): string[] {
  return document
    .getAnimations()
    .filter((animation) => animation.playState === 'running')
    .map((animation) => (animation instanceof CSSAnimation ? animation.animationName : animation.id));
}

describe('with reduced motion', () => {
  before(async () => {
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'reduce' });
  });

  after(async () => {
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo({ top: 0, behavior: 'instant' });
  });

  itEmulatingMedia('is what the page is rendered with', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  itEmulatingMedia('nothing moves on the ready page, with a dialog and the menu open', async () => {
    const { settings, menu } = await page();
    expect(moving(settings.element.parentElement!)).to.deep.equal([]);

    const deletion = new DeleteAccountHarness(settings.section('delete') as DeleteAccountHarness['element']);
    await deletion.open();
    expect(getComputedStyle(deletion.dialog).animationDuration, 'the dialog fades in').to.equal('0s');
    expect(moving(settings.element.parentElement!)).to.deep.equal([]);
    expect(running()).to.deep.equal([]);
    // The dialog is modal: the menu can be opened once it is closed.
    await deletion.click(en.common.cancel);

    await menu.ready(SettingsMenuHarness.readySelector);
    await menu.open();
    expect(getComputedStyle(menu.popup).animationDuration, 'the menu slides open').to.equal('0s');
    expect(moving(settings.element.parentElement!)).to.deep.equal([]);
    expect(running()).to.deep.equal([]);
  });

  itEmulatingMedia('a switch flips without sliding', async () => {
    const { settings } = await page();
    const control = settings.section('email').shadowRoot!.querySelector('[role="switch"]')!;
    for (const part of [control, control.querySelector('.switch-thumb')!]) {
      expect(getComputedStyle(part).transitionDuration).to.equal('0s');
    }
  });

  itEmulatingMedia('the loading skeleton does not shimmer', async () => {
    const { settings } = await page({ latency: 60_000 }, false);
    await until(
      () => settings.section('profile').shadowRoot?.querySelector('.skeleton'),
      'no skeleton was shown',
    );
    const block = settings.section('profile').shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(block).animationName).to.equal('none');
    expect(moving(settings.element.parentElement!)).to.deep.equal([]);
    expect(running()).to.deep.equal([]);
  });

  itEmulatingMedia(
    'a busy button’s spinner turns slowly instead of stopping, the only thing that moves',
    async () => {
      const { settings } = await page();
      const profile = new AccountProfileHarness(
        settings.section('profile') as AccountProfileHarness['element'],
      );
      await profile.rename('Ada King');
      const spinner = await profile.waitFor('.button-spinner');
      expect(getComputedStyle(spinner).animationName).to.equal('ae-spin');
      // 0.7 s a turn normally; slowed, not stopped.
      expect(getComputedStyle(spinner).animationDuration).to.equal('2s');
      expect(moving(settings.element.parentElement!).map((line) => line.split(':')[0])).to.deep.equal([
        'account-profile span.button-spinner',
      ]);
    },
  );

  itEmulatingMedia('going to a section jumps there instead of scrolling smoothly', async () => {
    const { settings } = await page();
    await settings.element.show('delete');
    const arrived = scrollY;
    expect(arrived, 'the page did not jump to the section').to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(scrollY, 'still scrolling after the section was shown').to.equal(arrived);
  });
});
