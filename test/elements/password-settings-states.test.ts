import { expect } from '@open-wc/testing';
import { MAX_ATTEMPTS, RESEND_COOLDOWN_MS, VERIFICATION_TTL_MS } from '../../src/adapters/memory/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { text, until } from '../harness/element-harness.js';
import { NEW_PASSWORD, PasswordSettingsHarness, passwordWorks } from '../harness/password-settings.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { lastSent, wrongCode } from '../support/outbox.js';
import { backend } from '../support/recording-adapter.js';

/** Re-renders after the clock moved, as the element's own once-a-second tick would. */
async function tick(harness: PasswordSettingsHarness): Promise<void> {
  harness.element.requestUpdate();
  await harness.element.updateComplete;
}

describe('<password-settings> a wrong current password', () => {
  it('is said at the field with the tries left; input kept, focus on it', async () => {
    const harness = await mount(PasswordSettingsHarness, backend());
    await harness.openChange();
    await harness.changePassword('not my password 1', NEW_PASSWORD);
    await until(() => harness.errorOf(en.password.current) !== '', 'nothing said at the current password');
    expect(harness.errorOf(en.password.current)).to.equal(en.password.wrongPassword(MAX_ATTEMPTS - 1));
    expect(deepActiveElement()).to.equal(harness.currentPassword);
    expect(harness.currentPassword.value).to.equal('not my password 1');
    expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    expect(harness.alert, 'said at the field, not twice').to.equal('');
    // Typing again takes it away; the right one then works.
    await harness.fill(en.password.current, DEMO_PASSWORD);
    expect(harness.errorOf(en.password.current)).to.equal('');
    await harness.save();
    await harness.announced(en.password.changed);
  });

  it('after five, the backend makes the person wait: Save counts the wait down', async () => {
    const clock = new TestClock(Date.parse('2025-03-01T12:00:00.000Z')).onPage();
    try {
      const adapter = backend({ now: clock.now });
      const harness = await mount(PasswordSettingsHarness, adapter);
      await harness.openChange();
      for (let left = MAX_ATTEMPTS - 1; left >= 0; left--) {
        await harness.changePassword(`wrong password ${left}`, NEW_PASSWORD);
        await until(
          () => harness.errorOf(en.password.current) === en.password.wrongPassword(left),
          `the try leaving ${left} was not said`,
        );
      }
      await harness.changePassword('wrong password again', NEW_PASSWORD);
      const label = () => text(harness.find('button[type="submit"] .button-label'));
      await until(() => /^Try again in [\d,]+ s$/.test(label()), 'no wait shown');
      const seconds = Number(/[\d,]+/.exec(label())![0].replaceAll(',', ''));
      expect(seconds).to.be.greaterThan(0);
      const save = harness.find<HTMLButtonElement>('button[type="submit"]');
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(harness.alert).to.equal(en.errors.rate_limited(seconds));
      clock.advance(10_000);
      await tick(harness);
      expect(label()).to.equal(en.common.tryAgainIn(seconds - 10));
      expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(false);
    } finally {
      realTime();
    }
  });
});

