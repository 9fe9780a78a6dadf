/**
 * The contract's defences against a thief with a stolen session, run against every adapter like the
 * rest of the contract: guessing codes and passwords, SMS bombing, step-up, idempotency keys as a
 * side door, lost updates, and notices to the old contact points.
 */
import { expect } from '@open-wc/testing';
import type { AccountAdapter, OutboxMessage } from '../../src/api/index.js';
import {
  ATTEMPT_WINDOW_MS,
  DAILY_SEND_LIMIT,
  DEMO_PASSWORD,
  MAX_ATTEMPTS,
  RESEND_COOLDOWN_MS,
  STEP_UP_BY_DEFAULT,
  type MemoryAdapter,
} from '../../src/adapters/memory/index.js';
import { expectCode, failure, stepUp, type MakeSubject, type Subject } from './contract.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function lastOf(backend: MemoryAdapter, purpose: OutboxMessage['purpose']): OutboxMessage {
  const message = backend.lastMessage(purpose);
  expect(message, `a message for ${purpose} in the outbox`).to.exist;
  return message!;
}

function wrongCodeFor(right: string): string {
  return right === '000000' ? '111111' : '000000';
}

/** Changes the password through a reset, with the code from the outbox. */
async function resetPassword({ adapter, backend }: Subject, newPassword: string): Promise<void> {
  const sent = await adapter.startPasswordReset();
  const code = lastOf(backend, 'password_reset').secret;
  await adapter.completePasswordReset({ verificationId: sent.id, code, newPassword });
}

