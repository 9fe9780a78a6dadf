import { Secret, TOTP } from 'otpauth';
import {
  BACKUP_CODE_COUNT,
  TOTP_PERIOD_SECONDS,
  backupCodes as backupCodesSchema,
  passkey,
  passkeyRegistration,
  passkeys,
  reverificationToken,
  sessions,
  totpSetup,
  twoStep,
  twoStepChange,
  type PasskeyRegistration,
  type TwoStep,
} from '../../../api/index.js';
import { createSoftwarePasskey } from '../authenticator.js';
import type { Answer } from '../client.js';
import { UNKNOWN_ID, type Session } from '../session.js';
import type { Operation } from '../types.js';
import { withStepUp } from './verifications.js';

/**
 * Sign-in security: passkeys, two-step verification, sessions. Read-only, the lists are read and
 * the guarded operations that would change nothing if wrongly taken are sent without a token, to
 * see them refused. With `--write`, on a test account: a passkey made by a software authenticator
 * (it needs `--origin`, the page origin the server takes passkeys from) is registered, renamed and
 * removed; the authenticator app is turned on, used and turned off again; SMS as a second step
 * likewise; and every other session of the account is signed out.
 */

const WRITES = 'changes how the account signs in: run with --write';
const HOSTILE_ORIGIN = 'https://attacker.example';

/** Guarded operations that change nothing even if a server wrongly runs them. */
const SAFE_PROBES: readonly [Operation, { id?: string }][] = [
  ['startPasskeyRegistration', {}],
  ['removePasskey', { id: UNKNOWN_ID }],
  ['startTotpSetup', {}],
  ['revokeSession', { id: UNKNOWN_ID }],
];

export async function checkSignIn(session: Session): Promise<void> {
  session.progress('sign-in security');
  const { expect } = session;
  const listed = expect.success('listPasskeys', await session.call('listPasskeys'), passkeys);
  const state = expect.success('getTwoStep', await session.call('getTwoStep'), twoStep);
  const signedIn = expect.success('listSessions', await session.call('listSessions'), sessions);
  if (signedIn) {
    const current = signedIn.filter((entry) => entry.current).length;
    if (current === 1) session.run.pass('listSessions', 'one-current');
    else session.run.fail('listSessions', 'one-current', `${current} sessions are marked current, not one`);
  }
  for (const [operation, request] of SAFE_PROBES) {
    if (!session.run.unsupported(operation)) await refusedWithoutToken(session, operation, request);
  }
  if (!session.options.write) {
    session.skip('completePasskeyRegistration', ['register', 'checks-origin', 'challenge-once'], WRITES);
    session.skip('renamePasskey', ['rename', 'validation'], WRITES);
    session.skip('confirmTotpSetup', ['wrong-code', 'enable'], WRITES);
    session.skip('completeReverification', ['totp-proof', 'code-once', 'backup-code-proof'], WRITES);
    for (const operation of [
      'disableTotp',
      'enableSmsTwoStep',
      'disableSmsTwoStep',
      'regenerateBackupCodes',
      'revokeOtherSessions',
    ] as const)
      session.skip(operation, ['reverification', 'status'], WRITES);
    session.skip('revokeSession', ['current-refused'], WRITES);
    return;
  }
  if (listed) await checkPasskeys(session, listed.length);
  if (state) await checkTwoStep(session, state);
  await checkSessions(session);
}

/** Sent without a token: `403 reverification_required` naming the operation, nothing done. */
async function refusedWithoutToken(session: Session, operation: Operation, request: { id?: string }) {
  const answer = await session.call(operation, request);
  const problem = session.expect.refusal(operation, answer, 'reverification', 'reverification_required', 403);
  if (problem && problem.operation !== operation)
    session.run.fail(operation, 'reverification', `operation is ${problem.operation ?? 'missing'}`);
}

