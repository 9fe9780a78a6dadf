import {
  AccountError,
  codeConfirmation,
  emailChangeStart,
  emailLinkConfirmation,
  parseInput,
  passwordChange,
  passwordReset,
  phoneChangeStart,
  type Account,
  type CodeConfirmation,
  type PasswordChange,
  type PasswordReset,
  type PhoneChangeStart,
  type Verification,
  type VerificationPurpose,
} from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { StoredAccount } from './state.js';
import { reserveTry } from './throttle.js';
import {
  confirmCode,
  confirmLink,
  describeVerification,
  dropVerifications,
  restoreVerification,
  startVerification,
} from './verifications.js';

/** The flows that prove a person holds a number or an address, and the password's. */

/**
 * The numbering plans (about 57 KiB gzip) and the password list (about 200 KiB) load when first
 * needed, not with the demo page: most visits change neither.
 */
const rules = {
  phone: () => import('../../api/phone.js'),
  passwords: () => import('../../api/password-list.js'),
};

export async function startPhoneChange(backend: Backend, request: PhoneChangeStart): Promise<Verification> {
  const me = backend.me();
  const input = parseInput(phoneChangeStart, request);
  const { checkPhone } = await rules.phone();
  const checked = checkPhone(input.phone, input.country);
  if (!checked.ok) throw invalidField('phone', checked.code);
  if (checked.e164 === me.phone) throw invalidField('phone', 'same_as_current');
  const record = startVerification(backend, {
    purpose: 'phone_change',
    channel: 'sms',
    to: checked.e164,
    target: checked.e164,
  });
  return describeVerification(backend, record);
}

export function confirmPhoneChange(backend: Backend, confirmation: CodeConfirmation): Account {
  const me = backend.me();
  const { verificationId, code } = parseInput(codeConfirmation, confirmation);
  const record = confirmCode(backend, verificationId, 'phone_change', code);
  backend.notify('phone_changed', 'sms', me.phone);
  me.phone = record.target;
  backend.touch('/account');
  return backend.toAccount(me);
}

export function startPasswordReset(backend: Backend): Verification {
  return textCodeToPhoneOnFile(backend, 'password_reset');
}

/**
 * The code is checked first, its try counted, and only then the new password: checked the other
 * way round, `same_as_current` would tell anyone holding the session whether a guess is the current
 * password, with no try counted. A right code with a refused password keeps the verification, so
 * the person picks another password without a new code.
 */
export async function completePasswordReset(backend: Backend, reset: PasswordReset): Promise<void> {
  const me = backend.me();
  const { verificationId, code, newPassword } = parseInput(passwordReset, reset);
  const proof = confirmCode(backend, verificationId, 'password_reset', code);
  try {
    await refuseWeakPassword(me, newPassword);
  } catch (error) {
    restoreVerification(backend, proof);
    throw error;
  }
  await setPassword(backend, me, newPassword);
}

/**
 * A change that gives the current password carries its own proof. A wrong one counts as a wrong
 * identity check, so this is no side door for guessing it.
 */
export async function changePassword(backend: Backend, change: PasswordChange): Promise<void> {
  const me = backend.me();
  const { currentPassword, newPassword } = parseInput(passwordChange, change);
  const attempt = reserveTry(backend, 'reverification');
  if (!(await verifyPassword(currentPassword, me.passwordHash))) {
    throw new AccountError('verification_failed', 'The current password is not right', {
      attemptsLeft: attempt.fail(),
      fields: { currentPassword: { code: 'wrong_password' } },
    });
  }
  attempt.refund();
  await refuseWeakPassword(me, newPassword);
  await setPassword(backend, me, newPassword);
}

/**
 * An address that already belongs to another account gets the same answer as any other, and its
 * owner a notice instead of a link, so nobody can learn who is a customer by trying addresses.
 */
export function startEmailChange(backend: Backend, email: string): Verification {
  const me = backend.me();
  const { email: address } = parseInput(emailChangeStart, { email });
  if (sameAddress(address, me.email)) throw invalidField('email', 'same_as_current');
  const record = startVerification(backend, {
    purpose: 'email_change',
    channel: 'email',
    to: address,
    target: address,
    withheld: addressTaken(backend, me, address),
  });
  me.pendingEmail = address;
  backend.touch('/account');
  return describeVerification(backend, record);
}

export function cancelEmailChange(backend: Backend): Account {
  const me = backend.me();
  dropVerifications(backend, 'email_change');
  if (me.pendingEmail !== null) {
    me.pendingEmail = null;
    backend.touch('/account');
  }
  return backend.toAccount(me);
}

/** The address is checked again: another account may have taken it since the link was sent. */
export function confirmEmailChange(backend: Backend, token: string): Account {
  const me = backend.me();
  const link = parseInput(emailLinkConfirmation, { token });
  const record = confirmLink(backend, link.token, 'email_change');
  const address = record.target ?? me.email;
  if (addressTaken(backend, me, address)) {
    me.pendingEmail = null;
    backend.touch('/account');
    throw invalidField('email', 'email_taken');
  }
  backend.notify('email_changed', 'email', me.email);
  me.email = address;
  me.pendingEmail = null;
  backend.touch('/account');
  return backend.toAccount(me);
}

/** A code by SMS to the cell number on file: a password reset, or a fresh identity check. */
export function textCodeToPhoneOnFile(backend: Backend, purpose: VerificationPurpose): Verification {
  const me = backend.me();
  if (me.phone === null) throw noPhone();
  const record = startVerification(backend, { purpose, channel: 'sms', to: me.phone });
  return describeVerification(backend, record);
}

/** The rules the schema cannot know: the lists of common passwords, the username, the current one. */
async function refuseWeakPassword(me: StoredAccount, password: string): Promise<void> {
  const { passwordRuleProblem } = await rules.passwords();
  const problem = passwordRuleProblem(password, { username: me.username });
  if (problem) throw invalidField('newPassword', problem);
  if (await verifyPassword(password, me.passwordHash)) throw invalidField('newPassword', 'same_as_current');
}

async function setPassword(backend: Backend, me: StoredAccount, password: string): Promise<void> {
  me.passwordHash = await hashPassword(password);
  backend.notify('password_changed', 'email', me.email);
}

function addressTaken(backend: Backend, me: StoredAccount, address: string): boolean {
  return backend.state.accounts.some((account) => account !== me && sameAddress(account.email, address));
}

/** Addresses compare without case: the schema lower-cases domains, and no two people share one inbox. */
function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function noPhone(): AccountError {
  return new AccountError('precondition_required', 'There is no cell number on file to send a code to');
}
