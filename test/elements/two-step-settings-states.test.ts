import { expect } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { en, type Catalog } from '../../src/i18n/index.js';
import { text, until } from '../harness/element-harness.js';
import { appCode, TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

let clock: TestClock;

beforeEach(() => {
  clock = new TestClock().onPage();
});

afterEach(() => realTime());

/** Up to the app's setup, its code typed. */
async function typedCode(
  adapter: RecordingAdapter,
): Promise<{ harness: TwoStepSettingsHarness; code: string }> {
  const harness = await mount(TwoStepSettingsHarness, adapter);
  await harness.startSetup();
  await harness.waitForSetup();
  const code = appCode(harness.key, clock.now());
  await harness.fill(en.twoStep.code, code);
  return { harness, code };
}

describe('<two-step-settings>: when things go wrong', () => {
  it('a failed check keeps the code typed and says why; trying again turns it on', async () => {
    const adapter = backend({ now: clock.now });
    adapter.failNext('network', { method: 'confirmTotpSetup' });
    const { harness, code } = await typedCode(adapter);
    await harness.click(en.twoStep.confirm);
    await harness.alerted(en.errors.network);
    expect(harness.codeInput.value).to.equal(code);
    expect(harness.setupShown).to.equal(true);
    await harness.click(en.twoStep.confirm);
    await until(() => harness.state === 'on', 'it did not turn on');
  });

  it('offline: says the input is kept, and it is', async () => {
    const { harness, code } = await typedCode(backend({ now: clock.now }));
    const backOnline = goOffline();
    try {
      const adapter = harness.element.adapter as RecordingAdapter;
      adapter.failNext('network', { method: 'confirmTotpSetup' });
      await harness.click(en.twoStep.confirm);
      await harness.alerted(en.errors.offline);
      expect(harness.codeInput.value).to.equal(code);
    } finally {
      backOnline();
    }
  });

  it('an expired setup says so at the field and offers to start again', async () => {
    const adapter = backend({ now: clock.now });
    const { harness } = await typedCode(adapter);
    clock.advance(11 * 60 * 1000);
    await harness.click(en.twoStep.confirm);
    await until(() => harness.codeError === en.twoStep.setupExpired, 'the expiry was not said');
    await harness.click(en.twoStep.startAgain);
    await until(() => harness.key !== '' && harness.codeError === '', 'no new setup');
    await harness.confirmCode(appCode(harness.key, clock.now()));
    await until(() => harness.state === 'on', 'the new setup did not turn on');
  });

  it('a failed turn-off is said in its dialog, which stays open', async () => {
    const adapter = backend({ now: clock.now });
    const { harness } = await typedCode(adapter);
    await harness.click(en.twoStep.confirm);
    await harness.waitForBackupCodes();
    await harness.codesSaved();
    adapter.failNext('network', { method: 'disableTotp' });
    await harness.openTurnOff();
    await harness.confirmTurnOff();
    await until(() => text(harness.turnOffDialog!.querySelector('[role="alert"]')) !== '', 'not said');
    expect(text(harness.turnOffDialog!.querySelector('[role="alert"]'))).to.equal(en.errors.network);
    expect(harness.turnOffDialog!.open).to.equal(true);
    expect(harness.state).to.equal('on');
  });

  it('leaves the page when the backend has no two-step verification', async () => {
    const harness = await mount(TwoStepSettingsHarness, backend({ unsupported: ['getTwoStep'] }), {
      ready: false,
    });
    await until(() => harness.element.hidden, 'the card stayed');
    expect(harness.maybe('section')).to.equal(null);
  });

  it('a backend without the app: said in its row once refused, SMS still offered', async () => {
    const adapter = backend({ now: clock.now, unsupported: ['startTotpSetup'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await until(() => !harness.hasButton(en.twoStep.setUp), 'the button stayed');
    expect(text(harness.find('#two-step-app-heading').nextElementSibling)).to.equal(
      en.twoStep.appUnsupported,
    );
    expect(harness.hasButton(en.twoStep.smsTurnOn)).to.equal(true);
    expect(harness.alert).to.equal('');
    // Known for every card on that backend: another one does not offer it either.
    const other = await mount(TwoStepSettingsHarness, adapter);
    expect(other.hasButton(en.twoStep.setUp)).to.equal(false);
  });

  it('cancelling the identity check leaves it off, with nothing said', async () => {
    const adapter = backend({ now: clock.now, reverify: ['startTotpSetup'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForIdentityCheck();
    await harness.click(en.common.cancel, harness.identityCheck!);
    await until(() => !harness.identityCheck?.open, 'the check stayed open');
    expect(harness.setupShown).to.equal(false);
    expect(harness.alert).to.equal('');
    expect(adapter.count('startTotpSetup')).to.equal(1);
  });
});

describe('<two-step-settings>: codes by text message', () => {
  it('are offered where the backend offers them: on, with backup codes when two-step was off', async () => {
    const adapter = backend({ now: clock.now, reverify: ['enableSmsTwoStep', 'disableSmsTwoStep'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    expect(harness.find('#two-step-sms-heading').textContent).to.contain(en.twoStep.sms);
    await harness.click(en.twoStep.smsTurnOn);
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.waitForBackupCodes();
    expect(harness.state).to.equal('on');
    expect((await adapter.getTwoStep()).sms?.enabled).to.equal(true);
    await harness.codesSaved();
    await harness.click(en.twoStep.smsTurnOff);
    await harness.proveIdentity(DEMO_PASSWORD);
    await until(() => harness.state === 'off', 'it did not turn off');
    expect(harness.status).to.equal(en.twoStep.smsTurnedOff);
  });

  it('are not offered where the backend does not', async () => {
    const harness = await mount(TwoStepSettingsHarness, backend({ unsupported: ['enableSmsTwoStep'] }));
    expect(harness.maybe('#two-step-sms-heading')).to.equal(null);
    expect(harness.hasButton(en.twoStep.smsTurnOn)).to.equal(false);
  });
});

describe('<two-step-settings>: in every language', () => {
  const LANGUAGES: [string, Catalog, 'ltr' | 'rtl'][] = [
    ['es', es, 'ltr'],
    ['de', de, 'ltr'],
    ['ar', ar, 'rtl'],
  ];

  for (const [locale, t, dir] of LANGUAGES) {
    it(`${locale}: the card and the setup in ${locale}, ${dir}`, async () => {
      const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }), { locale, dir });
      await until(() => text(harness.maybe('h2')) === t.twoStep.heading, `the heading in ${locale}`);
      expect(text(harness.find('#two-step-state'))).to.contain(t.twoStep.offNote);
      expect(harness.element.matches(':dir(rtl)')).to.equal(dir === 'rtl');
      harness.find('#two-step-set-up').click();
      await harness.waitForSetup();
      expect(text(harness.find('#two-step-setup-heading'))).to.equal(t.twoStep.setupHeading);
      await harness.qrDrawn();
      // The key and the code read left to right whatever the language.
      expect(harness.find('#two-step-key').getAttribute('dir')).to.equal('ltr');
      expect(text(harness.find('label[for="two-step-code"]'))).to.equal(t.twoStep.code);
      await expect(harness.element).to.be.accessible();
    });
  }
});

describe('<two-step-settings>: accessibility of every state', () => {
  const STATES: Record<string, (harness: TwoStepSettingsHarness) => Promise<unknown>> = {
    off: async () => {},
    'setting up': async (harness) => {
      await harness.startSetup();
      await harness.waitForSetup();
      await harness.qrDrawn();
    },
    'a wrong code': async (harness) => {
      await harness.startSetup();
      await harness.waitForSetup();
      await harness.confirmCode('000001');
      await until(() => harness.codeError !== '', 'not said');
    },
    'backup codes shown': async (harness) => {
      await harness.startSetup();
      await harness.waitForSetup();
      await harness.confirmCode(appCode(harness.key, clock.now()));
      await harness.waitForBackupCodes();
    },
    'on, turn-off confirmation': async (harness) => {
      await harness.startSetup();
      await harness.waitForSetup();
      await harness.confirmCode(appCode(harness.key, clock.now()));
      await harness.waitForBackupCodes();
      await harness.codesSaved();
      await harness.openTurnOff();
    },
  };

  for (const [name, reach] of Object.entries(STATES)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}: axe finds nothing, every part documented`, async () => {
        const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }), { theme });
        await reach(harness);
        await harness.animationsDone();
        await expect(harness.element).to.be.accessible();
        await expectPartsDocumented(harness);
      });
    }
  }

  it('the identity check offers the app and a backup code once two-step is on', async () => {
    const adapter = backend({ now: clock.now, reverify: ['regenerateBackupCodes'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await STATES['backup codes shown']!(harness);
    await harness.codesSaved();
    await harness.newBackupCodes();
    const dialog = await harness.waitForIdentityCheck();
    expect(harness.hasButton(en.reverify.useTotp)).to.equal(true);
    expect(harness.hasButton(en.reverify.useBackupCode)).to.equal(true);
    await harness.click(en.reverify.useTotp, dialog);
    const input = harness.find<HTMLInputElement>('#identity-check-totp');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();
    await expectPartsDocumented(harness);
    await harness.click(en.reverify.useBackupCode, dialog);
    expect(harness.find('#identity-check-backup-code')).to.exist;
    await expect(harness.element).to.be.accessible();
  });
});