/** A registration's options, as the contract asks them made. */
function judgeOptions(session: Session, registration: PasskeyRegistration, passkeyCount: number): void {
  const { options } = registration;
  const problems = [
    ...(options.authenticatorSelection?.residentKey === 'required' ? [] : ['residentKey is not required']),
    ...(options.authenticatorSelection?.userVerification === 'preferred'
      ? []
      : ['userVerification is not preferred']),
    ...((options.excludeCredentials?.length ?? 0) === passkeyCount
      ? []
      : [`excludeCredentials lists ${options.excludeCredentials?.length ?? 0} of ${passkeyCount} passkeys`]),
    // 16 bytes at least, as WebAuthn asks: 22 characters of base64url.
    ...(options.challenge.length >= 22 ? [] : ['the challenge is shorter than 16 bytes']),
  ];
  if (problems.length === 0) session.run.pass('startPasskeyRegistration', 'options');
  else session.run.fail('startPasskeyRegistration', 'options', problems.join('; '));
}

async function startRegistration(session: Session): Promise<PasskeyRegistration | undefined> {
  const answer = await withStepUp(session, 'startPasskeyRegistration', {}, ['status', 'options']);
  return answer && session.expect.success('startPasskeyRegistration', answer, passkeyRegistration);
}

/**
 * A passkey from a hostile origin is refused and uses its challenge up; one from the page's origin
 * is kept, excluded next time, renamed, and removed again.
 */
async function checkPasskeys(session: Session, passkeyCount: number): Promise<void> {
  const { run, expect, options } = session;
  const later = ['register', 'checks-origin', 'challenge-once'];
  if (run.unsupported('startPasskeyRegistration') || run.unsupported('listPasskeys')) return;
  const origin = options.origin;
  if (origin === undefined) {
    session.skip(
      'completePasskeyRegistration',
      later,
      'needs --origin, the page origin passkeys are made on',
    );
    return;
  }
  const forged = await startRegistration(session);
  if (!forged) {
    session.skip('completePasskeyRegistration', later, 'no registration was started');
    return;
  }
  judgeOptions(session, forged, passkeyCount);
  const hostile = await createSoftwarePasskey(forged.options, { origin: HOSTILE_ORIGIN });
  const complete = (registration: PasskeyRegistration, credential: unknown) =>
    session.call('completePasskeyRegistration', { id: registration.id, json: { credential } });
  const refused = await complete(forged, hostile.credential);
  const problem = expect.refusal('completePasskeyRegistration', refused, 'checks-origin', 'validation');
  if (problem && !problem.errors?.some((error) => error.field === 'credential'))
    run.fail('completePasskeyRegistration', 'checks-origin', 'refused without an error on credential');
  const late = await createSoftwarePasskey(forged.options, { origin });
  expect.refusal(
    'completePasskeyRegistration',
    await complete(forged, late.credential),
    'challenge-once',
    'not_found',
  );

  const started = await startRegistration(session);
  if (!started) return;
  if (started.options.challenge === forged.options.challenge)
    run.fail('startPasskeyRegistration', 'options', 'two registrations were given the same challenge');
  const made = await createSoftwarePasskey(started.options, { origin });
  const kept = expect.success(
    'completePasskeyRegistration',
    await complete(started, made.credential),
    passkey,
  );
  if (!kept) return;
  run.pass('completePasskeyRegistration', 'register');
  const next = await startRegistration(session);
  if (next?.options.excludeCredentials?.some((excluded) => excluded.id === made.credentialId))
    run.pass('startPasskeyRegistration', 'excludes');
  else if (next)
    run.fail('startPasskeyRegistration', 'excludes', 'the new passkey is not in excludeCredentials');

  const renamed = expect.success(
    'renamePasskey',
    await session.call('renamePasskey', { id: kept.id, json: { name: 'ae verify renamed' } }),
    passkey,
  );
  if (renamed?.name === 'ae verify renamed') run.pass('renamePasskey', 'rename');
  else if (renamed) run.fail('renamePasskey', 'rename', `the name is ${renamed.name}`);
  const blank = await session.call('renamePasskey', { id: kept.id, json: { name: ' ' } });
  expect.refusal('renamePasskey', blank, 'validation', 'validation');

  const removed = await withStepUp(session, 'removePasskey', { id: kept.id }, ['status']);
  if (removed) expect.success('removePasskey', removed, undefined, { status: [204] });
  const after = expect.success('listPasskeys', await session.call('listPasskeys'), passkeys);
  if (after?.some((entry) => entry.id === kept.id))
    run.fail('removePasskey', 'status', 'the removed passkey is still listed');
}

