import {
  AccountError,
  codeConfirmation,
  emailChangeStart,
  emailLinkConfirmation,
  parseInput,
  passwordReset,
  phoneChangeStart,
  type Account,
  type CodeConfirmation,
  type PasswordReset,
  type Verification,
  type VerificationPurpose,
} from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import {
  confirmCode,
  confirmLink,
  describeVerification,
  dropVerifications,
  startVerification,
} from './verifications.js';

/** The flows that prove a person holds a number or an address: phone, password reset, email. */

export function startPhoneChange(backend: Backend, phone: string): Verification {
  const me = backend.me();
  const { phone: number } = parseInput(phoneChangeStart, { phone });
  if (number === me.phone) throw invalidField('phone', 'same_as_current');
  const record = startVerification(backend, {
    purpose: 'phone_change',
    channel: 'sms',
    to: number,
    target: number,
  });
  return describeVerification(backend, record);
}

export function confirmPhoneChange(backend: Backend, confirmation: CodeConfirmation): Account {
  const me = backend.me();
  const { verificationId, code } = parseInput(codeConfirmation, confirmation);
  const record = confirmCode(backend, verificationId, 'phone_change', code);
  me.phone = record.target;
  backend.touch('/account');
  return backend.toAccount(me);
}

export function startPasswordReset(backend: Backend): Verification {
  return textCodeToPhoneOnFile(backend, 'password_reset');
}

/** The new password is checked before the code, so a weak password does not cost a try. */
export function completePasswordReset(backend: Backend, reset: PasswordReset): void {
  const me = backend.me();
  const { verificationId, code, newPassword } = parseInput(passwordReset, reset);
  confirmCode(backend, verificationId, 'password_reset', code);
  me.password = newPassword;
}

export function startEmailChange(backend: Backend, email: string): Verification {
  const me = backend.me();
  const { email: address } = parseInput(emailChangeStart, { email });
  if (address.toLowerCase() === me.email.toLowerCase()) throw invalidField('email', 'same_as_current');
  const record = startVerification(backend, {
    purpose: 'email_change',
    channel: 'email',
    to: address,
    target: address,
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

export function confirmEmailChange(backend: Backend, token: string): Account {
  const me = backend.me();
  const link = parseInput(emailLinkConfirmation, { token });
  const record = confirmLink(backend, link.token, 'email_change');
  me.email = record.target ?? me.email;
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

function noPhone(): AccountError {
  return new AccountError('precondition_required', 'There is no cell number on file to send a code to');
}