export function securityContract(name: string, make: MakeSubject): void {
  describe(`AccountAdapter contract, defences: ${name}`, () => {
    let subject: Subject;
    let adapter: AccountAdapter;
    beforeEach(async () => {
      subject = await make();
      adapter = subject.adapter;
    });

    describe('guessing codes and passwords', () => {
      it('counts wrong codes per account and purpose: starting over gives no fresh tries', async () => {
        const first = await adapter.startPasswordReset();
        const wrong = wrongCodeFor(lastOf(subject.backend, 'password_reset').secret);
        for (let i = 0; i < 3; i++) {
          await expectCode(
            adapter.completePasswordReset({
              verificationId: first.id,
              code: wrong,
              newPassword: 'a fine new one',
            }),
            'verification_failed',
          );
        }
        subject.clock.advance(RESEND_COOLDOWN_MS);
        const second = await adapter.startPasswordReset();
        expect(second.attemptsLeft).to.equal(MAX_ATTEMPTS - 3);
        const fresh = lastOf(subject.backend, 'password_reset').secret;
        const error = await expectCode(
          adapter.completePasswordReset({
            verificationId: second.id,
            code: wrongCodeFor(fresh),
            newPassword: 'a fine new one',
          }),
          'verification_failed',
        );
        expect(error.attemptsLeft).to.equal(MAX_ATTEMPTS - 4);
      });

      it('refuses to start again while the tries are used up, saying how long to wait', async () => {
        const sent = await adapter.startPasswordReset();
        const code = lastOf(subject.backend, 'password_reset').secret;
        for (let i = 0; i < MAX_ATTEMPTS; i++) {
          await failure(
            adapter.completePasswordReset({
              verificationId: sent.id,
              code: wrongCodeFor(code),
              newPassword: 'a fine new one',
            }),
          );
        }
        const spent = await expectCode(
          adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: 'a fine new one' }),
          'verification_failed',
        );
        expect(spent.attemptsLeft).to.equal(0);
        subject.clock.advance(RESEND_COOLDOWN_MS);
        const locked = await expectCode(adapter.startPasswordReset(), 'rate_limited');
        expect(locked.retryAfter).to.be.within(1, ATTEMPT_WINDOW_MS / 1000);
        subject.clock.advance(ATTEMPT_WINDOW_MS);
        expect((await adapter.startPasswordReset()).attemptsLeft).to.equal(MAX_ATTEMPTS);
      });

      it('limits sends: a cooldown on starting as on resending, and a daily cap', async () => {
        await adapter.startPasswordReset();
        const soon = await expectCode(adapter.startPasswordReset(), 'rate_limited');
        expect(soon.retryAfter).to.be.within(1, RESEND_COOLDOWN_MS / 1000);
        for (let sent = 1; sent < DAILY_SEND_LIMIT; sent++) {
          subject.clock.advance(RESEND_COOLDOWN_MS);
          await adapter.startPasswordReset();
        }
        subject.clock.advance(RESEND_COOLDOWN_MS);
        const capped = await expectCode(adapter.startPasswordReset(), 'rate_limited');
        expect(capped.retryAfter).to.be.greaterThan(RESEND_COOLDOWN_MS / 1000);
        const texts = subject.backend.outbox.filter((message) => message.purpose === 'password_reset');
        expect(texts).to.have.length(DAILY_SEND_LIMIT);
      });

      it('sends no more than the cap however often it is asked', async () => {
        for (let i = 0; i < 40; i++) {
          subject.clock.advance(RESEND_COOLDOWN_MS);
          await adapter.startPasswordReset().catch(() => undefined);
        }
        const texts = subject.backend.outbox.filter((message) => message.purpose === 'password_reset');
        expect(texts).to.have.length(DAILY_SEND_LIMIT);
      });

      it('counts wrong passwords in the identity check, says the tries left, then refuses even the right one', async () => {
        for (let left = MAX_ATTEMPTS - 1; left >= 0; left--) {
          const wrong = await expectCode(
            adapter.completeReverification({
              method: 'password',
              password: 'not it at all',
              operation: 'revealApiKey',
            }),
            'verification_failed',
          );
          expect(wrong.attemptsLeft).to.equal(left);
        }
        const locked = await expectCode(
          adapter.completeReverification({
            method: 'password',
            password: DEMO_PASSWORD,
            operation: 'revealApiKey',
          }),
          'rate_limited',
        );
        expect(locked.retryAfter).to.be.greaterThan(0);
        subject.clock.advance(ATTEMPT_WINDOW_MS);
        expect((await stepUp(adapter, 'revealApiKey')).reverificationToken).to.be.a('string');
      });
    });

    describe('step-up', () => {
      it('asks for a fresh identity check before each sensitive operation, naming it', async () => {
        const calls: Record<string, (options: object) => Promise<unknown>> = {
          revealApiKey: (options) => adapter.revealApiKey(options),
          regenerateApiKey: (options) => adapter.regenerateApiKey(options),
          startPhoneChange: (options) => adapter.startPhoneChange({ phone: '+14155550199' }, options),
          startEmailChange: (options) => adapter.startEmailChange('new.address@example.org', options),
          deleteAccount: (options) => adapter.deleteAccount('ada', options),
          startPasskeyRegistration: (options) => adapter.startPasskeyRegistration(options),
          removePasskey: (options) => adapter.removePasskey('pk_any', options),
          startTotpSetup: (options) => adapter.startTotpSetup(options),
          disableTotp: (options) => adapter.disableTotp(options),
          enableSmsTwoStep: (options) => adapter.enableSmsTwoStep(options),
          disableSmsTwoStep: (options) => adapter.disableSmsTwoStep(options),
          regenerateBackupCodes: (options) => adapter.regenerateBackupCodes(options),
          revokeSession: (options) => adapter.revokeSession('ses_any', options),
          revokeOtherSessions: (options) => adapter.revokeOtherSessions(options),
        };
        expect(Object.keys(calls)).to.have.members([...STEP_UP_BY_DEFAULT]);
        for (const [operation, call] of Object.entries(calls)) {
          const asked = await expectCode(call({}), 'reverification_required');
          expect(asked.operation, operation).to.equal(operation);
          expect(asked.reverificationMethods).to.include('password');
        }
        expect(subject.backend.outbox).to.have.length(0);
        expect((await adapter.getAccount()).username).to.equal('ada');
      });

      it('binds a token to its operation, and it works once', async () => {
        const forReveal = await stepUp(adapter, 'revealApiKey');
        await expectCode(adapter.regenerateApiKey(forReveal), 'reverification_required');
        expect((await adapter.revealApiKey(forReveal)).key).to.be.a('string');
        await expectCode(adapter.revealApiKey(forReveal), 'reverification_required');
      });

      it('lets a token lapse after five minutes', async () => {
        const options = await stepUp(adapter, 'revealApiKey');
        subject.clock.advance(5 * MINUTE);
        await expectCode(adapter.revealApiKey(options), 'reverification_required');
      });

      it('is turned off by an empty list', async () => {
        const open = await make({ reverify: [] });
        expect((await open.adapter.revealApiKey()).key).to.be.a('string');
      });
    });

    describe('changing the password with the current one', () => {
      it('changes it, and the new one is the one that works', async () => {
        await adapter.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'a brand new phrase' });
        await expectCode(
          adapter.completeReverification({
            method: 'password',
            password: DEMO_PASSWORD,
            operation: 'revealApiKey',
          }),
          'verification_failed',
        );
        const { token } = await adapter.completeReverification({
          method: 'password',
          password: 'a brand new phrase',
          operation: 'revealApiKey',
        });
        expect(token).to.be.a('string');
      });

      it('counts a wrong current password as a wrong identity check', async () => {
        const wrong = await expectCode(
          adapter.changePassword({ currentPassword: 'not it', newPassword: 'a brand new phrase' }),
          'verification_failed',
        );
        expect(wrong.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);
        const check = await expectCode(
          adapter.completeReverification({
            method: 'password',
            password: 'still not it',
            operation: 'revealApiKey',
          }),
          'verification_failed',
        );
        expect(check.attemptsLeft).to.equal(MAX_ATTEMPTS - 2);
      });

      it('refuses the current password, a common one, and one holding the username, at the new field', async () => {
        for (const [newPassword, code] of [
          [DEMO_PASSWORD, 'same_as_current'],
          ['password12', 'password_common'],
          ['Password1!', 'password_common'],
          ['my name is ada lovelace', 'password_contains_username'],
        ] as const) {
          const error = await expectCode(
            adapter.changePassword({ currentPassword: DEMO_PASSWORD, newPassword }),
            'validation',
          );
          expect(error.fields.newPassword?.code, newPassword).to.equal(code);
        }
      });
    });

    describe('idempotency keys', () => {
      it('replays a reveal only through the identity check, and holds no second use of the token', async () => {
        const options = { ...(await stepUp(adapter, 'revealApiKey')), idempotencyKey: 'key-reveal-1' };
        const first = await adapter.revealApiKey(options);
        await expectCode(adapter.revealApiKey({ idempotencyKey: 'key-reveal-1' }), 'reverification_required');
        expect((await adapter.revealApiKey(options)).key).to.equal(first.key);
        await expectCode(
          adapter.revealApiKey({
            reverificationToken: options.reverificationToken,
            idempotencyKey: 'another',
          }),
          'reverification_required',
        );
      });

      it('answers a replayed regeneration with the same key, until it is replaced', async () => {
        const options = { ...(await stepUp(adapter, 'regenerateApiKey')), idempotencyKey: 'key-regen-1' };
        const first = await adapter.regenerateApiKey(options);
        const again = await adapter.regenerateApiKey(options);
        expect(again.key).to.equal(first.key);
        expect((await adapter.getApiKey()).id).to.equal(first.info.id);
        await adapter.regenerateApiKey(await stepUp(adapter, 'regenerateApiKey'));
        await expectCode(adapter.regenerateApiKey(options), 'conflict');
      });

      it('refuses the same key with other input, with its own code', async () => {
        const first = await adapter.startCheckout('business', { idempotencyKey: 'key-checkout-0' });
        const reused = await expectCode(
          adapter.startCheckout('starter', { idempotencyKey: 'key-checkout-0' }),
          'idempotency_key_reused',
        );
        expect(reused.status ?? 422).to.equal(422);
        expect((await adapter.startCheckout('business', { idempotencyKey: 'key-checkout-0' })).url).to.equal(
          first.url,
        );
      });

      it('forgets a key after a day', async () => {
        await adapter.startCheckout('business', { idempotencyKey: 'key-checkout-1' });
        subject.clock.advance(24 * HOUR + MINUTE);
        expect((await adapter.startCheckout('starter', { idempotencyKey: 'key-checkout-1' })).url).to.contain(
          'starter',
        );
      });

      it('does not let a member replay into what only an admin may do', async () => {
        const member = await make({ user: 'member' });
        await expectCode(member.adapter.startCheckout('business', { idempotencyKey: 'k' }), 'forbidden');
        await expectCode(member.adapter.startCheckout('business', { idempotencyKey: 'k' }), 'forbidden');
      });
    });

    describe('lost updates', () => {
      it('refuses an update made without reading what it changes', async () => {
        await expectCode(adapter.updateProfile({ name: 'Blind Write' }), 'precondition_required');
        await expectCode(adapter.updateNotificationSettings({ missedCalls: false }), 'precondition_required');
        expect((await adapter.getAccount()).name).to.not.equal('Blind Write');
      });

      it('refuses an update of an older version, and takes the next one after a conflict', async () => {
        await adapter.getAccount();
        const seen = subject.backend.etag('/account');
        await subject.backend.updateProfile({ name: 'Changed Elsewhere' }, { ifMatch: seen });
        await expectCode(adapter.updateProfile({ name: 'Mine' }, { ifMatch: seen }), 'conflict');
        expect((await adapter.updateProfile({ name: 'Mine' })).name).to.equal('Mine');
      });
    });

    describe('the old contact hears of a change', () => {
      it('tells the address on file when the password is reset or changed', async () => {
        const email = (await adapter.getAccount()).email;
        await resetPassword(subject, 'a fine new one');
        expect(lastOf(subject.backend, 'password_changed')).to.include({ channel: 'email', to: email });
        await adapter.changePassword({ currentPassword: 'a fine new one', newPassword: 'and another one' });
        const notices = subject.backend.outbox.filter((message) => message.purpose === 'password_changed');
        expect(notices).to.have.length(2);
        expect(notices.every((notice) => notice.secret === '')).to.equal(true);
      });

      it('tells the old number when the cell number changes', async () => {
        const before = (await adapter.getAccount()).phone;
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const code = lastOf(subject.backend, 'phone_change').secret;
        await adapter.confirmPhoneChange({ verificationId: sent.id, code });
        expect(lastOf(subject.backend, 'phone_changed')).to.include({ channel: 'sms', to: before });
      });

      it('tells the old address when the email changes', async () => {
        const before = (await adapter.getAccount()).email;
        await adapter.startEmailChange('new.address@example.org', await stepUp(adapter, 'startEmailChange'));
        await adapter.confirmEmailChange(lastOf(subject.backend, 'email_change').secret);
        expect(lastOf(subject.backend, 'email_changed')).to.include({ channel: 'email', to: before });
      });
    });

    describe('an address in use', () => {
      it('gives the same answer as any other, and its owner a notice instead of a link', async () => {
        const taken = await adapter.startEmailChange(
          'grace@example.com',
          await stepUp(adapter, 'startEmailChange'),
        );
        subject.clock.advance(RESEND_COOLDOWN_MS);
        const free = await adapter.startEmailChange(
          'free.one@example.org',
          await stepUp(adapter, 'startEmailChange'),
        );
        expect(Object.keys(taken)).to.deep.equal(Object.keys(free));
        expect(taken.sentTo).to.match(/@example\.com$/);
        const toGrace = subject.backend.outbox.filter((message) => message.to === 'grace@example.com');
        expect(toGrace.map((message) => message.purpose)).to.deep.equal(['email_in_use']);
        expect(toGrace[0]!.secret).to.equal('');
      });

      it('checks again when the link is followed', async () => {
        await adapter.startEmailChange('shared@example.org', await stepUp(adapter, 'startEmailChange'));
        const adasLink = lastOf(subject.backend, 'email_change').secret;
        // Meanwhile the member takes the same address.
        subject.backend.signInAs('member');
        await adapter.startEmailChange('shared@example.org', await stepUp(adapter, 'startEmailChange'));
        await adapter.confirmEmailChange(lastOf(subject.backend, 'email_change').secret);
        subject.backend.signInAs('admin');
        const error = await expectCode(adapter.confirmEmailChange(adasLink), 'validation');
        expect(error.fields.email?.code).to.equal('email_taken');
        const ada = await adapter.getAccount();
        expect(ada.email).to.equal('ada@example.com');
        expect(ada.pendingEmail).to.equal(null);
      });
    });
  });
}