/** The code an authenticator app shows for `secret`, `steps` steps from now. */
function appCode(secret: string, steps = 0): string {
  const timestamp = Date.now() + steps * TOTP_PERIOD_SECONDS * 1000;
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
}

/**
 * The app turned on (a wrong first code refused, the right one taking), its codes and a backup
 * code as the identity check's proof, each once, new backup codes, the app off again; then SMS on
 * and off where offered. An account that already has two-step on is left alone.
 */
async function checkTwoStep(session: Session, before: TwoStep): Promise<void> {
  const { run, expect } = session;
  if (run.unsupported('getTwoStep')) return;
  if (before.enabled) {
    session.skip(
      'confirmTotpSetup',
      ['wrong-code', 'enable'],
      'two-step verification is already on for this account',
    );
    return;
  }
  const answer = await withStepUp(session, 'startTotpSetup', {}, ['status', 'no-store']);
  const setup = answer && expect.success('startTotpSetup', answer, totpSetup, { noStore: true });
  if (!setup) {
    session.skip('confirmTotpSetup', ['wrong-code', 'enable'], 'no authenticator app setup was started');
    return;
  }
  const confirm = (code: string) => session.call('confirmTotpSetup', { id: setup.id, json: { code } });
  const near = [-1, 0, 1].map((steps) => appCode(setup.secret, steps));
  const wrong = ['000000', '111111', '222222'].find((code) => !near.includes(code))!;
  const failed = expect.refusal(
    'confirmTotpSetup',
    await confirm(wrong),
    'wrong-code',
    'verification_failed',
  );
  if (failed && failed.attemptsLeft === undefined)
    run.fail('confirmTotpSetup', 'wrong-code', 'no attemptsLeft');
  const first = appCode(setup.secret);
  const change = expect.success('confirmTotpSetup', await confirm(first), twoStepChange, { noStore: true });
  if (!change) return;
  if (change.twoStep.totp.enabled && change.backupCodes?.codes.length === BACKUP_CODE_COUNT)
    run.pass('confirmTotpSetup', 'enable');
  else run.fail('confirmTotpSetup', 'enable', 'the app is not on, or not ten backup codes came with it');

  await checkProofs(session, setup.secret, first, change.backupCodes?.codes[0]);
  const fresh = await withStepUp(session, 'regenerateBackupCodes', {}, ['status', 'no-store']);
  const codes = fresh && expect.success('regenerateBackupCodes', fresh, backupCodesSchema, { noStore: true });
  if (codes && codes.codes.length !== BACKUP_CODE_COUNT)
    run.fail('regenerateBackupCodes', 'status', `${codes.codes.length} codes, not ${BACKUP_CODE_COUNT}`);
  const off = await withStepUp(session, 'disableTotp', {}, ['status']);
  const state = off && expect.success('disableTotp', off, twoStep);
  if (state && (state.enabled || state.backupCodes.remaining !== 0))
    run.fail('disableTotp', 'status', 'two-step is still on, or backup codes are left');
  await checkSms(session, before);
}

/**
 * Proofs for the identity check: the next step's app code is taken once, the code that turned the
 * app on not again; a backup code is taken and used up. One wrong try in all, as the identity
 * check's tries are few and the attacks after this need some.
 */
