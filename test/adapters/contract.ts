/**
 * The adapter contract, written once and run against every adapter: `MemoryAdapter` directly, and
 * `RestAdapter` through the mock API over real `fetch`. Same bodies, same assertions.
 */
import { expect } from '@open-wc/testing';
import {
  AccountError,
  account as accountSchema,
  verification as verificationSchema,
  type AccountAdapter,
  type AccountErrorCode,
  type CallOptions,
  type VerificationPurpose,
} from '../../src/api/index.js';
import {
  DEMO_PASSWORD,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../../src/adapters/memory/index.js';
import { pngBlob } from '../support/images.js';

export interface Clock {
  now: number;
  advance(ms: number): void;
}

export interface Subject {
  adapter: AccountAdapter;
  /** The memory backend behind it: its outbox and clock stand in for a phone and a mailbox. */
  backend: MemoryAdapter;
  clock: Clock;
}

export type MakeSubject = (options?: Partial<MemoryAdapterOptions>) => Promise<Subject>;

/** Resolves with the AccountError a call rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<AccountError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(AccountError);
    return error as AccountError;
  }
  expect.fail('expected the call to fail');
}

export async function expectCode(promise: Promise<unknown>, code: AccountErrorCode): Promise<AccountError> {
  const error = await failure(promise);
  expect(error.code, error.message).to.equal(code);
  return error;
}

function secretOf(backend: MemoryAdapter, purpose: VerificationPurpose): string {
  const message = backend.lastMessage(purpose);
  expect(message, `a message for ${purpose} in the outbox`).to.exist;
  return message!.secret;
}

const MINUTE = 60_000;

/** A fresh identity check by password for one operation: the options that carry its token. */
export async function stepUp(adapter: AccountAdapter, operation: string): Promise<CallOptions> {
  const { token } = await adapter.completeReverification({
    method: 'password',
    password: DEMO_PASSWORD,
    operation,
  });
  return { reverificationToken: token };
}

/** A clock the test moves by hand, so nobody waits ten minutes for a code to expire. */
export function makeClock(start = '2026-11-27T10:00:00Z'): Clock {
  return {
    now: Date.parse(start),
    advance(ms) {
      this.now += ms;
    },
  };
}

export function contractSuite(name: string, make: MakeSubject): void {
  describe(`AccountAdapter contract: ${name}`, () => {
    let subject: Subject;
    let adapter: AccountAdapter;
    beforeEach(async () => {
      subject = await make();
      adapter = subject.adapter;
    });

    describe('account and profile', () => {
      it('getAccount returns the signed-in admin, fitting the schema', async () => {
        const account = await adapter.getAccount();
        expect(accountSchema.safeParse(account).success).to.equal(true);
        expect(account.role).to.equal('admin');
      });

      it('getAccount returns the member when the member is signed in', async () => {
        const member = await make({ user: 'member' });
        expect((await member.adapter.getAccount()).role).to.equal('member');
      });

      it('updateProfile saves a trimmed name and a new username', async () => {
        await adapter.getAccount();
        const saved = await adapter.updateProfile({ name: '  Ada King  ', username: 'ada.king' });
        expect(saved.name).to.equal('Ada King');
        expect(saved.username).to.equal('ada.king');
        expect((await adapter.getAccount()).username).to.equal('ada.king');
      });

      it('updateProfile rejects bad input with field errors', async () => {
        await adapter.getAccount();
        const error = await expectCode(adapter.updateProfile({ name: ' ', username: '1x' }), 'validation');
        expect(error.fields.name?.code).to.equal('required');
        expect(error.fields.username).to.exist;
      });

      it('updateProfile refuses a username someone else has', async () => {
        await adapter.getAccount();
        const error = await expectCode(adapter.updateProfile({ username: 'grace' }), 'validation');
        expect(error.fields.username?.code).to.equal('username_taken');
      });

      it('checkUsername tells free, taken, reserved, badly formed and one’s own', async () => {
        expect((await adapter.checkUsername('brand.new')).available).to.equal(true);
        const taken = await adapter.checkUsername('Grace');
        expect(taken).to.include({ available: false, reason: 'username_taken' });
        expect(await adapter.checkUsername('admin')).to.include({
          available: false,
          reason: 'username_reserved',
        });
        expect((await adapter.checkUsername('a')).available).to.equal(false);
        const own = (await adapter.getAccount()).username;
        expect((await adapter.checkUsername(own)).available).to.equal(true);
      });

      it('uploadAvatar stores a real image and removeAvatar clears it', async () => {
        const withPicture = await adapter.uploadAvatar(await pngBlob(8, 8));
        expect(withPicture.avatarUrl).to.be.a('string').and.not.empty;
        const without = await adapter.removeAvatar();
        expect(without.avatarUrl).to.equal(null);
      });

      it('uploadAvatar judges the file by its content, not its type', async () => {
        const current = (await adapter.uploadAvatar(await pngBlob(8, 8))).avatarUrl;
        const fake = new Blob(['this is text, not a picture'], { type: 'image/png' });
        const error = await expectCode(adapter.uploadAvatar(fake), 'validation');
        expect(error.fields.avatar?.code).to.equal('invalid_format');
        expect((await adapter.getAccount()).avatarUrl).to.equal(current);
      });
    });

    describe('personal cell number', () => {
      it('sends an SMS code and changes the number once it is confirmed', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        expect(verificationSchema.safeParse(sent).success).to.equal(true);
        expect(sent).to.include({ channel: 'sms', purpose: 'phone_change', attemptsLeft: 5 });
        expect(sent.sentTo).to.not.include('4155550199');
        const code = secretOf(subject.backend, 'phone_change');
        expect(code).to.match(/^\d{6}$/);
        const account = await adapter.confirmPhoneChange({ verificationId: sent.id, code });
        expect(account.phone).to.equal('+14155550199');
      });

      it('rejects a number that is not E.164, and the current number', async () => {
        const bad = await expectCode(
          adapter.startPhoneChange({ phone: '555-0199' }, await stepUp(adapter, 'startPhoneChange')),
          'validation',
        );
        expect(bad.fields.phone?.code).to.equal('invalid_phone');
        const current = (await adapter.getAccount()).phone!;
        const same = await expectCode(
          adapter.startPhoneChange({ phone: current }, await stepUp(adapter, 'startPhoneChange')),
          'validation',
        );
        expect(same.fields.phone?.code).to.equal('same_as_current');
      });

      it('counts wrong codes down and stops at none left', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const right = secretOf(subject.backend, 'phone_change');
        const wrong = right === '000000' ? '111111' : '000000';
        const first = await expectCode(
          adapter.confirmPhoneChange({ verificationId: sent.id, code: wrong }),
          'verification_failed',
        );
        expect(first.attemptsLeft).to.equal(4);
        for (let i = 0; i < 4; i++) {
          await expectCode(
            adapter.confirmPhoneChange({ verificationId: sent.id, code: wrong }),
            'verification_failed',
          );
        }
        const spent = await expectCode(
          adapter.confirmPhoneChange({ verificationId: sent.id, code: right }),
          'verification_failed',
        );
        expect(spent.attemptsLeft).to.equal(0);
      });

      it('refuses a code after ten minutes', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const code = secretOf(subject.backend, 'phone_change');
        subject.clock.advance(10 * MINUTE + 1000);
        await expectCode(
          adapter.confirmPhoneChange({ verificationId: sent.id, code }),
          'verification_expired',
        );
      });

      it('a code works once', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const code = secretOf(subject.backend, 'phone_change');
        await adapter.confirmPhoneChange({ verificationId: sent.id, code });
        await failure(adapter.confirmPhoneChange({ verificationId: sent.id, code }));
      });

      it('refuses a resend before the cooldown, with the wait', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const error = await expectCode(adapter.resendVerification(sent.id), 'rate_limited');
        expect(error.retryAfter).to.be.greaterThan(0);
      });

      it('a resend replaces the code but keeps the failures counted', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const old = secretOf(subject.backend, 'phone_change');
        const wrong = old === '000000' ? '111111' : '000000';
        await expectCode(
          adapter.confirmPhoneChange({ verificationId: sent.id, code: wrong }),
          'verification_failed',
        );
        subject.clock.advance(MINUTE);
        const again = await adapter.resendVerification(sent.id);
        expect(again.attemptsLeft).to.equal(4);
        const fresh = secretOf(subject.backend, 'phone_change');
        if (fresh !== old) {
          await expectCode(
            adapter.confirmPhoneChange({ verificationId: sent.id, code: old }),
            'verification_failed',
          );
        }
        const account = await adapter.confirmPhoneChange({ verificationId: sent.id, code: fresh });
        expect(account.phone).to.equal('+14155550199');
      });

      it('an unknown verification is not found', async () => {
        await expectCode(adapter.resendVerification('no-such-verification'), 'not_found');
      });
    });

    describe('password', () => {
      it('resets the password with the SMS code sent to the cell on file', async () => {
        const sent = await adapter.startPasswordReset();
        expect(sent).to.include({ channel: 'sms', purpose: 'password_reset' });
        const code = secretOf(subject.backend, 'password_reset');
        await adapter.completePasswordReset({
          verificationId: sent.id,
          code,
          newPassword: 'a much better 1',
        });
        const token = await adapter.completeReverification({
          method: 'password',
          password: 'a much better 1',
        });
        expect(token.token).to.be.a('string').and.not.empty;
      });

      it('rejects a weak new password at its field', async () => {
        const sent = await adapter.startPasswordReset();
        const code = secretOf(subject.backend, 'password_reset');
        const error = await expectCode(
          adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: 'short' }),
          'validation',
        );
        expect(error.fields.newPassword).to.exist;
      });
    });

    describe('email', () => {
      it('keeps a new address pending until its link is followed', async () => {
        const before = await adapter.getAccount();
        const sent = await adapter.startEmailChange(
          'new.address@example.org',
          await stepUp(adapter, 'startEmailChange'),
        );
        expect(sent).to.include({ channel: 'email', purpose: 'email_change' });
        const pending = await adapter.getAccount();
        expect(pending.email).to.equal(before.email);
        expect(pending.pendingEmail).to.equal('new.address@example.org');
        const after = await adapter.confirmEmailChange(secretOf(subject.backend, 'email_change'));
        expect(after.email).to.equal('new.address@example.org');
        expect(after.pendingEmail).to.equal(null);
      });

      it('cancels a pending change', async () => {
        await adapter.startEmailChange('new.address@example.org', await stepUp(adapter, 'startEmailChange'));
        const account = await adapter.cancelEmailChange();
        expect(account.pendingEmail).to.equal(null);
      });

      it('rejects a malformed address at its field', async () => {
        const error = await expectCode(
          adapter.startEmailChange('not an email', await stepUp(adapter, 'startEmailChange')),
          'validation',
        );
        expect(error.fields.email?.code).to.equal('invalid_email');
      });

      it('refuses an unknown or replaced link', async () => {
        await adapter.startEmailChange('new.address@example.org', await stepUp(adapter, 'startEmailChange'));
        await expectCode(adapter.confirmEmailChange('not-a-real-token'), 'not_found');
        expect((await adapter.getAccount()).pendingEmail).to.equal('new.address@example.org');
      });

      it('rejects notification settings that are not on or off', async () => {
        await adapter.getNotificationSettings();
        const bad = { missedCalls: 'yes' } as unknown as { missedCalls: boolean };
        const error = await expectCode(adapter.updateNotificationSettings(bad), 'validation');
        expect(error.fields.missedCalls).to.exist;
      });

      it('reads and updates notification settings', async () => {
        const settings = await adapter.getNotificationSettings();
        const updated = await adapter.updateNotificationSettings({ missedCalls: !settings.missedCalls });
        expect(updated.missedCalls).to.equal(!settings.missedCalls);
        expect(updated.voicemails).to.equal(settings.voicemails);
        expect((await adapter.getNotificationSettings()).missedCalls).to.equal(!settings.missedCalls);
      });
    });

    describe('plan', () => {
      it('reads the plan with its usage and the plans to move to', async () => {
        const plan = await adapter.getPlan();
        for (const kind of ['minutes', 'messages', 'groups', 'apiRequests'] as const) {
          expect(plan.usage[kind].used).to.be.a('number');
        }
        const options = await adapter.listPlans();
        expect(options.filter((option) => option.current)).to.have.length(1);
      });

      it('starts a checkout for another plan; not for an unknown one', async () => {
        const target = (await adapter.listPlans()).find((option) => !option.current && !option.contactSales)!;
        const checkout = await adapter.startCheckout(target.id);
        expect(checkout.url).to.match(/^https:\/\//);
        await expectCode(adapter.startCheckout('no-such-plan'), 'not_found');
      });

      it('does not let a member buy', async () => {
        const member = await make({ user: 'member' });
        const target = (await member.adapter.listPlans()).find((option) => !option.current)!;
        await expectCode(member.adapter.startCheckout(target.id), 'forbidden');
      });
    });

    describe('voice and message settings', () => {
      it('saves voice settings and rejects a bad forwarding number at its field', async () => {
        const voice = await adapter.getVoiceSettings();
        const saved = await adapter.updateVoiceSettings({
          ...voice,
          forwarding: { enabled: true, number: '+14155550111' },
        });
        expect(saved.forwarding).to.deep.equal({ enabled: true, number: '+14155550111' });
        const error = await expectCode(
          adapter.updateVoiceSettings({ ...voice, forwarding: { enabled: true, number: 'call me' } }),
          'validation',
        );
        expect(error.fields['forwarding.number']).to.exist;
      });

      it('rejects business hours that are not HH:MM at their field', async () => {
        const voice = await adapter.getVoiceSettings();
        const days = [{ day: 1, open: '9am', close: '17:00' }];
        const error = await expectCode(
          adapter.updateVoiceSettings({ ...voice, hours: { ...voice.hours, days } }),
          'validation',
        );
        expect(error.fields['hours.days.0.open']?.code).to.equal('invalid_time');
      });

      it('saves message settings and rejects an over-long signature', async () => {
        const messages = await adapter.getMessageSettings();
        const saved = await adapter.updateMessageSettings({ ...messages, signature: '— Ada' });
        expect(saved.signature).to.equal('— Ada');
        const error = await expectCode(
          adapter.updateMessageSettings({ ...messages, signature: 'x'.repeat(161) }),
          'validation',
        );
        expect(error.fields.signature?.code).to.equal('too_long');
      });
    });

    describe('API key', () => {
      it('shows the key masked, reveals it, and regenerates a different one', async () => {
        const info = await adapter.getApiKey();
        expect(info.masked).to.be.a('string').and.not.empty;
        const revealed = await adapter.revealApiKey(await stepUp(adapter, 'revealApiKey'));
        expect(revealed.key.length).to.be.greaterThan(info.masked.length - 10);
        const fresh = await adapter.regenerateApiKey(await stepUp(adapter, 'regenerateApiKey'));
        expect(fresh.key).to.not.equal(revealed.key);
        expect((await adapter.getApiKey()).id).to.equal(fresh.info.id);
      });

      it('does not let a member reveal or regenerate it', async () => {
        const member = await make({ user: 'member' });
        await expectCode(member.adapter.revealApiKey(), 'forbidden');
        await expectCode(member.adapter.regenerateApiKey(), 'forbidden');
      });
    });

    describe('account deletion', () => {
      it('is refused to a member', async () => {
        const member = await make({ user: 'member' });
        const username = (await member.adapter.getAccount()).username;
        await expectCode(member.adapter.deleteAccount(username), 'forbidden');
      });

      it('needs the username typed exactly', async () => {
        const error = await expectCode(
          adapter.deleteAccount('not-my-name', await stepUp(adapter, 'deleteAccount')),
          'validation',
        );
        expect(error.fields.confirmation?.code).to.equal('confirmation_mismatch');
      });

      it('deletes the account, after which the session is gone', async () => {
        const username = (await adapter.getAccount()).username;
        await adapter.deleteAccount(username, await stepUp(adapter, 'deleteAccount'));
        await expectCode(adapter.getAccount(), 'unauthorized');
      });
    });

    describe('reverification', () => {
      it('asks for a fresh proof, then accepts the replay with its token once', async () => {
        const guarded = await make({ reverify: ['regenerateApiKey'] });
        const asked = await expectCode(guarded.adapter.regenerateApiKey(), 'reverification_required');
        expect(asked.reverificationMethods).to.include('password');
        await expectCode(
          guarded.adapter.completeReverification({ method: 'password', password: 'wrong' }),
          'verification_failed',
        );
        const { token } = await guarded.adapter.completeReverification({
          method: 'password',
          password: DEMO_PASSWORD,
          operation: asked.operation,
        });
        expect(asked.operation).to.equal('regenerateApiKey');
        const fresh = await guarded.adapter.regenerateApiKey({ reverificationToken: token });
        expect(fresh.key).to.be.a('string');
        await expectCode(
          guarded.adapter.regenerateApiKey({ reverificationToken: token }),
          'reverification_required',
        );
      });

      it('accepts an SMS code as the proof', async () => {
        const guarded = await make({ reverify: ['revealApiKey'] });
        const sent = await guarded.adapter.startReverification();
        expect(sent.purpose).to.equal('reverification');
        const code = secretOf(guarded.backend, 'reverification');
        const { token } = await guarded.adapter.completeReverification({
          method: 'sms',
          verificationId: sent.id,
          code,
          operation: 'revealApiKey',
        });
        expect((await guarded.adapter.revealApiKey({ reverificationToken: token })).key).to.be.a('string');
      });
    });

    describe('faults', () => {
      it('passes an injected failure through as its code', async () => {
        subject.backend.failNext('unsupported', { method: 'getVoiceSettings' });
        await expectCode(adapter.getVoiceSettings(), 'unsupported');
        expect(await adapter.getVoiceSettings()).to.exist;
      });

      it('rejects with the abort reason when the signal is already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        try {
          await adapter.getAccount({ signal: controller.signal });
          expect.fail('should reject');
        } catch (error) {
          expect((error as DOMException).name).to.equal('AbortError');
        }
      });
    });
  });
}
