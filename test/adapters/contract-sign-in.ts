/**
 * Sign-in security against every adapter: passkeys (made by a software authenticator, checked for
 * real), two-step verification with codes computed at the test clock, and the signed-in sessions.
 */
import { expect } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import {
  BACKUP_CODE_COUNT,
  passkey as passkeySchema,
  passkeyRegistration as registrationSchema,
  session as sessionSchema,
  totpSetup as totpSetupSchema,
  twoStep as twoStepSchema,
  type AccountAdapter,
  type AccountError,
  type AccountErrorCode,
  type TotpSetup,
  type TwoStep,
} from '../../src/api/index.js';
import {
  ATTEMPT_WINDOW_MS,
  MAX_ATTEMPTS,
  PASSKEY_REGISTRATION_TTL_MS,
  TOTP_SETUP_TTL_MS,
} from '../../src/adapters/memory/index.js';
import { createSoftwarePasskey } from '../../src/cli/verify/authenticator.js';
import { expectCode, stepUp, type MakeSubject, type Subject } from './contract.js';

const STEP_MS = 30_000;
const ICLOUD_KEYCHAIN = 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd';

/** The code an authenticator app shows for `secret` at `time`. */
function codeAt(secret: string, time: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: time });
}

/** A code that is none of the window's. */
function wrongCodeAt(secret: string, time: number): string {
  const near = [-1, 0, 1].map((step) => codeAt(secret, time + step * STEP_MS));
  return ['000000', '111111', '222222', '333333'].find((code) => !near.includes(code))!;
}

async function outcomes(calls: readonly Promise<unknown>[]): Promise<(AccountErrorCode | 'ok')[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((result) =>
    result.status === 'fulfilled' ? 'ok' : (result.reason as AccountError).code,
  );
}