async function checkProofs(session: Session, secret: string, used: string, backupCode: string | undefined) {
  const { run, expect } = session;
  const prove = (method: string, code: string) =>
    session.call('completeReverification', { json: { method, code, operation: 'revealApiKey' } });
  const next = appCode(secret, 1);
  if (next === used) {
    session.skip('completeReverification', ['totp-proof', 'code-once'], 'two steps share a code; run again');
  } else {
    const token = expect.success('completeReverification', await prove('totp', next), reverificationToken, {
      noStore: true,
    });
    if (token) run.pass('completeReverification', 'totp-proof');
    const again = await prove('totp', next);
    if (again.status === 200) run.fail('completeReverification', 'code-once', 'an app code was taken twice');
    else expect.refusal('completeReverification', again, 'code-once', 'verification_failed');
  }
  if (backupCode === undefined) return;
  const token = expect.success(
    'completeReverification',
    await prove('backup_code', backupCode),
    reverificationToken,
  );
  const state = expect.success('getTwoStep', await session.call('getTwoStep'), twoStep);
  if (token && state?.backupCodes.remaining === BACKUP_CODE_COUNT - 1)
    run.pass('completeReverification', 'backup-code-proof');
  else if (token)
    run.fail('completeReverification', 'backup-code-proof', 'a backup code taken as a proof was not used up');
}

/** SMS as a second step, on and off again, where the server offers it and there is a cell on file. */
async function checkSms(session: Session, before: TwoStep): Promise<void> {
  const { run, expect } = session;
  if (before.sms === null) {
    const refused = await session.call('enableSmsTwoStep');
    if (!expect.notOffered('enableSmsTwoStep', refused))
      run.fail(
        'enableSmsTwoStep',
        'status',
        `sms is null in getTwoStep, yet it answered ${refused.status}, not 501`,
      );
    run.record('disableSmsTwoStep', 'offered', 'unsupported', 'sms is null in getTwoStep: not offered');
    return;
  }
  if (before.sms.sentTo === null) {
    session.skip('enableSmsTwoStep', ['status'], 'the account has no cell number on file');
    session.skip('disableSmsTwoStep', ['status'], 'the account has no cell number on file');
    return;
  }
  const on = await withStepUp(session, 'enableSmsTwoStep', {}, ['status', 'no-store']);
  const change = on && expect.success('enableSmsTwoStep', on, twoStepChange, { noStore: true });
  if (change && !change.twoStep.sms?.enabled) run.fail('enableSmsTwoStep', 'status', 'SMS is not on');
  const off = await withStepUp(session, 'disableSmsTwoStep', {}, ['status']);
  const state = off && expect.success('disableSmsTwoStep', off, twoStep);
  if (state?.sms?.enabled) run.fail('disableSmsTwoStep', 'status', 'SMS is still on');
}

/** This session cannot be signed out from the list; every other one can, all at once. */
async function checkSessions(session: Session): Promise<void> {
  const { run, expect } = session;
  if (run.unsupported('listSessions')) return;
  const listed = expect.success('listSessions', await session.call('listSessions'), sessions);
  const current = listed?.find((entry) => entry.current);
  if (current) {
    const refused = await withStepUp(session, 'revokeSession', { id: current.id }, ['current-refused']);
    const problem = refused && expect.refusal('revokeSession', refused, 'current-refused', 'validation');
    if (problem && !problem.errors?.some((error) => error.code === 'current_session'))
      run.fail('revokeSession', 'current-refused', 'refused without current_session');
    const token = refused?.request.headers?.['Reverification-Token'];
    // The refusal gave the token back: it opens the next call of the same operation.
    const unknown: Answer = await session.call('revokeSession', {
      id: UNKNOWN_ID,
      headers: token ? { 'Reverification-Token': token } : {},
    });
    expect.refusal('revokeSession', unknown, 'unknown-id', 'not_found');
  } else session.skip('revokeSession', ['current-refused', 'unknown-id'], 'no session is marked current');
  const answer = await withStepUp(session, 'revokeOtherSessions', {}, ['status']);
  const left = answer && expect.success('revokeOtherSessions', answer, sessions);
  if (left && (left.length !== 1 || !left[0]?.current))
    run.fail('revokeOtherSessions', 'status', `${left.length} sessions are left, not this one alone`);
}