describe('<password-settings> the reset code', () => {
  let clock: TestClock;
  beforeEach(() => (clock = new TestClock(Date.parse('2025-03-01T12:00:00.000Z')).onPage()));
  afterEach(() => realTime());

  async function codeSent() {
    const adapter = backend({ now: clock.now });
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.startReset();
    return { adapter, harness };
  }

  it('a wrong code is said at the code, cleared, with the tries left; the right one then works', async () => {
    const { adapter, harness } = await codeSent();
    await harness.resetPassword(wrongCode(adapter, 'password_reset'), NEW_PASSWORD);
    await until(() => harness.errorOf(en.verification.code) !== '', 'the wrong code was not said');
    expect(harness.errorOf(en.verification.code)).to.equal(en.verification.wrongCode(MAX_ATTEMPTS - 1));
    expect(harness.code.value).to.equal('');
    expect(deepActiveElement()).to.equal(harness.code);
    expect(harness.newPassword.value, 'the new password is kept').to.equal(NEW_PASSWORD);
    await harness.enterCode(lastSent(adapter, 'password_reset'));
    await harness.save();
    await harness.announced(en.password.resetDone);
  });

  it('expired: the code is closed, a new one can be sent, and that one works', async () => {
    const { adapter, harness } = await codeSent();
    await harness.fill(en.password.new, NEW_PASSWORD);
    clock.advance(VERIFICATION_TTL_MS);
    await tick(harness);
    expect(harness.code.disabled).to.equal(true);
    expect(harness.code.getAttribute('aria-describedby')).to.contain('error');
    expect(text(harness.find(`#${harness.code.id}-error`))).to.contain(en.verification.expired);
    const save = harness.find<HTMLButtonElement>('button[type="submit"]');
    expect(save.getAttribute('aria-disabled')).to.equal('true');

    await harness.click(en.verification.resend);
    await harness.announced(en.password.codeSentAgain);
    expect(harness.code.disabled).to.equal(false);
    await harness.enterCode(lastSent(adapter, 'password_reset'));
    await harness.save();
    await harness.announced(en.password.resetDone);
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('out of tries: says so, and Start again goes back to the beginning', async () => {
    const { adapter, harness } = await codeSent();
    await harness.fill(en.password.new, NEW_PASSWORD);
    for (let left = MAX_ATTEMPTS - 1; left > 0; left--) {
      await harness.enterCode(wrongCode(adapter, 'password_reset'));
      await harness.save();
      await until(() => harness.errorOf(en.verification.code) === en.verification.wrongCode(left), `${left}`);
    }
    await harness.enterCode(wrongCode(adapter, 'password_reset'));
    await harness.save();
    await until(() => harness.hasButton(en.verification.startAgain), 'no way to start again');
    expect(text(harness.find('.notice--error p'))).to.equal(en.verification.noAttemptsLeft);
    expect(harness.maybe('input[autocomplete="new-password"]'), 'nothing more to type').to.equal(null);
    expect(harness.hasButton(en.password.save)).to.equal(false);
    await harness.click(en.verification.startAgain);
    expect(harness.form).to.equal(null);
    await until(() => deepActiveElement() === harness.button(en.password.reset), 'focus was not given back');
  });

  it('resend waits out its cooldown, counting it down, then sends a new code', async () => {
    const { adapter, harness } = await codeSent();
    const cooldown = RESEND_COOLDOWN_MS / 1000;
    const resend = harness.button(en.verification.resendIn(cooldown));
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    clock.advance(10_000);
    await tick(harness);
    expect(text(resend)).to.equal(en.verification.resendIn(cooldown - 10));
    resend.click();
    expect(adapter.outbox.filter((message) => message.purpose === 'password_reset')).to.have.length(1);

    clock.advance(RESEND_COOLDOWN_MS - 10_000);
    await tick(harness);
    await harness.click(en.verification.resend);
    await harness.announced(en.password.codeSentAgain);
    expect(adapter.outbox.filter((message) => message.purpose === 'password_reset')).to.have.length(2);
    // The new code's countdown shows once the element renders the answer, which may follow the announcement.
    await until(
      () => harness.hasButton(en.verification.resendIn(cooldown)),
      'the new countdown did not show',
    );
    await harness.resetPassword(lastSent(adapter, 'password_reset'), NEW_PASSWORD);
    await harness.announced(en.password.resetDone);
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('rate limited: Reset password counts the wait down and sends nothing until it is over', async () => {
    const adapter = backend({ now: clock.now });
    adapter.failNext('rate_limited', { method: 'startPasswordReset', retryAfter: 20 });
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.click(en.password.reset);
    await harness.alerted(en.errors.rate_limited(20));
    const button = harness.find<HTMLButtonElement>('#reset-button');
    expect(text(button.querySelector('.button-label'))).to.equal(en.common.tryAgainIn(20));
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await harness.element.updateComplete;
    expect(adapter.lastMessage('password_reset')).to.equal(undefined);
    clock.advance(20_000);
    await tick(harness);
    expect(text(button.querySelector('.button-label'))).to.equal(en.password.reset);
    await harness.startReset();
  });

  it('offline: says so, keeps the code and the password, and works once back online', async () => {
    const { adapter, harness } = await codeSent();
    const code = lastSent(adapter, 'password_reset');
    const backOnline = goOffline();
    try {
      adapter.failNext('network', { method: 'completePasswordReset' });
      await harness.resetPassword(code, NEW_PASSWORD);
      await harness.alerted(en.errors.offline);
      expect(harness.code.value).to.equal(code);
      expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    } finally {
      backOnline();
    }
    await harness.save();
    await harness.announced(en.password.resetDone);
  });
});

describe('<password-settings> changing while offline', () => {
  it('says so and keeps what was typed', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    const backOnline = goOffline();
    try {
      adapter.failNext('network', { method: 'changePassword' });
      await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
      await harness.alerted(en.errors.offline);
      expect(harness.currentPassword.value).to.equal(DEMO_PASSWORD);
      expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    } finally {
      backOnline();
    }
    await harness.save();
    await harness.announced(en.password.changed);
  });
});