export function signInContract(name: string, make: MakeSubject): void {
  describe(`AccountAdapter contract, sign-in security: ${name}`, () => {
    let subject: Subject;
    let adapter: AccountAdapter;
    // The backend loads these on first use: from the test server, file by file, that first load
    // can take longer than a test may.
    before(async function () {
      this.timeout(60_000);
      await Promise.all([import('@simplewebauthn/server'), import('otpauth')]);
    });
    beforeEach(async () => {
      subject = await make();
      adapter = subject.adapter;
    });

    /** Registers a passkey made by the software authenticator from this page's origin. */
    async function register(made: { aaguid?: string; synced?: boolean; name?: string } = {}) {
      const started = await adapter.startPasskeyRegistration(
        await stepUp(adapter, 'startPasskeyRegistration'),
      );
      const software = await createSoftwarePasskey(started.options, { origin: location.origin, ...made });
      const registered = await adapter.completePasskeyRegistration({
        registrationId: started.id,
        credential: software.credential,
        ...(made.name === undefined ? {} : { name: made.name }),
      });
      return { started, software, registered };
    }

    /** Turns the authenticator app on with a first code at the clock's time. */
    async function turnOnApp(): Promise<{ setup: TotpSetup; codes: string[]; answered: TwoStep }> {
      const setup = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
      const change = await adapter.confirmTotpSetup({
        setupId: setup.id,
        code: codeAt(setup.secret, subject.clock.now),
      });
      return { setup, codes: change.backupCodes?.codes ?? [], answered: change.twoStep };
    }

    function proveWith(method: 'totp' | 'backup_code', code: string) {
      return adapter.completeReverification({ method, code, operation: 'revealApiKey' });
    }

    describe('passkeys', () => {
      it('lists the passkeys, each with its provider and whether it is synced', async () => {
        const [seeded] = await adapter.listPasskeys();
        expect(passkeySchema.safeParse(seeded).success).to.equal(true);
        expect(seeded).to.include({
          provider: 'iCloud Keychain',
          deviceType: 'multi_device',
          backedUp: true,
        });
      });

      it('gives creation options in WebAuthn’s JSON form: a discoverable credential, the account’s passkeys excluded', async () => {
        const first = await adapter.startPasskeyRegistration(
          await stepUp(adapter, 'startPasskeyRegistration'),
        );
        expect(registrationSchema.safeParse(first).success).to.equal(true);
        const { options } = first;
        expect(options.rp.id).to.equal(location.hostname);
        expect(options.user.name).to.equal('ada');
        expect(options.authenticatorSelection).to.include({
          residentKey: 'required',
          userVerification: 'preferred',
        });
        expect(options.excludeCredentials).to.have.length((await adapter.listPasskeys()).length);
        expect(options.pubKeyCredParams.map((parameter) => parameter.alg)).to.include(-7);
        expect(Date.parse(first.expiresAt) - subject.clock.now).to.equal(PASSKEY_REGISTRATION_TTL_MS);
        const second = await adapter.startPasskeyRegistration(
          await stepUp(adapter, 'startPasskeyRegistration'),
        );
        expect(second.options.challenge).to.not.equal(options.challenge);
        expect(second.options.user.id, 'the same user handle').to.equal(options.user.id);
      });

      it('checks and keeps a new passkey, names it after its provider, and excludes it next time', async () => {
        const { registered, software } = await register({ aaguid: ICLOUD_KEYCHAIN, synced: true });
        expect(registered).to.include({
          name: 'iCloud Keychain',
          provider: 'iCloud Keychain',
          deviceType: 'multi_device',
          backedUp: true,
          lastUsedAt: null,
        });
        expect(registered.transports).to.deep.equal(['internal']);
        expect((await adapter.listPasskeys()).map((listed) => listed.id)).to.include(registered.id);
        const next = await adapter.startPasskeyRegistration(
          await stepUp(adapter, 'startPasskeyRegistration'),
        );
        expect(next.options.excludeCredentials!.map((excluded) => excluded.id)).to.include(
          software.credentialId,
        );
      });

      it('takes the name given, and calls a passkey of an unknown provider a device-bound "Passkey"', async () => {
        const named = await register({ name: '  Work laptop ' });
        expect(named.registered).to.include({ name: 'Work laptop', provider: null });
        const unnamed = await register();
        expect(unnamed.registered).to.include({
          name: 'Passkey',
          deviceType: 'single_device',
          backedUp: false,
        });
      });

      it('uses a challenge once', async () => {
        const { started, software } = await register();
        const again = await expectCode(
          adapter.completePasskeyRegistration({
            registrationId: started.id,
            credential: software.credential,
          }),
          'not_found',
        );
        expect(again.fields).to.deep.equal({});
      });

      it('uses a challenge once however many requests carry it at once', async () => {
        const started = await adapter.startPasskeyRegistration(
          await stepUp(adapter, 'startPasskeyRegistration'),
        );
        const made = await Promise.all(
          [1, 2, 3].map(() => createSoftwarePasskey(started.options, { origin: location.origin })),
        );
        const results = await outcomes(
          made.map(({ credential }) =>
            adapter.completePasskeyRegistration({ registrationId: started.id, credential }),
          ),
        );
        expect(results.filter((result) => result === 'ok')).to.have.length(1);
        expect(results.filter((result) => result === 'not_found')).to.have.length(2);
      });

      it('lets a challenge lapse after five minutes', async () => {
        const started = await adapter.startPasskeyRegistration(
          await stepUp(adapter, 'startPasskeyRegistration'),
        );
        const { credential } = await createSoftwarePasskey(started.options, { origin: location.origin });
        subject.clock.advance(PASSKEY_REGISTRATION_TTL_MS);
        await expectCode(
          adapter.completePasskeyRegistration({ registrationId: started.id, credential }),
          'verification_expired',
        );
      });

      it('refuses a passkey made for another origin, another RP ID or another challenge, using the challenge up', async () => {
        const wrongs = [
          { origin: 'https://attacker.example' },
          { origin: location.origin, rpId: 'attacker.example' },
          { origin: location.origin, challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' },
        ];
        for (const wrong of wrongs) {
          const started = await adapter.startPasskeyRegistration(
            await stepUp(adapter, 'startPasskeyRegistration'),
          );
          const { credential } = await createSoftwarePasskey(started.options, wrong);
          const refused = await expectCode(
            adapter.completePasskeyRegistration({ registrationId: started.id, credential }),
            'validation',
          );
          expect(refused.fields.credential?.code, JSON.stringify(wrong)).to.equal('invalid_passkey');
          const right = await createSoftwarePasskey(started.options, { origin: location.origin });
          await expectCode(
            adapter.completePasskeyRegistration({ registrationId: started.id, credential: right.credential }),
            'not_found',
          );
        }
        expect(await adapter.listPasskeys()).to.have.length(1);
      });

      it('renames a passkey, refusing a name that is empty, too long or carries hidden characters', async () => {
        const [seeded] = await adapter.listPasskeys();
        const renamed = await adapter.renamePasskey(seeded!.id, '  Phone  ');
        expect(renamed.name).to.equal('Phone');
        for (const [name, code] of [
          [' ', 'required'],
          ['x'.repeat(65), 'too_long'],
          ['Phone\u202Eenoh', 'invalid_characters'],
        ] as const) {
          const error = await expectCode(adapter.renamePasskey(seeded!.id, name), 'validation');
          expect(error.fields.name?.code, name).to.equal(code);
        }
        await expectCode(adapter.renamePasskey('pk_unknown', 'Phone'), 'not_found');
      });

      it('removes a passkey after the identity check', async () => {
        const [seeded] = await adapter.listPasskeys();
        await expectCode(adapter.removePasskey(seeded!.id), 'reverification_required');
        await adapter.removePasskey(seeded!.id, await stepUp(adapter, 'removePasskey'));
        expect(await adapter.listPasskeys()).to.deep.equal([]);
        await expectCode(
          adapter.removePasskey(seeded!.id, await stepUp(adapter, 'removePasskey')),
          'not_found',
        );
      });

      it('keeps each person’s passkeys their own', async () => {
        const [adas] = await adapter.listPasskeys();
        const member = await make({ user: 'member' });
        expect(await member.adapter.listPasskeys()).to.deep.equal([]);
        await expectCode(member.adapter.renamePasskey(adas!.id, 'Mine now'), 'not_found');
      });
    });

    describe('two-step verification', () => {
      it('starts off, with SMS offered to the cell on file and no backup codes', async () => {
        const state = await adapter.getTwoStep();
        expect(twoStepSchema.safeParse(state).success).to.equal(true);
        expect(state).to.deep.equal({
          enabled: false,
          totp: { enabled: false, enabledAt: null },
          sms: { enabled: false, enabledAt: null, sentTo: '+1 ••• ••• 0123' },
          backupCodes: { remaining: 0, generatedAt: null },
        });
      });

      it('sets up an authenticator app: a base32 secret of 160 bits and its otpauth URI, shown only now', async () => {
        const setup = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        expect(totpSetupSchema.safeParse(setup).success).to.equal(true);
        expect(setup.secret).to.match(/^[A-Z2-7]{32}$/);
        const [path, query] = setup.uri.split('?');
        expect(decodeURIComponent(path!)).to.equal('otpauth://totp/Account Elements demo:ada@example.com');
        const uri = { searchParams: new URLSearchParams(query) };
        expect(Object.fromEntries(uri.searchParams)).to.deep.include({
          secret: setup.secret,
          issuer: 'Account Elements demo',
          algorithm: 'SHA1',
          digits: '6',
          period: '30',
        });
        expect(Date.parse(setup.expiresAt) - subject.clock.now).to.equal(TOTP_SETUP_TTL_MS);
        expect((await adapter.getTwoStep()).totp.enabled).to.equal(false);
      });

      it('turns the app on with its first code, and shows ten backup codes once', async () => {
        const { codes, answered } = await turnOnApp();
        expect(codes).to.have.length(BACKUP_CODE_COUNT);
        // The state answered counts the codes it came with, as a read afterwards does.
        expect(answered.backupCodes.remaining).to.equal(BACKUP_CODE_COUNT);
        expect(new Set(codes).size).to.equal(BACKUP_CODE_COUNT);
        for (const code of codes) expect(code).to.match(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
        const state = await adapter.getTwoStep();
        expect(state).to.deep.include({
          enabled: true,
          backupCodes: { remaining: 10, generatedAt: state.totp.enabledAt },
        });
        expect(state.totp.enabledAt).to.equal(new Date(subject.clock.now).toISOString());
      });

      it('takes a code of the step before or after, not two steps off', async () => {
        const setup = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        const { now } = subject.clock;
        for (const far of [now - 2 * STEP_MS, now + 2 * STEP_MS]) {
          const code = codeAt(setup.secret, far);
          if ([-1, 0, 1].some((step) => codeAt(setup.secret, now + step * STEP_MS) === code)) continue;
          await expectCode(adapter.confirmTotpSetup({ setupId: setup.id, code }), 'verification_failed');
        }
        const late = await adapter.confirmTotpSetup({
          setupId: setup.id,
          code: codeAt(setup.secret, now - STEP_MS),
        });
        expect(late.twoStep.totp.enabled).to.equal(true);
        // The next step's code, a phone's clock ahead: taken as a proof.
        const ahead = await proveWith('totp', codeAt(setup.secret, now + STEP_MS));
        expect(ahead.token).to.be.a('string');
      });

      it('counts wrong first codes, five then a pause, whatever the right code', async () => {
        const setup = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        const wrong = wrongCodeAt(setup.secret, subject.clock.now);
        for (let left = MAX_ATTEMPTS - 1; left >= 0; left -= 1) {
          const error = await expectCode(
            adapter.confirmTotpSetup({ setupId: setup.id, code: wrong }),
            'verification_failed',
          );
          expect(error.attemptsLeft).to.equal(left);
        }
        const right = codeAt(setup.secret, subject.clock.now);
        const paused = await expectCode(
          adapter.confirmTotpSetup({ setupId: setup.id, code: right }),
          'verification_failed',
        );
        expect(paused.attemptsLeft).to.equal(0);
        subject.clock.advance(ATTEMPT_WINDOW_MS);
        const again = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        const change = await adapter.confirmTotpSetup({
          setupId: again.id,
          code: codeAt(again.secret, subject.clock.now),
        });
        expect(change.twoStep.totp.enabled).to.equal(true);
      });

      it('lets a setup lapse, and only the latest setup counts', async () => {
        const first = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        const second = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        await expectCode(
          adapter.confirmTotpSetup({ setupId: first.id, code: codeAt(first.secret, subject.clock.now) }),
          'not_found',
        );
        subject.clock.advance(TOTP_SETUP_TTL_MS);
        await expectCode(
          adapter.confirmTotpSetup({ setupId: second.id, code: codeAt(second.secret, subject.clock.now) }),
          'verification_expired',
        );
      });

      it('takes an app code as the identity check’s proof, once within its window', async () => {
        const { setup } = await turnOnApp();
        const asked = await expectCode(adapter.revealApiKey(), 'reverification_required');
        expect(asked.reverificationMethods).to.deep.equal(['password', 'sms', 'totp', 'backup_code']);
        // The code that turned the app on is used: not again, even as a proof.
        const used = codeAt(setup.secret, subject.clock.now);
        const refused = await expectCode(proveWith('totp', used), 'verification_failed');
        expect(refused.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);
        subject.clock.advance(STEP_MS);
        const next = codeAt(setup.secret, subject.clock.now);
        const { token } = await proveWith('totp', next);
        expect((await adapter.revealApiKey({ reverificationToken: token })).key).to.be.a('string');
        await expectCode(proveWith('totp', next), 'verification_failed');
      });

      it('takes one app code once however many requests carry it at once', async () => {
        const { setup } = await turnOnApp();
        subject.clock.advance(STEP_MS);
        const code = codeAt(setup.secret, subject.clock.now);
        const results = await outcomes([1, 2, 3].map(() => proveWith('totp', code)));
        expect(results.filter((result) => result === 'ok')).to.have.length(1);
        expect(results.filter((result) => result === 'verification_failed')).to.have.length(2);
      });

      it('takes each backup code once, typed in any case and with or without its dash', async () => {
        const { codes } = await turnOnApp();
        const [first, second] = codes;
        expect((await proveWith('backup_code', first!.toUpperCase())).token).to.be.a('string');
        await expectCode(proveWith('backup_code', first!), 'verification_failed');
        expect((await proveWith('backup_code', second!.replace('-', ''))).token).to.be.a('string');
        expect((await adapter.getTwoStep()).backupCodes.remaining).to.equal(BACKUP_CODE_COUNT - 2);
      });

      it('takes one backup code once however many requests carry it at once', async () => {
        const { codes } = await turnOnApp();
        const results = await outcomes([1, 2, 3].map(() => proveWith('backup_code', codes[0]!)));
        expect(results.filter((result) => result === 'ok')).to.have.length(1);
        expect(results.filter((result) => result === 'verification_failed')).to.have.length(2);
      });

      it('makes a new set of backup codes behind the identity check; the old set stops working', async () => {
        await expectCode(
          adapter.regenerateBackupCodes(await stepUp(adapter, 'regenerateBackupCodes')),
          'precondition_required',
        );
        const { codes: old } = await turnOnApp();
        await expectCode(adapter.regenerateBackupCodes(), 'reverification_required');
        const fresh = await adapter.regenerateBackupCodes(await stepUp(adapter, 'regenerateBackupCodes'));
        expect(fresh.codes).to.have.length(BACKUP_CODE_COUNT);
        expect(fresh.codes).to.not.include.members([old[0]!]);
        await expectCode(proveWith('backup_code', old[0]!), 'verification_failed');
        expect((await proveWith('backup_code', fresh.codes[0]!)).token).to.be.a('string');
      });

      it('turns the app off behind the identity check, and with it two-step and its codes', async () => {
        await turnOnApp();
        await expectCode(adapter.disableTotp(), 'reverification_required');
        const off = await adapter.disableTotp(await stepUp(adapter, 'disableTotp'));
        expect(off).to.deep.include({ enabled: false, totp: { enabled: false, enabledAt: null } });
        expect(off.backupCodes).to.deep.equal({ remaining: 0, generatedAt: null });
        const asked = await expectCode(adapter.revealApiKey(), 'reverification_required');
        expect(asked.reverificationMethods).to.deep.equal(['password', 'sms']);
      });

      it('adds SMS as a second step; backup codes come with the first method only', async () => {
        const on = await adapter.enableSmsTwoStep(await stepUp(adapter, 'enableSmsTwoStep'));
        expect(on.twoStep).to.deep.include({ enabled: true });
        expect(on.twoStep.sms?.enabled).to.equal(true);
        expect(on.backupCodes?.codes).to.have.length(BACKUP_CODE_COUNT);
        const setup = await adapter.startTotpSetup(await stepUp(adapter, 'startTotpSetup'));
        const app = await adapter.confirmTotpSetup({
          setupId: setup.id,
          code: codeAt(setup.secret, subject.clock.now),
        });
        expect(app.backupCodes).to.equal(null);
        await adapter.disableSmsTwoStep(await stepUp(adapter, 'disableSmsTwoStep'));
        const state = await adapter.getTwoStep();
        expect(state).to.deep.include({
          enabled: true,
          sms: { enabled: false, enabledAt: null, sentTo: '+1 ••• ••• 0123' },
        });
        expect(state.backupCodes.remaining).to.equal(BACKUP_CODE_COUNT);
      });

      it('says SMS is not offered by a backend without it, and needs a cell on file', async () => {
        const withoutSms = await make({ unsupported: ['enableSmsTwoStep', 'disableSmsTwoStep'] });
        expect((await withoutSms.adapter.getTwoStep()).sms).to.equal(null);
        await expectCode(withoutSms.adapter.enableSmsTwoStep(), 'unsupported');
        const noPhone = await make({ seed: { admin: { phone: null } } });
        expect((await noPhone.adapter.getTwoStep()).sms?.sentTo).to.equal(null);
        await expectCode(
          noPhone.adapter.enableSmsTwoStep(await stepUp(noPhone.adapter, 'enableSmsTwoStep')),
          'precondition_required',
        );
      });

      it('replays a setup with its secret, but never backup codes: they were shown once', async () => {
        const options = { ...(await stepUp(adapter, 'startTotpSetup')), idempotencyKey: 'key-setup-1' };
        const setup = await adapter.startTotpSetup(options);
        expect((await adapter.startTotpSetup(options)).secret).to.equal(setup.secret);
        const confirm = { setupId: setup.id, code: codeAt(setup.secret, subject.clock.now) };
        await adapter.confirmTotpSetup(confirm, { idempotencyKey: 'key-confirm-1' });
        await expectCode(adapter.confirmTotpSetup(confirm, { idempotencyKey: 'key-confirm-1' }), 'conflict');
        const regenerate = {
          ...(await stepUp(adapter, 'regenerateBackupCodes')),
          idempotencyKey: 'key-codes-1',
        };
        await adapter.regenerateBackupCodes(regenerate);
        await expectCode(adapter.regenerateBackupCodes(regenerate), 'conflict');
      });
    });

    describe('signed-in sessions', () => {
      it('lists where the account is signed in, this session first and marked', async () => {
        const listed = await adapter.listSessions();
        for (const entry of listed) expect(sessionSchema.safeParse(entry).success).to.equal(true);
        expect(listed.map((entry) => entry.current)).to.deep.equal([true, false, false]);
        expect(listed[0]!.lastActiveAt).to.equal(new Date(subject.clock.now).toISOString());
        expect(listed[1]).to.deep.include({
          device: { kind: 'mobile', os: 'iOS 18', browser: 'Safari 18' },
          place: { city: 'Lisbon', country: 'PT' },
        });
      });

      it('signs one other session out behind the identity check; not this one', async () => {
        const [here, phone] = await adapter.listSessions();
        await expectCode(adapter.revokeSession(phone!.id), 'reverification_required');
        await adapter.revokeSession(phone!.id, await stepUp(adapter, 'revokeSession'));
        expect((await adapter.listSessions()).map((entry) => entry.id)).to.not.include(phone!.id);
        await expectCode(
          adapter.revokeSession(phone!.id, await stepUp(adapter, 'revokeSession')),
          'not_found',
        );
        const refused = await expectCode(
          adapter.revokeSession(here!.id, await stepUp(adapter, 'revokeSession')),
          'validation',
        );
        expect(refused.fields.sessionId?.code).to.equal('current_session');
      });

      it('signs every other session out, and shows a sign-in elsewhere', async () => {
        const elsewhere = subject.backend.signInElsewhere();
        expect(elsewhere).to.include({ current: false });
        expect((await adapter.listSessions()).map((entry) => entry.id)).to.include(elsewhere.id);
        await expectCode(adapter.revokeOtherSessions(), 'reverification_required');
        const left = await adapter.revokeOtherSessions(await stepUp(adapter, 'revokeOtherSessions'));
        expect(left.map((entry) => entry.current)).to.deep.equal([true]);
        expect(await adapter.listSessions()).to.have.length(1);
      });

      it('keeps each person’s sessions their own', async () => {
        const adas = await adapter.listSessions();
        subject.backend.signInAs('member');
        const graces = await adapter.listSessions();
        expect(graces.map((entry) => entry.id)).to.not.include.members(adas.map((entry) => entry.id));
        await expectCode(
          adapter.revokeSession(adas[1]!.id, await stepUp(adapter, 'revokeSession')),
          'not_found',
        );
      });
    });
  });
}
