/**
 * An attacker holding a session, against every adapter: the same steps against `MemoryAdapter`
 * directly and against the mock API over HTTP. Requests that would race are sent at once with
 * `Promise.all`, as a script would, never one after the other.
 */
import { expect } from '@open-wc/testing';
import {
  AccountError,
  HEADERS,
  newIdempotencyKey,
  type AccountAdapter,
  type AccountErrorCode,
  type OutboxMessage,
} from '../../src/api/index.js';
import {
  DEMO_PASSWORD,
  MAX_ATTEMPTS,
  USERNAME_CHECK_LIMIT,
  USERNAME_CHECK_WINDOW_MS,
  type MemoryAdapter,
} from '../../src/adapters/memory/index.js';
import { expectCode, stepUp, type MakeSubject, type Subject } from './contract.js';

/** What each of many parallel calls came to: `ok`, or the code it failed with. */
async function outcomes(calls: readonly Promise<unknown>[]): Promise<(AccountErrorCode | 'ok')[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((result) => {
    if (result.status === 'fulfilled') return 'ok';
    expect(result.reason, String(result.reason)).to.be.instanceOf(AccountError);
    return (result.reason as AccountError).code;
  });
}

function tally(results: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) counts[result] = (counts[result] ?? 0) + 1;
  return counts;
}

function lastSecret(backend: MemoryAdapter, purpose: OutboxMessage['purpose']): string {
  const message = backend.lastMessage(purpose);
  expect(message, `a message for ${purpose}`).to.exist;
  return message!.secret;
}

function wrongCodeFor(right: string): string {
  return right === '000000' ? '111111' : '000000';
}

/** `count` passwords that are not the demo one. */
function wrongPasswords(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `not the password ${index}`);
}

