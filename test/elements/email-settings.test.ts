import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { EMAIL_LOCAL_MAX } from '../../src/api/index.js';
import { storeFor } from '../../src/core/store.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { text } from '../harness/element-harness.js';
import { realTime, SECOND, TestClock } from '../support/clock.js';
import { recordEvents } from '../support/events.js';
import { mount } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { backend, RecordingAdapter } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

describe('<email-settings> changing the address', () => {
  let clock: TestClock;
  beforeEach(() => (clock = new TestClock(Date.parse('2025-03-01T10:00:00Z')).onPage()));
  afterEach(realTime);

  it('asks for the identity check, shows the pending change, and takes the new address once the link is followed elsewhere', async () => {
    const adapter = new RecordingAdapter({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const requested = recordEvents(harness.element, 'account-email-change-requested');
    const updated = recordEvents(harness.element, 'account-email-updated');
    expect(harness.currentEmail).to.equal('ada@example.com');

    await harness.requestChange('new@example.com');
    await harness.waitForIdentityCheck();
    await expectPartsDocumented(harness);
    expect(harness.pending).to.equal(null);

    await harness.confirmIdentity(DEMO_PASSWORD);
    const pending = await harness.waitForPending();
    expect(text(pending)).to.contain(en.email.linkSent('new@example.com'));
    expect(text(pending)).to.contain(en.email.stillPrimary('ada@example.com'));
    expect(harness.currentEmail, 'the old address stays primary').to.equal('ada@example.com');
    expect(harness.status).to.equal(en.email.linkSentStatus);
    expect(requested.map((event) => event.email)).to.deep.equal(['new@example.com']);
    await waitUntil(() => deepActiveElement() === pending, 'focus did not move to the pending change');
    await expectPartsDocumented(harness);

    // The link is followed in the mail client: nothing shows until the person comes back.
    await adapter.confirmEmailChange(adapter.lastMessage('email_change')!.secret);
    expect(harness.currentEmail).to.equal('ada@example.com');
    harness.comeBack('visibilitychange');
    await waitUntil(() => harness.currentEmail === 'new@example.com', 'the new address did not show');
    await waitUntil(() => harness.pending === null, 'the change still shows as pending');
    expect(updated).to.have.length(1);
    expect(updated[0]!.account.email).to.equal('new@example.com');
    expect(updated[0]!.account.pendingEmail).to.equal(null);
    expect(harness.status).to.equal(en.email.changed('new@example.com'));
    expect(harness.hasButton(en.email.change)).to.equal(true);
  });

  it('takes the new address as soon as the page has the account with it, the link followed on this page', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const updated = recordEvents(harness.element, 'account-email-updated');
    await harness.requestChange('new@example.com');
    const pending = await harness.waitForPending();
    expect(text(pending)).to.contain(en.email.stillPrimary('ada@example.com'));

    // The page behind the link is this one (the demo's outbox, a host's own confirmation view): the
    // account it is answered goes into the store every element on the page shares.
    const confirmed = await adapter.confirmEmailChange(adapter.lastMessage('email_change')!.secret);
    storeFor(adapter).set('account', confirmed);
    await waitUntil(() => harness.pending === null, 'the change still shows as pending');
    expect(harness.currentEmail).to.equal('new@example.com');
    expect(harness.status).to.equal(en.email.changed('new@example.com'));
    expect(updated.map((event) => event.account.email)).to.deep.equal(['new@example.com']);
    expect(harness.hasButton(en.email.change)).to.equal(true);
  });

  it('a change another element finds cancelled stops showing as pending, the address unchanged', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const updated = recordEvents(harness.element, 'account-email-updated');
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    await adapter.cancelEmailChange();
    // Another element of the page reads the account again, as after a save of its own.
    await storeFor(adapter).load('account', { force: true });
    await waitUntil(() => harness.pending === null, 'the change still shows as pending');
    expect(harness.currentEmail).to.equal('ada@example.com');
    expect(updated).to.have.length(0);
  });

  it('also reads the account again when the window is focused again', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const updated = recordEvents(harness.element, 'account-email-updated');
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    await adapter.confirmEmailChange(adapter.lastMessage('email_change')!.secret);
    harness.comeBack('focus');
    await waitUntil(() => harness.currentEmail === 'new@example.com', 'the new address did not show');
    expect(updated).to.have.length(1);
  });

  it('coming back with nothing changed keeps the change pending and fires nothing', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const updated = recordEvents(harness.element, 'account-email-updated');
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    const readsBefore = adapter.count('getAccount');
    harness.comeBack('visibilitychange');
    harness.comeBack('focus');
    await waitUntil(() => adapter.count('getAccount') > readsBefore, 'the account was not read again');
    await harness.element.updateComplete;
    expect(
      adapter.count('getAccount') - readsBefore,
      'coming back reads once, however many events say so',
    ).to.equal(1);
    expect(harness.pending).to.exist;
    expect(updated).to.have.length(0);
  });

  it('does not read anything when the person comes back with no change pending', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    const readsBefore = adapter.count('getAccount');
    harness.comeBack('visibilitychange');
    harness.comeBack('focus');
    await harness.element.updateComplete;
    expect(adapter.count('getAccount') - readsBefore).to.equal(0);
  });

  it('a change cancelled elsewhere stops showing as pending when the person comes back', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    await adapter.cancelEmailChange();
    harness.comeBack();
    await waitUntil(() => harness.pending === null, 'the change still shows as pending');
    expect(harness.currentEmail).to.equal('ada@example.com');
  });

  it('Cancel change drops the pending address and says so', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    await harness.cancelChange();
    await waitUntil(() => harness.pending === null, 'the change still shows as pending');
    expect(harness.status).to.equal(en.email.changeCancelled('ada@example.com'));
    expect((await adapter.getAccount()).pendingEmail).to.equal(null);
    await waitUntil(
      () => deepActiveElement() === harness.button(en.email.change),
      'focus did not go back to Change email',
    );
  });

  it('Resend counts down from the verification, then sends a new link', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    const firstLink = adapter.lastMessage('email_change')!.secret;
    expect(text(harness.resendButton)).to.equal(en.email.resendIn(30));
    expect(harness.resendButton.getAttribute('aria-disabled')).to.equal('true');
    await expectPartsDocumented(harness);

    harness.resendButton.click();
    await harness.element.updateComplete;
    expect(adapter.lastMessage('email_change')!.secret, 'a click while cooling down sends nothing').to.equal(
      firstLink,
    );

    clock.advance(12 * SECOND);
    // The countdown re-renders once a second of real time.
    const tick = { timeout: 3000 };
    await waitUntil(
      () => text(harness.resendButton) === en.email.resendIn(18),
      'the countdown did not move',
      tick,
    );
    clock.advance(18 * SECOND);
    await waitUntil(() => text(harness.resendButton) === en.email.resend, 'the countdown did not end', tick);
    expect(harness.resendButton.hasAttribute('aria-disabled')).to.equal(false);

    harness.resendButton.click();
    await waitUntil(() => harness.status === en.email.linkResent, 'the resend was not said');
    expect(adapter.lastMessage('email_change')!.secret).to.not.equal(firstLink);
    expect(text(harness.resendButton)).to.equal(en.email.resendIn(30));

    // Only the newest link works.
    await adapter.confirmEmailChange(adapter.lastMessage('email_change')!.secret);
    harness.comeBack();
    await waitUntil(() => harness.currentEmail === 'new@example.com');
  });

  it('a pending change from the adapter shows at load; Resend starts it again, with the identity check', async () => {
    const adapter = new RecordingAdapter({ now: clock.now });
    const { token } = await adapter.completeReverification({
      method: 'password',
      password: DEMO_PASSWORD,
      operation: 'startEmailChange',
    });
    await adapter.startEmailChange('later@example.com', { reverificationToken: token });
    const firstLink = adapter.lastMessage('email_change')!.secret;

    const harness = await mount(EmailSettingsHarness, adapter);
    const pending = await harness.waitForPending();
    expect(text(pending)).to.contain(en.email.linkSent('later@example.com'));
    expect(harness.hasButton(en.email.change)).to.equal(false);
    // No verification came with the account, so no countdown is known: the backend says when.
    expect(text(harness.resendButton)).to.equal(en.email.resend);

    clock.advance(31 * SECOND);
    harness.resendButton.click();
    await harness.confirmIdentity(DEMO_PASSWORD);
    await waitUntil(() => harness.status === en.email.linkSentStatus, 'the link was not sent');
    // Started before the reload; then refused for the identity check, and sent again after it.
    expect(adapter.sent('startEmailChange')).to.deep.equal([
      'later@example.com',
      'later@example.com',
      'later@example.com',
    ]);
    expect(adapter.lastMessage('email_change')!.secret).to.not.equal(firstLink);
    expect(text(harness.resendButton)).to.equal(en.email.resendIn(30));
  });

  it('a pending change from the adapter can be cancelled at once', async () => {
    const adapter = backend({ now: clock.now });
    await adapter.startEmailChange('later@example.com');
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.waitForPending();
    await harness.cancelChange();
    await waitUntil(() => harness.pending === null);
    expect((await adapter.getAccount()).pendingEmail).to.equal(null);
  });

  it('Resend that comes too soon after a reload says how long to wait', async () => {
    const adapter = backend({ now: clock.now });
    await adapter.startEmailChange('later@example.com');
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.waitForPending();
    harness.resendButton.click();
    await waitUntil(() => harness.alert !== '', 'the wait was not said');
    expect(harness.alert).to.match(/^Too many attempts\. Try again in \d+ s\.$/);
    expect(text(harness.resendButton)).to.match(/^Send the link again in \d+ s$/);
  });

  it('sends the address with its domain lower-cased, the local part as typed', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('  New.Person@Example.COM ');
    await harness.waitForPending();
    expect(adapter.sent('startEmailChange')).to.deep.equal(['New.Person@example.com']);
    expect(text(harness.pending)).to.contain(en.email.linkSent('New.Person@example.com'));
    expect((await adapter.getAccount()).pendingEmail).to.equal('New.Person@example.com');
  });

  it('the field is for an email address: autofill, keyboard, left to right, the contract’s length', async () => {
    const harness = await mount(EmailSettingsHarness, backend());
    await harness.openChange();
    const input = harness.newEmailInput;
    expect(input.getAttribute('autocomplete')).to.equal('email');
    expect(input.getAttribute('inputmode')).to.equal('email');
    expect(input.getAttribute('dir')).to.equal('ltr');
    expect(input.maxLength).to.equal(254);
    await waitUntil(() => deepActiveElement() === input, 'focus did not go to the new address');
  });

  it('Cancel closes the form and forgets what was typed', async () => {
    const adapter = backend();
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.openChange();
    await harness.fill(en.email.newAddress, 'half@');
    await harness.click(en.common.cancel);
    expect(harness.maybe('#new-email')).to.equal(null);
    await harness.openChange();
    expect(harness.newEmailInput.value).to.equal('');
    expect(adapter.sent('startEmailChange')).to.deep.equal([]);
  });

  describe('refuses before sending', () => {
    const cases: [string, string, string][] = [
      ['an address without @', 'new.example.com', en.fields.invalid_email],
      ['an address with a space', 'new person@example.com', en.fields.invalid_email],
      ['a domain ending in a dot', 'new@example.com.', en.fields.invalid_email],
      ['a Unicode domain', 'new@exämple.com', en.fields.invalid_email],
      ['the current address', 'ada@example.com', en.email.sameAsCurrent],
      ['the current address in other cases', 'ADA@Example.COM', en.email.sameAsCurrent],
      [
        'a local part of 65 characters',
        `${'a'.repeat(EMAIL_LOCAL_MAX + 1)}@example.com`,
        en.fields.email_local_too_long(EMAIL_LOCAL_MAX),
      ],
      ['nothing at all', '', en.fields.invalid_email],
    ];
    for (const [what, typed, message] of cases) {
      it(what, async () => {
        const adapter = backend();
        const harness = await mount(EmailSettingsHarness, adapter);
        await harness.requestChange(typed);
        expect(harness.newEmailError).to.equal(message);
        expect(harness.newEmailInput.getAttribute('aria-invalid')).to.equal('true');
        await waitUntil(() => deepActiveElement() === harness.newEmailInput, 'focus did not go to the field');
        expect(adapter.sent('startEmailChange')).to.deep.equal([]);
        expect(harness.pending).to.equal(null);
      });
    }

    it('says nothing while the first address is typed, then checks it as it is corrected', async () => {
      const adapter = backend();
      const harness = await mount(EmailSettingsHarness, adapter);
      await harness.openChange();
      await harness.fill(en.email.newAddress, 'new@');
      expect(harness.newEmailError).to.equal('');
      await harness.click(en.email.sendLink);
      expect(harness.newEmailError).to.equal(en.fields.invalid_email);
      await expectPartsDocumented(harness);
      await harness.fill(en.email.newAddress, 'new@example.com');
      expect(harness.newEmailError).to.equal('');
      expect(harness.newEmailInput.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  it('shows the backend’s refusal at the field, keeping the input', async () => {
    const adapter = backend();
    adapter.failNext('validation', {
      method: 'startEmailChange',
      fields: { email: { code: 'invalid_email' } },
    });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    await waitUntil(() => harness.newEmailError !== '', 'the refusal did not show');
    expect(harness.newEmailError).to.equal(en.fields.invalid_email);
    expect(harness.newEmailInput.value).to.equal('new@example.com');
    await harness.fill(en.email.newAddress, 'new@example.org');
    expect(harness.newEmailError, 'a new address clears the old refusal').to.equal('');
  });

  it('rate limited: says how long to wait and counts down on Send link', async () => {
    const adapter = backend({ now: clock.now });
    adapter.failNext('rate_limited', { method: 'startEmailChange', retryAfter: 20 });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    await waitUntil(() => harness.alert !== '', 'the wait was not said');
    expect(harness.alert).to.equal(en.errors.rate_limited(20));
    expect(harness.hasButton(en.common.tryAgainIn(20))).to.equal(true);
    expect(harness.newEmailInput.value).to.equal('new@example.com');
    await expectPartsDocumented(harness);

    clock.advance(20 * SECOND);
    await waitUntil(() => harness.hasButton(en.email.sendLink), 'the wait did not end', { timeout: 3000 });
    await harness.click(en.email.sendLink);
    await harness.waitForPending();
  });

  it('offline: says so, keeps the address, and sends once back online', async () => {
    const adapter = backend();
    const harness = await mount(EmailSettingsHarness, adapter);
    const backOnline = goOffline();
    try {
      adapter.failNext('network', { method: 'startEmailChange' });
      await harness.requestChange('new@example.com');
      await waitUntil(() => harness.alert !== '', 'the failure was not said');
      expect(harness.alert).to.equal(en.errors.offline);
      expect(harness.newEmailInput.value).to.equal('new@example.com');
      await expectPartsDocumented(harness);
    } finally {
      backOnline();
    }
    await harness.click(en.email.sendLink);
    await harness.waitForPending();
  });

  it('closing the identity check sends nothing and keeps the form', async () => {
    const adapter = new RecordingAdapter({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    await harness.requestChange('new@example.com');
    const dialog = await harness.waitForIdentityCheck();
    harness.button(en.common.cancel, dialog).click();
    await waitUntil(() => !harness.identityCheck?.open, 'the identity check stayed open');
    expect(harness.pending).to.equal(null);
    expect(harness.newEmailInput.value).to.equal('new@example.com');
    expect(harness.alert).to.equal('');
    expect((await adapter.getAccount()).pendingEmail).to.equal(null);
  });

  it('a member changes their own address too', async () => {
    const adapter = backend({ user: 'member', now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    expect(harness.currentEmail).to.equal('grace@example.com');
    await harness.requestChange('grace.hopper@example.com');
    await harness.waitForPending();
    expect((await adapter.getAccount()).pendingEmail).to.equal('grace.hopper@example.com');
  });

  it('keyboard only: open, type, send with Enter, then cancel the change', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(EmailSettingsHarness, adapter);
    harness.button(en.email.change).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepActiveElement() === harness.maybe('#new-email'),
      'focus did not go to the field',
    );
    await sendKeys({ type: 'new@example.com' });
    await sendKeys({ press: 'Enter' });
    const pending = await harness.waitForPending();
    await waitUntil(() => deepActiveElement() === pending, 'focus did not go to the pending change');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.resendButton);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.button(en.email.cancelChange));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.pending === null, 'the change was not cancelled');
    await waitUntil(() => deepActiveElement() === harness.button(en.email.change), 'focus was lost');
  });

  it('keyboard only: Escape closes the identity check', async () => {
    const harness = await mount(EmailSettingsHarness, new RecordingAdapter({ now: clock.now }));
    await harness.requestChange('new@example.com');
    await harness.waitForIdentityCheck();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !harness.identityCheck?.open, 'the identity check stayed open');
    expect(harness.newEmailInput.value).to.equal('new@example.com');
  });
});
