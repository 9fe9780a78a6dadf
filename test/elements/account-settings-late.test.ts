/**
 * The sections below the first view (plan, email, calls, texts, API key, passkeys, two-step, devices, delete), on a page that
 * imports `<account-settings>` alone: their code is fetched as each nears the viewport or when the
 * browser is idle, a placeholder holding their place meanwhile. Each test opens the page fresh in a
 * frame, so no section's tag is defined yet.
 */
import { expect } from '@open-wc/testing';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { cardHeading, text, until } from '../harness/element-harness.js';
import { inFirefox, inWebKit } from '../support/browser.js';
import { expectArrivedAt } from '../support/deep-link.js';
import { focusedInFrame, frameDocument, inFrame, openInFrame } from '../support/frame.js';

const PAGE = '/test/elements/pages/late-sections.html';
const FIRST_VIEW = ['profile', 'cell', 'password'];
const LATE = ['plan', 'email', 'calls', 'texts', 'api-key', 'passkeys', 'two-step', 'devices', 'delete'];

async function open(query = '', hash = '') {
  const frame = await openInFrame(`${PAGE}${query}${hash}`);
  // The page registers its elements once its backend has started.
  const page = new AccountSettingsHarness(await inFrame<AccountSettings>(frame, 'account-settings:defined'));
  await page.element.updateComplete;
  return { frame, page };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<account-settings>: the sections below the first view', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('are not defined until they near the view, a placeholder of their height holding their place', async () => {
    const opened = await open('?never-idle');
    frame = opened.frame;
    const { page } = opened;
    expect(
      FIRST_VIEW.filter((id) => !page.arrived(id)),
      'the first view, not defined',
    ).to.deep.equal([]);
    // Past the time a browser without idle callbacks waits: still not asked for.
    await pause(800);
    expect(page.arrived('delete'), 'the last section, far below').to.equal(false);
    const placeholder = page.placeholder('delete')!;
    expect(placeholder, 'a placeholder').to.not.equal(null);
    expect(placeholder.querySelector('[aria-busy="true"]'), 'marked busy').to.not.equal(null);
    expect(text(placeholder.querySelector('h3')), 'its heading, at the sections’ level').to.equal(
      en.deleteAccount.heading,
    );
    expect(placeholder.querySelector('[role="alert"], [aria-live]'), 'nothing announced').to.equal(null);
    const reserved = page.section('delete').getBoundingClientRect().height;

    page.section('delete').scrollIntoView({ block: 'start' });
    await until(() => page.arrived('delete'), 'the last section never arrived once in view', 10_000);
    await until(() => page.placeholder('delete') === null, 'the placeholder stayed');
    await until(
      () => page.section('delete').style.minBlockSize === '',
      'the reserved height stayed once it loaded',
      10_000,
    );
    const loaded = page.section('delete').getBoundingClientRect().height;
    expect(Math.abs(loaded - reserved), 'the loaded height against the placeholder’s').to.be.below(24);
  });

  it('arrive when the browser is idle, with nothing scrolled', async () => {
    const opened = await open();
    frame = opened.frame;
    await opened.page.allShowData();
    expect(LATE.filter((id) => !opened.page.arrived(id))).to.deep.equal([]);
    expect(frameDocument(frame).defaultView!.scrollY, 'the page did not move').to.equal(0);
  });

  for (const id of ['api-key', 'delete']) {
    it(`a deep link (#${id}) fetches its section at once and lands there once it arrives`, async () => {
      const opened = await open('?never-idle', `#${id}`);
      frame = opened.frame;
      await expectArrivedAt(frame, id);
    });
  }

  it('the navigation goes to a section whose code has not come: it lands, focus on its heading, once it and the sections above have arrived', async () => {
    const opened = await open('?never-idle');
    frame = opened.frame;
    const { page } = opened;
    await until(() => FIRST_VIEW.every((id) => page.arrived(id)), 'the first view');
    expect(page.arrived('api-key')).to.equal(false);
    page.link(en.apiKey.heading).click();
    const heading = () => cardHeading(page.section('api-key'));
    await until(
      () => heading() !== null && focusedInFrame(frame!) === heading(),
      'focus never reached the heading',
      10_000,
    );
    const view = frameDocument(frame).defaultView!;
    expect(view.location.hash).to.equal('#api-key');
    const box = heading()!.getBoundingClientRect();
    expect(box.top, 'the heading is on screen').to.be.at.least(0);
    expect(box.bottom, 'the heading is on screen').to.be.at.most(view.innerHeight);
    // The sections passed on the way had arrived and loaded before it landed: nothing moves it after.
    await page.allShowData();
    expect(heading()!.getBoundingClientRect().top, 'still where it landed').to.be.closeTo(box.top, 1);
    expect(focusedInFrame(frame), 'focus stays on the heading').to.equal(heading());
  });

  // Layout-shift entries are Chromium's alone (the Layout Instability API); Firefox and WebKit do
  // not report them, so there is nothing to measure there.
  (inFirefox || inWebKit ? it.skip : it)(
    'move nothing on screen as they arrive: layout shift under 0.01',
    async () => {
      const opened = await open();
      frame = opened.frame;
      await opened.page.allShowData();
      const view = frameDocument(frame).defaultView! as Window & typeof globalThis;
      // Two frames more: a shift is reported after the frame that paints it.
      await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
      const shifts = await new Promise<{ value: number; hadRecentInput: boolean }[]>((resolve) => {
        const observer = new view.PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]);
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // With no shift at all, no entry comes.
        setTimeout(() => resolve([]), 1000);
      });
      const total = shifts
        .filter((shift) => !shift.hadRecentInput)
        .reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `layout shift (${shifts.length} entries)`).to.be.below(0.01);
    },
  );
});
