import { expect } from '@open-wc/testing';
import type { TotpSetup } from '../../src/api/index.js';
import type * as HarnessModule from '../harness/two-step-settings.js';
import type * as ClockModule from '../support/clock.js';
import type * as MountModule from '../support/mount.js';
import type * as BackendModule from '../support/recording-adapter.js';
import type { RecordingAdapter } from '../support/recording-adapter.js';

/*
 * Everything of the element is imported in `before`, once the page keeps a record of every file it
 * fetches (by default it keeps 250, fewer than the element's files and the test runner's): so a
 * file fetched with the element, before any setup, would be on record.
 */
let harnesses: typeof HarnessModule;
let clocks: typeof ClockModule;
let mounting: typeof MountModule;
let backends: typeof BackendModule;

before(async () => {
  performance.setResourceTimingBufferSize(100_000);
  [harnesses, clocks, mounting, backends] = await Promise.all([
    import('../harness/two-step-settings.js'),
    import('../support/clock.js'),
    import('../support/mount.js'),
    import('../support/recording-adapter.js'),
  ]);
});

/** What the page has fetched whose address matches `pattern`. */
function fetched(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

/** The QR code's module and its library. */
const QR_MODULES = /lean-qr|two-step-settings\/qr-code/;

/** Keeps each setup the backend answers, so the test knows the URI the QR code must hold. */
function keepSetups(adapter: RecordingAdapter): TotpSetup[] {
  const setups: TotpSetup[] = [];
  adapter.answer('startTotpSetup', async (args, answer) => {
    const setup = await answer(...args);
    setups.push(setup);
    return setup;
  });
  return setups;
}

/** Whether the canvas pixel at module (x, y), counting the quiet zone, is dark. */
function isDark(canvas: HTMLCanvasElement, x: number, y: number): boolean {
  const [red] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
  return red! < 128;
}

describe('<two-step-settings>: the QR code', () => {
  let clock: ClockModule.TestClock;
  let backend: typeof BackendModule.backend;
  let mount: typeof MountModule.mount;
  let TwoStepSettingsHarness: typeof HarnessModule.TwoStepSettingsHarness;

  beforeEach(() => {
    clock = new clocks.TestClock().onPage();
    ({ backend } = backends);
    ({ mount } = mounting);
    ({ TwoStepSettingsHarness } = harnesses);
  });

  afterEach(() => clocks.realTime());

  // First in its file: a page of its own, where nothing has fetched the QR code's module before.
  it('is not fetched with the page, only once a setup shows', async () => {
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }));
    expect(harness.state).to.equal('off');
    expect(fetched(/two-step-settings\.component/), 'the element is on record').to.have.length(1);
    expect(fetched(QR_MODULES), 'fetched before any setup').to.deep.equal([]);
    await harness.startSetup();
    await harness.waitForSetup();
    await harness.qrDrawn();
    expect(fetched(QR_MODULES).length, 'fetched for the setup').to.be.greaterThan(0);
  });

  it('draws the setup URI: the encoder’s modules exactly, square, in a quiet zone of four', async () => {
    const adapter = backend({ now: clock.now });
    const setups = keepSetups(adapter);
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    const canvas = await harness.qrDrawn();
    const setup = setups[0]!;
    expect(new URL(setup.uri).searchParams.get('secret'), 'the key shown is the one in the code').to.equal(
      harness.key,
    );

    const { correction, generate } = await import('lean-qr/nano');
    const code = generate(setup.uri, { minCorrectionLevel: correction.M });
    expect(canvas.width, 'the code and a quiet zone of 4 each side').to.equal(code.size + 8);
    expect(canvas.height).to.equal(canvas.width);
    let differing = 0;
    for (let y = -4; y < code.size + 4; y++) {
      for (let x = -4; x < code.size + 4; x++) {
        if (isDark(canvas, x + 4, y + 4) !== code.get(x, y)) differing++;
      }
    }
    expect(differing, 'modules that differ from the encoder').to.equal(0);
    for (let i = 0; i < canvas.width; i++) {
      expect(isDark(canvas, i, 0) || isDark(canvas, 0, i), 'the quiet zone is light').to.equal(false);
    }
    expect(harnesses.darkPixels(canvas)).to.be.greaterThan(code.size * 4);

    // Scaled by a whole number of CSS pixels a module, the same across and down: square modules.
    const box = canvas.getBoundingClientRect();
    expect(box.width).to.equal(box.height);
    expect(
      Number.isInteger(box.width / canvas.width),
      `${box.width} px for ${canvas.width} modules`,
    ).to.equal(true);
    expect(getComputedStyle(canvas).imageRendering).to.match(/pixelated|crisp-edges/);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.not.equal('');
    expect(canvas.outerHTML, 'no secret in an attribute').not.to.contain(setup.secret);
  });

  it('is dark on light in the dark theme too', async () => {
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }), { theme: 'dark' });
    await harness.startSetup();
    await harness.waitForSetup();
    const canvas = await harness.qrDrawn();
    expect(isDark(canvas, 0, 0), 'the quiet zone').to.equal(false);
    expect(isDark(canvas, 4, 4), 'the corner of a finder pattern').to.equal(true);
  });

  it('draws a new code for a new setup after a cancel', async () => {
    const adapter = backend({ now: clock.now });
    const setups = keepSetups(adapter);
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    const first = await harness.qrDrawn();
    const before = first.toDataURL();
    await harness.cancelSetup();
    await harness.startSetup();
    await harness.waitForSetup();
    const second = await harness.qrDrawn();
    expect(setups).to.have.length(2);
    expect(second.toDataURL(), 'the new setup’s code').not.to.equal(before);
    // And the new key is the one that works.
    await harness.confirmCode(harnesses.appCode(harness.key, clock.now()));
    await harness.waitForBackupCodes();
  });
});