export function attacksContract(name: string, make: MakeSubject, http?: { baseUrl: string }): void {
  describe(`AccountAdapter contract, an attacker's steps: ${name}`, () => {
    let subject: Subject;
    let adapter: AccountAdapter;
    beforeEach(async () => {
      subject = await make();
      adapter = subject.adapter;
    });

    describe('the password reset says nothing of the current password before the code', () => {
      it('answers a wrong code as wrong, whatever the new password, and counts the try', async () => {
        const sent = await adapter.startPasswordReset();
        const wrong = wrongCodeFor(lastSecret(subject.backend, 'password_reset'));
        const guesses = [...wrongPasswords(MAX_ATTEMPTS - 2), DEMO_PASSWORD];
        const left: number[] = [];
        for (const newPassword of guesses) {
          const error = await expectCode(
            adapter.completePasswordReset({ verificationId: sent.id, code: wrong, newPassword }),
            'verification_failed',
          );
          expect(error.fields.newPassword, 'nothing said about the password').to.equal(undefined);
          left.push(error.attemptsLeft!);
        }
        expect(left).to.deep.equal([4, 3, 2, 1].slice(0, guesses.length));
      });

      it('checks the new password once the code is right, and keeps the code for a better one', async () => {
        const sent = await adapter.startPasswordReset();
        const code = lastSecret(subject.backend, 'password_reset');
        const same = await expectCode(
          adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: DEMO_PASSWORD }),
          'validation',
        );
        expect(same.fields.newPassword?.code).to.equal('same_as_current');
        const common = await expectCode(
          adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: 'password12' }),
          'validation',
        );
        expect(common.fields.newPassword?.code).to.equal('password_common');
        await adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: 'a fine new one' });
        await expectCode(
          adapter.completePasswordReset({ verificationId: sent.id, code, newPassword: 'and another one' }),
          'not_found',
        );
      });

      it('uses a right code once, however many requests carry it at once', async () => {
        const sent = await adapter.startPasswordReset();
        const code = lastSecret(subject.backend, 'password_reset');
        const results = await outcomes(
          ['first choice phrase', 'second choice phrase', 'third choice phrase'].map((newPassword) =>
            adapter.completePasswordReset({ verificationId: sent.id, code, newPassword }),
          ),
        );
        expect(tally(results)).to.deep.equal({ ok: 1, not_found: 2 });
      });
    });

    describe('the tries are counted before the check, so parallel guesses cannot pass the limit', () => {
      it('checks no more than the limit of passwords sent at once to the identity check', async () => {
        const proofs = [...wrongPasswords(40), DEMO_PASSWORD].map((password) =>
          adapter.completeReverification({ method: 'password', password, operation: 'revealApiKey' }),
        );
        const counts = tally(await outcomes(proofs));
        expect(counts.verification_failed ?? 0).to.equal(MAX_ATTEMPTS);
        expect(counts.ok, 'the right one, sent after the limit, is not checked').to.equal(undefined);
        expect(counts.rate_limited).to.equal(41 - MAX_ATTEMPTS);
      });

      it('checks no more than the limit of current passwords sent at once to a change', async () => {
        const changes = [...wrongPasswords(20), DEMO_PASSWORD].map((currentPassword) =>
          adapter.changePassword({ currentPassword, newPassword: 'a brand new phrase' }),
        );
        const counts = tally(await outcomes(changes));
        expect(counts.verification_failed ?? 0).to.equal(MAX_ATTEMPTS);
        expect(counts.ok).to.equal(undefined);
        await expectCode(
          adapter.completeReverification({
            method: 'password',
            password: 'a brand new phrase',
            operation: 'revealApiKey',
          }),
          'rate_limited',
        );
      });

      it('checks no more than the limit of codes sent at once', async () => {
        const sent = await adapter.startPhoneChange(
          { phone: '+14155550199' },
          await stepUp(adapter, 'startPhoneChange'),
        );
        const right = lastSecret(subject.backend, 'phone_change');
        const guesses = Array.from({ length: 20 }, (_, index) => String(index).padStart(6, '9'));
        const codes = [...guesses.filter((code) => code !== right), right];
        const counts = tally(
          await outcomes(codes.map((code) => adapter.confirmPhoneChange({ verificationId: sent.id, code }))),
        );
        expect(counts.verification_failed).to.equal(codes.length);
        expect(counts.ok).to.equal(undefined);
        expect((await adapter.getAccount()).phone).to.not.equal('+14155550199');
      });
    });

    describe('an identity-check token opens one call, once', () => {
      it('opens one of several calls sent at once with it', async () => {
        const { reverificationToken } = await stepUp(adapter, 'regenerateApiKey');
        const before = await adapter.getApiKey();
        const settled = await Promise.allSettled(
          Array.from({ length: 5 }, () => adapter.regenerateApiKey({ reverificationToken })),
        );
        const made = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value.key] : []));
        expect(made).to.have.length(1);
        const refused = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
        expect(refused.map((error: AccountError) => error.code)).to.deep.equal(
          Array(4).fill('reverification_required'),
        );
        const after = await adapter.getApiKey();
        expect(after.id).to.not.equal(before.id);
        expect(after.masked.slice(-4)).to.equal(made[0]!.slice(-4));
      });

      it('opens nothing again once spent, whatever idempotency key comes with it', async () => {
        const { reverificationToken } = await stepUp(adapter, 'revealApiKey');
        // Called directly, this request has no idempotency key; over HTTP, RestAdapter adds one.
        await adapter.revealApiKey({ reverificationToken });
        for (const idempotencyKey of ['spent', 'null', '', newIdempotencyKey()]) {
          await expectCode(
            adapter.revealApiKey({ reverificationToken, idempotencyKey }),
            'reverification_required',
          );
        }
      });

      it('comes back unused when the call it opened was refused for its input', async () => {
        const options = await stepUp(adapter, 'deleteAccount');
        await expectCode(adapter.deleteAccount('not the username', options), 'validation');
        await adapter.deleteAccount('ada', options);
        await expectCode(adapter.getAccount(), 'unauthorized');
      });
    });

    describe('an idempotency key runs its request once', () => {
      it('sends one code for requests sent at once with one key, the others told it is in use', async () => {
        const options = {
          ...(await stepUp(adapter, 'startPhoneChange')),
          idempotencyKey: newIdempotencyKey(),
        };
        const results = await outcomes(
          Array.from({ length: 5 }, () => adapter.startPhoneChange({ phone: '+14155550199' }, options)),
        );
        expect(results.filter((result) => result === 'ok')).to.have.length.within(1, 5);
        expect(results.filter((result) => result !== 'ok')).to.satisfy((codes: string[]) =>
          codes.every((code) => code === 'idempotency_key_in_use'),
        );
        const texts = subject.backend.outbox.filter((message) => message.purpose === 'phone_change');
        expect(texts).to.have.length(1);
      });

      it('makes one key for regenerations sent at once with one key and one token', async () => {
        const options = {
          ...(await stepUp(adapter, 'regenerateApiKey')),
          idempotencyKey: newIdempotencyKey(),
        };
        const settled = await Promise.allSettled(
          Array.from({ length: 5 }, () => adapter.regenerateApiKey(options)),
        );
        const keys = new Set(
          settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value.key] : [])),
        );
        expect(keys.size).to.equal(1);
        for (const result of settled) {
          if (result.status === 'rejected')
            expect((result.reason as AccountError).code).to.equal('idempotency_key_in_use');
        }
        // Once the first has answered, the same request is answered again with what it made.
        expect((await adapter.regenerateApiKey(options)).key).to.equal([...keys][0]);
      });
    });

    describe('username availability is limited', () => {
      it('answers the limit of checks sent at once and refuses the rest with a wait', async () => {
        const names = Array.from({ length: USERNAME_CHECK_LIMIT + 10 }, (_, index) => `probe.${index}`);
        const settled = await Promise.allSettled(names.map((name) => adapter.checkUsername(name)));
        const answered = settled.filter((result) => result.status === 'fulfilled');
        expect(answered).to.have.length(USERNAME_CHECK_LIMIT);
        const refused = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
        expect(refused).to.have.length(10);
        for (const error of refused as AccountError[]) {
          expect(error.code).to.equal('rate_limited');
          expect(error.retryAfter).to.be.within(1, USERNAME_CHECK_WINDOW_MS / 1000);
        }
        subject.clock.advance(USERNAME_CHECK_WINDOW_MS);
        expect((await adapter.checkUsername('grace')).available).to.equal(false);
      });
    });

    if (http) {
      describe('over HTTP, where a request may leave out what RestAdapter always sends', () => {
        const post = (path: string, headers: Record<string, string>, body?: string) =>
          fetch(`${http.baseUrl}${path}`, { method: 'POST', headers, body });

        it('never reopens a spent token for a request that came without an idempotency key', async () => {
          const { reverificationToken } = await stepUp(adapter, 'revealApiKey');
          const token = { [HEADERS.reverificationToken]: reverificationToken! };
          expect((await post('/api-key/reveal', token)).status).to.equal(200);
          for (const key of ['spent', 'null', newIdempotencyKey()]) {
            const again = await post('/api-key/reveal', { ...token, [HEADERS.idempotencyKey]: key });
            expect(again.status, key).to.equal(403);
            expect(((await again.json()) as { code: string }).code).to.equal('reverification_required');
          }
        });

        it('refuses a write whose body is a form type, before it does anything', async () => {
          for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
            const answer = await post(
              '/reverifications',
              { 'Content-Type': type },
              JSON.stringify({ method: 'password', password: 'a guess', operation: 'revealApiKey' }),
            );
            expect(answer.status, type).to.equal(415);
          }
          const untyped = await fetch(`${http.baseUrl}/reverifications`, {
            method: 'POST',
            body: new Blob([
              JSON.stringify({ method: 'password', password: 'a guess', operation: 'revealApiKey' }),
            ]),
          });
          expect(untyped.status, 'a body with no type at all').to.equal(415);
          const started = await post('/account/password/reset-codes', { 'Content-Type': 'text/plain' }, '');
          expect(started.status).to.equal(415);
          expect(subject.backend.outbox).to.have.length(0);
          const proof = await adapter
            .completeReverification({
              method: 'password',
              password: 'still a guess',
              operation: 'revealApiKey',
            })
            .catch((error: AccountError) => error);
          expect((proof as AccountError).attemptsLeft, 'no try was used by the refused ones').to.equal(
            MAX_ATTEMPTS - 1,
          );
        });
      });
    }
  });
}
