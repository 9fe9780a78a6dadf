import {
  AccountError,
  BACKUP_CODE_ALPHABET,
  BACKUP_CODE_COUNT,
  BACKUP_CODE_LENGTH,
  TOTP_ALGORITHM,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  parseInput,
  totpConfirmation,
  type BackupCodes,
  type TotpConfirmation,
  type TotpSetup,
  type TwoStep,
  type TwoStepChange,
} from '../../api/index.js';
import type { Backend } from './backend.js';
import { maskPhone } from './mask.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { randomId } from './random.js';
import type { StoredSignIn } from './state.js';
import { attemptsLeft, reserveTry, type ThrottleKind } from './throttle.js';

/**
 * Two-step verification: an authenticator app (TOTP, RFC 6238), codes by SMS to the cell on file,
 * and backup codes. Codes are checked against the backend's clock (the injected `now`). The TOTP
 * library loads when an app is first set up or a code first checked, not with the page.
 */
const otp = () => import('otpauth');

/** How long a new app's secret waits for its first code. */
export const TOTP_SETUP_TTL_MS = 10 * 60 * 1000;
/** Codes of the step before and after are taken too: a phone's clock a little off still works. */
export const TOTP_WINDOW = 1;
/** Wrong first codes count here, per account, as wrong SMS codes count per purpose. */
const SETUP_TRIES: ThrottleKind = 'two_step';

export function getTwoStep(backend: Backend): TwoStep {
  const me = backend.me();
  const { totp, sms, backupCodes } = backend.signIn();
  return {
    enabled: totp !== null || sms !== null,
    totp: { enabled: totp !== null, enabledAt: totp === null ? null : backend.iso(totp.enabledAt) },
    sms: backend.offers('enableSmsTwoStep')
      ? {
          enabled: sms !== null,
          enabledAt: sms === null ? null : backend.iso(sms.enabledAt),
          sentTo: me.phone === null ? null : maskPhone(me.phone),
        }
      : null,
    backupCodes: {
      remaining: backupCodes?.hashes.length ?? 0,
      generatedAt: backupCodes === null ? null : backend.iso(backupCodes.generatedAt),
    },
  };
}

/**
 * A new secret of 160 bits (RFC 4226's recommendation), shown now and while it waits for its first
 * code; only the latest one counts. An app already on is replaced once the new one is confirmed, so
 * a person moving to a new phone sets it up again without turning two-step off in between.
 */
export async function startTotpSetup(backend: Backend): Promise<TotpSetup> {
  const { Secret } = await otp();
  const signIn = backend.signIn();
  signIn.totpSetup = {
    id: randomId('totp'),
    secret: new Secret({ size: 20 }).base32,
    expiresAt: backend.now() + TOTP_SETUP_TTL_MS,
  };
  return describeTotpSetup(backend);
}

