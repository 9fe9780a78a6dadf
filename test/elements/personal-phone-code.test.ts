import { expect, waitUntil } from '@open-wc/testing';
import { MAX_ATTEMPTS, RESEND_COOLDOWN_MS, VERIFICATION_TTL_MS } from '../../src/adapters/memory/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { en } from '../../src/i18n/index.js';
import { CURRENT, CURRENT_READ, NEW, NEW_READ, PersonalPhoneHarness } from '../harness/personal-phone.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { lastSent, wrongCode } from '../support/outbox.js';
import { backend } from '../support/recording-adapter.js';

/** Countdowns re-render once a second: a wait for one to move allows a few. */
const TICK = { timeout: 3000 };

describe('<personal-phone> the code', () => {
  afterEach(realTime);

  it('says where it went, when it expires and the tries left; one input for SMS autofill', async () => {
    const harness = await mount(PersonalPhoneHarness, backend());
    await harness.askForCode();
    const input = harness.codeInput;
    // The attribute, which autofill reads: Firefox's property says '' for a token it does not implement.
    expect([input.getAttribute('autocomplete'), input.inputMode, input.dir]).to.deep.equal([
      'one-time-code',
      'numeric',
      'ltr',
    ]);
    expect(harness.codeStepPiece('hint')?.textContent).to.contain(en.verification.sentTo('+1 ••• ••• 0199'));
    expect(harness.codeStepPiece('hint')?.textContent).to.contain(en.verification.expiresIn(10));
    expect(harness.codeStepPiece('attempts')?.textContent).to.equal(
      en.verification.attemptsLeft(MAX_ATTEMPTS),
    );
  });

  describe('bad input', () => {
    it('too short: said at the code, focused, nothing sent; the rest of the code clears it', async () => {
      const adapter = backend();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.askForCode();
      await harness.enterCode('1234');
      harness.button(en.common.cancel).focus();
      await harness.click(en.phone.verify);
      expect(harness.codeError).to.equal(en.phone.codeIncomplete);
      expect(harness.codeInput.getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => deepActiveElement() === harness.codeInput, 'focus did not go to the code');
      expect(adapter.sent('confirmPhoneChange')).to.deep.equal([]);
      expect(harness.codeInput.value).to.equal('1234');

      await harness.enterCode('12345');
      expect(harness.codeError).to.equal(en.phone.codeIncomplete);
      await harness.enterCode(lastSent(adapter, 'phone_change'));
      await harness.said(en.phone.verified);
    });

    it('letters are dropped as they arrive', async () => {
      const adapter = backend();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.askForCode();
      await harness.enterCode('12ab3c');
      expect(harness.codeInput.value).to.equal('123');
      expect(adapter.sent('confirmPhoneChange')).to.deep.equal([]);
    });

    it('pasted with spaces: the digits are taken and checked at once', async () => {
      const adapter = backend();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.askForCode();
      const code = lastSent(adapter, 'phone_change');
      await harness.pasteCode(` ${code.slice(0, 3)} ${code.slice(3)} `);
      await harness.said(en.phone.verified);
      expect(adapter.sent('confirmPhoneChange').map((confirmation) => confirmation.code)).to.deep.equal([
        code,
      ]);
      expect(harness.currentNumber).to.equal(NEW_READ);
    });
  });

  it('a wrong code says so with the tries left, is cleared and the input focused', async () => {
    const adapter = backend();
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode();
    await harness.enterCode(wrongCode(adapter, 'phone_change'));
    await waitUntil(() => harness.codeError !== '', 'the wrong code was not said');
    expect(harness.codeError).to.equal(en.verification.wrongCode(MAX_ATTEMPTS - 1));
    expect(harness.codeInput.value).to.equal('');
    expect(harness.codeInput.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => deepActiveElement() === harness.codeInput, 'focus is not on the code');
    expect(harness.codeStepPiece('attempts')?.textContent).to.equal(
      en.verification.attemptsLeft(MAX_ATTEMPTS - 1),
    );

    // The right one still works.
    await harness.enterCode(lastSent(adapter, 'phone_change'));
    await harness.said(en.phone.verified);
  });

  it('out of tries: said, and "Start again" goes back to the number, which is kept', async () => {
    const adapter = backend();
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode('+44 7911 123456');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await harness.enterCode(wrongCode(adapter, 'phone_change'));
      const left = MAX_ATTEMPTS - attempt;
      await waitUntil(
        () =>
          left === 0
            ? harness.hasButton(en.verification.startAgain)
            : harness.codeError === en.verification.wrongCode(left),
        `try ${attempt} was not answered`,
      );
    }
    await harness.waitForButton(en.verification.startAgain);
    expect(harness.notice).to.contain(en.verification.noAttemptsLeft);
    await waitUntil(
      () => deepActiveElement() === harness.button(en.verification.startAgain),
      'focus was lost with the code input',
    );
    expect(harness.hasButton(en.phone.verify)).to.equal(false);

    await harness.click(en.verification.startAgain);
    await harness.waitFor('#phone-number');
    expect(harness.numberInput.value).to.equal('+44 7911 123456');
    await waitUntil(() => deepActiveElement() === harness.numberInput, 'focus is not on the number');
    expect((await adapter.getAccount()).phone).to.equal(CURRENT);
  });

  it('expired on the backend: said at the code, which stops taking input; a new code works', async () => {
    // Two clocks, as a browser's and a server's can be: the element learns of the expiry from the answer.
    const server = new TestClock();
    const browser = new TestClock().onPage();
    const adapter = backend({ now: server.now });
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode();
    const expired = lastSent(adapter, 'phone_change');
    server.advance(VERIFICATION_TTL_MS + 1000);
    await harness.enterCode(expired);
    await waitUntil(() => harness.codeError === en.verification.expired, 'the expiry was not said');
    expect(harness.codeInput.disabled).to.equal(true);
    expect(harness.hasButton(en.phone.verify)).to.equal(false);
    await waitUntil(
      () => deepActiveElement() === harness.codeStepPiece('resend'),
      'focus stayed on the code input, which no longer takes input',
    );

    browser.advance(RESEND_COOLDOWN_MS);
    await waitUntil(() => harness.hasButton(en.verification.resend), 'resend is not offered', TICK);
    await harness.click(en.verification.resend);
    await waitUntil(() => lastSent(adapter, 'phone_change') !== expired, 'no new code was sent');
    await waitUntil(() => !harness.codeInput.disabled, 'the code input stayed off');
    await harness.enterCode(lastSent(adapter, 'phone_change'));
    await harness.said(en.phone.verified);
  });

  it('expired by the clock while the person waits: said without asking the backend', async () => {
    const clock = new TestClock().onPage();
    const adapter = backend({ now: clock.now });
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode();
    clock.advance(VERIFICATION_TTL_MS);
    await waitUntil(() => harness.codeInput.disabled, 'the code did not expire', TICK);
    expect(harness.codeStepPiece('error')?.textContent).to.contain(en.verification.expired);
    expect(adapter.sent('confirmPhoneChange')).to.deep.equal([]);
  });

  it('resend counts the cooldown down, then sends a new code that replaces the old', async () => {
    const clock = new TestClock().onPage();
    const adapter = backend({ now: clock.now });
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode();
    const first = lastSent(adapter, 'phone_change');
    const resend = harness.codeStepPiece('resend')!;
    expect(resend.textContent!.trim()).to.equal(en.verification.resendIn(RESEND_COOLDOWN_MS / 1000));
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    clock.advance(RESEND_COOLDOWN_MS - 10_000);
    await waitUntil(
      () => harness.hasButton(en.verification.resendIn(10)),
      'the countdown did not move',
      TICK,
    );

    clock.advance(10_000);
    await waitUntil(() => harness.hasButton(en.verification.resend), 'resend did not become available', TICK);
    await harness.click(en.verification.resend);
    await harness.said(en.phone.codeSentAgain);
    expect(adapter.outbox.filter((message) => message.purpose === 'phone_change')).to.have.length(2);
    await waitUntil(() => harness.hasButton(en.verification.resendIn(RESEND_COOLDOWN_MS / 1000)));

    if (first !== lastSent(adapter, 'phone_change')) {
      await harness.enterCode(first);
      await waitUntil(() => harness.codeError !== '', 'the old code was taken');
    }
    await harness.enterCode(lastSent(adapter, 'phone_change'));
    await harness.said(en.phone.verified);
  });

  it('rate limited when sending: said, and the button counts down until it may send', async () => {
    const clock = new TestClock().onPage();
    const adapter = backend({ now: clock.now });
    adapter.failNext('rate_limited', { method: 'startPhoneChange', retryAfter: 5 });
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.startChange('+1 415 555 0199');
    await harness.said(en.errors.rate_limited(5));
    const submit = harness.find('#phone-submit');
    expect(submit.textContent!.trim()).to.equal(en.common.tryAgainIn(5));
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(harness.numberInput.value).to.equal('+1 415 555 0199');

    clock.advance(5000);
    await waitUntil(() => harness.hasButton(en.phone.sendCode), 'the wait did not end', TICK);
    await harness.click(en.phone.sendCode);
    await harness.waitForCodeStep();
  });

  it('offline: says so, keeps the number, and sends once back online', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'startPhoneChange' });
    const harness = await mount(PersonalPhoneHarness, adapter);
    const online = goOffline();
    try {
      await harness.startChange('+1 415 555 0199');
      await harness.said(en.errors.offline);
      expect(harness.numberInput.value).to.equal('+1 415 555 0199');
    } finally {
      online();
    }
    await harness.click(en.phone.sendCode);
    await harness.waitForCodeStep();
    expect(harness.alert).to.equal('');
  });

  it('the save failing keeps the code and says why; Verify tries again', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'confirmPhoneChange' });
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.askForCode();
    const code = lastSent(adapter, 'phone_change');
    await harness.enterCode(code);
    await harness.said(en.errors.network);
    expect(harness.codeError).to.equal(en.errors.network);
    expect(harness.codeInput.value).to.equal(code);
    expect(harness.currentNumber).to.equal(CURRENT_READ);

    await harness.click(en.phone.verify);
    await harness.said(en.phone.verified);
    expect((await adapter.getAccount()).phone).to.equal(NEW);
  });
});
