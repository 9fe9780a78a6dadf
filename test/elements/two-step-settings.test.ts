import { expect, oneEvent } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { isAccountError } from '../../src/api/index.js';
import { AccountTwoStepChangedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import { appCode, TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { realTime, SECOND, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';
import { pathsHolding } from '../support/secrets.js';

/** The guarded steps of two-step verification, as a backend that asks who it is before each. */
const GUARDED = ['startTotpSetup', 'disableTotp', 'regenerateBackupCodes'] as const;

describe('<two-step-settings>: the authenticator app', () => {
  let clock: TestClock;

  beforeEach(() => {
    clock = new TestClock().onPage();
  });

  afterEach(() => realTime());

  it('is off at first: says so, and offers to set up an app', async () => {
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }));
    expect(harness.state).to.equal('off');
    expect(harness.hasButton(en.twoStep.setUp)).to.equal(true);
    expect(harness.hasButton(en.twoStep.newCodes), 'no backup codes while off').to.equal(false);
  });

  it('sets up the app after the identity check: the key shown, the app code it gives turns it on', async () => {
    const adapter = backend({ now: clock.now, reverify: GUARDED });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    const changed = oneEvent<AccountTwoStepChangedEvent>(
      harness.element,
      AccountTwoStepChangedEvent.eventName,
    );

    await harness.startSetup();
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.waitForSetup();
    expect(harness.shownKey, 'the key in groups of four').to.match(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const input = harness.codeInput;
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');

    // The code an app that took the shown key makes now, by the page's clock.
    await harness.confirmCode(appCode(harness.key, clock.now()));
    const event = await changed;
    await until(() => harness.state === 'on', 'two-step verification did not turn on');

    expect((await adapter.getTwoStep()).totp.enabled, 'on in the backend').to.equal(true);
    expect(event.twoStep.totp.enabled).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(harness.setupShown, 'the setup is gone').to.equal(false);
    expect(harness.status).to.equal(en.twoStep.turnedOn);
    const codes = await harness.waitForBackupCodes();
    expect(codes).to.have.length(10);
    expect(pathsHolding(event, codes[0]!), 'the event carries a backup code').to.deep.equal([]);
    expect(adapter.count('completeReverification'), 'one identity check').to.equal(1);
  });

  it('says a wrong code at the field, keeps it, and turns on with the right one', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    const right = appCode(harness.key, clock.now());
    const wrong = right === '000000' ? '111111' : '000000';

    await harness.confirmCode(wrong);
    await until(() => harness.codeError !== '', 'the wrong code was not said');
    expect(harness.codeError).to.contain(en.twoStep.wrongCode);
    expect(harness.codeInput.value, 'what was typed stays').to.equal(wrong);
    expect(harness.codeInput.getAttribute('aria-invalid')).to.equal('true');
    expect(harness.focusedId).to.equal(harness.codeInput.id);
    expect(harness.state).to.equal('off');

    await harness.confirmCode(right);
    await until(() => harness.state === 'on', 'the right code did not turn it on');
  });

  it('asks for all six digits before sending, keeping the ones typed', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    await harness.confirmCode('123');
    expect(harness.codeError).to.equal(en.twoStep.codeIncomplete(6));
    expect(harness.codeInput.value).to.equal('123');
    expect(adapter.count('confirmTotpSetup'), 'nothing sent').to.equal(0);
  });

  it('takes the app code as the identity check, refuses the same code twice, asks each time', async () => {
    const adapter = backend({ now: clock.now, reverify: GUARDED });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.waitForSetup();
    const key = harness.key;
    const used = appCode(key, clock.now());
    await harness.confirmCode(used);
    await harness.waitForBackupCodes();
    await harness.codesSaved();

    // New backup codes: the check offers the app now; the code that turned it on is spent.
    await harness.newBackupCodes();
    await harness.waitForIdentityCheck();
    await harness.confirmIdentityWithCode('totp', used);
    await until(() => harness.identityProblem !== '', 'the reused code was not refused');
    expect(harness.identityProblem).to.equal(en.reverify.wrongTotp);
    expect(harness.find<HTMLInputElement>('#identity-check-totp').value, 'the code stays').to.equal(used);

    // Half a minute on, the app shows a new code, which is taken.
    clock.advance(30 * SECOND);
    await harness.confirmIdentityWithCode('totp', appCode(key, clock.now()));
    await until(() => !harness.identityCheck?.open, 'the identity check did not close');
    await harness.waitForBackupCodes();
    expect(harness.backupCodesNote).to.contain(en.twoStep.oldCodesGone);

    // Turning off asks again: a token is good for one operation.
    await harness.codesSaved();
    await harness.openTurnOff();
    await harness.confirmTurnOff();
    await harness.proveIdentity(DEMO_PASSWORD);
    await until(() => harness.state === 'off', 'it did not turn off');
    expect(adapter.count('completeReverification')).to.equal(4);
  });

  it('turns off after a confirmation, saying what it means, and offers the setup again', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    await harness.confirmCode(appCode(harness.key, clock.now()));
    await harness.waitForBackupCodes();
    await harness.codesSaved();
    expect(harness.find('#two-step-app-heading').nextElementSibling?.textContent).to.contain('On since');

    await harness.openTurnOff();
    expect(harness.turnOffDialog!.textContent).to.contain(en.twoStep.turnOffLast);
    const changed = oneEvent<AccountTwoStepChangedEvent>(
      harness.element,
      AccountTwoStepChangedEvent.eventName,
    );
    await harness.confirmTurnOff();
    const event = await changed;
    await until(() => harness.state === 'off', 'it did not turn off');
    expect(event.twoStep.enabled).to.equal(false);
    expect((await adapter.getTwoStep()).backupCodes.remaining, 'the codes are gone').to.equal(0);
    expect(harness.status).to.equal(en.twoStep.turnedOff);
    expect(harness.focusedId).to.equal('two-step-set-up');
  });

  it('cancelling the setup leaves two-step off and the key off the screen', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    await harness.startSetup();
    await harness.waitForSetup();
    const key = harness.key;
    await harness.cancelSetup();
    expect(harness.setupShown).to.equal(false);
    expect(harness.root.textContent).not.to.contain(key.slice(0, 8));
    expect(harness.focusedId).to.equal('two-step-set-up');
    try {
      await adapter.confirmTotpSetup({ setupId: 'none', code: '123456' });
    } catch (error) {
      expect(isAccountError(error, 'not_found')).to.equal(true);
    }
    expect((await adapter.getTwoStep()).enabled).to.equal(false);
  });
});