/** The setup still waiting for its first code, as `startTotpSetup` answered it. */
export async function describeTotpSetup(backend: Backend): Promise<TotpSetup> {
  const { TOTP, Secret } = await otp();
  const me = backend.me();
  const setup = backend.signIn().totpSetup;
  if (!setup) throw new AccountError('not_found', 'No authenticator app is being set up');
  const totp = new TOTP({
    issuer: backend.relyingParty.name,
    label: me.email,
    secret: Secret.fromBase32(setup.secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
  return {
    id: setup.id,
    secret: setup.secret,
    uri: totp.toString(),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    expiresAt: backend.iso(setup.expiresAt),
  };
}

/**
 * The first code proves the app holds the secret. Its try is counted before the check, as every
 * code's is; the code's step is remembered, so that code cannot be used again.
 */
export async function confirmTotpSetup(
  backend: Backend,
  confirmation: TotpConfirmation,
): Promise<TwoStepChange> {
  const codes = await otp();
  const { setupId, code } = parseInput(totpConfirmation, confirmation);
  const signIn = backend.signIn();
  const setup = signIn.totpSetup;
  if (!setup || setup.id !== setupId)
    throw new AccountError('not_found', 'No such setup: it was replaced, or is already confirmed');
  if (backend.now() >= setup.expiresAt) {
    signIn.totpSetup = null;
    throw new AccountError('verification_expired', 'The setup has expired: start again');
  }
  if (attemptsLeft(backend, SETUP_TRIES) === 0) throw wrongCode(0);
  const attempt = reserveTry(backend, SETUP_TRIES);
  const step = matchingStep(codes, backend, setup.secret, code, Number.NEGATIVE_INFINITY);
  if (step === null) throw wrongCode(attempt.fail());
  attempt.refund();
  const wasOff = !isOn(signIn);
  signIn.totp = { secret: setup.secret, enabledAt: backend.now(), lastStep: step };
  signIn.totpSetup = null;
  return answerChange(backend, wasOff);
}

/** With no other method on, two-step verification is off, and its backup codes are gone. */
export function disableTotp(backend: Backend): TwoStep {
  const signIn = backend.signIn();
  signIn.totp = null;
  signIn.totpSetup = null;
  if (!isOn(signIn)) signIn.backupCodes = null;
  return getTwoStep(backend);
}

/** The cell on file was proved when it was set, so SMS needs no code of its own to be turned on. */
export async function enableSmsTwoStep(backend: Backend): Promise<TwoStepChange> {
  if (backend.me().phone === null)
    throw new AccountError('precondition_required', 'There is no cell number on file to send codes to');
  const signIn = backend.signIn();
  if (signIn.sms !== null) return { twoStep: getTwoStep(backend), backupCodes: null };
  const wasOff = !isOn(signIn);
  signIn.sms = { enabledAt: backend.now() };
  return answerChange(backend, wasOff);
}

/**
 * What turning a way on answers: the codes made first when two-step was off, then the state, so the
 * state counts the codes it came with.
 */
async function answerChange(backend: Backend, wasOff: boolean): Promise<TwoStepChange> {
  const backupCodes = wasOff ? await issueBackupCodes(backend) : null;
  return { twoStep: getTwoStep(backend), backupCodes };
}

export function disableSmsTwoStep(backend: Backend): TwoStep {
  const signIn = backend.signIn();
  signIn.sms = null;
  if (!isOn(signIn)) signIn.backupCodes = null;
  return getTwoStep(backend);
}

export async function regenerateBackupCodes(backend: Backend): Promise<BackupCodes> {
  if (!isOn(backend.signIn()))
    throw new AccountError('precondition_required', 'Turn on two-step verification first');
  return issueBackupCodes(backend);
}

/**
 * A code from the authenticator app as the identity check's proof: counted against the identity
 * check's tries, and accepted once (a code of a step already used is wrong). A person without the
 * app on gets the answer a wrong code gets.
 */
export async function checkTotpProof(backend: Backend, code: string): Promise<void> {
  const codes = await otp();
  const { totp } = backend.signIn();
  const attempt = reserveTry(backend, 'reverification');
  const step = totp && matchingStep(codes, backend, totp.secret, code, totp.lastStep);
  if (!totp || step === null) throw wrongCode(attempt.fail());
  attempt.refund();
  totp.lastStep = step;
}

/**
 * A backup code as the identity check's proof: counted against the identity check's tries, and
 * used up. The hashes are compared one by one (each takes a while); the match is dropped only if it
 * is still there, so of two requests with one code only the first is let through.
 */
export async function useBackupCode(backend: Backend, code: string): Promise<void> {
  const signIn = backend.signIn();
  const attempt = reserveTry(backend, 'reverification');
  const hashes = [...(signIn.backupCodes?.hashes ?? [])];
  let matched: string | undefined;
  for (const hash of hashes) {
    if (await verifyPassword(code, hash)) {
      matched = hash;
      break;
    }
  }
  const current = signIn.backupCodes;
  if (matched === undefined || !current?.hashes.includes(matched)) throw wrongCode(attempt.fail());
  attempt.refund();
  current.hashes = current.hashes.filter((hash) => hash !== matched);
}

type Otp = Awaited<ReturnType<typeof otp>>;

/** The 30-second step the code belongs to, within the window and after `after`; else null. */
function matchingStep(
  { TOTP, Secret }: Otp,
  backend: Backend,
  secret: string,
  code: string,
  after: number,
): number | null {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
  const now = backend.now();
  const current = Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
  // Each step of the window on its own, so a code of a step already used is not found by the library
  // in its place before the newer step's code is looked at.
  for (let offset = -TOTP_WINDOW; offset <= TOTP_WINDOW; offset += 1) {
    const step = current + offset;
    if (step <= after) continue;
    if (totp.generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 }) === code) return step;
  }
  return null;
}

function isOn(signIn: StoredSignIn): boolean {
  return signIn.totp !== null || signIn.sms !== null;
}

/** Ten codes, shown once; only their hashes are kept, and a new set replaces the old at once. */
async function issueBackupCodes(backend: Backend): Promise<BackupCodes> {
  const signIn = backend.signIn();
  const generatedAt = backend.now();
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, () => randomBackupCode());
  // Set at once, so a second change made while the codes hash does not think two-step is off.
  const issued = { hashes: [] as string[], generatedAt };
  signIn.backupCodes = issued;
  issued.hashes = await Promise.all(codes.map((code) => hashPassword(code)));
  return { codes: codes.map(formatBackupCode), generatedAt: backend.iso(generatedAt) };
}

/** Unbiased: a byte past the largest multiple of the alphabet's size is drawn again. */
function randomBackupCode(): string {
  const size = BACKUP_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < BACKUP_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(BACKUP_CODE_LENGTH))) {
      if (byte < limit && code.length < BACKUP_CODE_LENGTH) code += BACKUP_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** `abcde-fghjk`: two halves, easier to copy; the dash is ignored when typed back. */
function formatBackupCode(code: string): string {
  const half = BACKUP_CODE_LENGTH / 2;
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

function wrongCode(left: number): AccountError {
  return new AccountError('verification_failed', 'The code is not right', { attemptsLeft: left });
}
