import { AccountError, type Verification, type VerificationPurpose } from '../../api/index.js';
import type { Backend } from './backend.js';
import { maskEmail, maskPhone } from './mask.js';
import { randomCode, randomId, randomToken } from './random.js';
import type { StoredVerification } from './state.js';
import { RESEND_COOLDOWN_MS, attemptsLeft, refuseWhileLocked, reserveTry, takeSend } from './throttle.js';

/**
 * One engine for every code and link: phone change, password reset, email change, reverification.
 * A code is single use and lives ten minutes; wrong tries and sends are limited per account and
 * purpose (`throttle.ts`), so neither a resend nor starting over is a way around the limits.
 */
export const VERIFICATION_TTL_MS = 10 * 60 * 1000;

export interface VerificationRequest {
  purpose: VerificationPurpose;
  channel: 'sms' | 'email';
  to: string;
  /** What confirming it will change: the new number or address. */
  target?: string;
  /** Send a notice to `to` in place of the secret (see `StoredVerification.withheld`). */
  withheld?: boolean;
}

export function startVerification(backend: Backend, request: VerificationRequest): StoredVerification {
  const accountId = backend.me().id;
  refuseWhileLocked(backend, request.purpose);
  takeSend(backend, request.purpose);
  // Only the latest one of a kind is valid, as starting over means the person moved on.
  dropVerifications(backend, request.purpose);
  const record: StoredVerification = {
    id: randomId('ver'),
    accountId,
    purpose: request.purpose,
    channel: request.channel,
    to: request.to,
    secret: '',
    target: request.target ?? null,
    expiresAt: 0,
    resendAvailableAt: 0,
    withheld: request.withheld ?? false,
  };
  backend.state.verifications.push(record);
  issue(backend, record);
  return record;
}

export function resendVerification(backend: Backend, id: unknown): StoredVerification {
  const record = find(backend, id);
  if (attemptsLeft(backend, record.purpose) === 0) throw exhausted();
  takeSend(backend, record.purpose);
  issue(backend, record);
  return record;
}

/**
 * Checks a code, counting the try first; on success the verification is used up at once (a second
 * request with the same code finds nothing) and returned. `restoreVerification` gives it back when
 * what the code was for is then refused.
 */
export function confirmCode(
  backend: Backend,
  id: string,
  purpose: VerificationPurpose,
  code: string,
): StoredVerification {
  const record = find(backend, id);
  if (record.purpose !== purpose || record.channel !== 'sms') throw unknown();
  if (attemptsLeft(backend, purpose) === 0) throw exhausted();
  if (backend.now() >= record.expiresAt) throw expired();
  const attempt = reserveTry(backend, purpose);
  if (record.secret !== code) {
    throw new AccountError('verification_failed', 'The code is not right', { attemptsLeft: attempt.fail() });
  }
  attempt.refund();
  remove(backend, record);
  return record;
}

/**
 * Puts back a verification that `confirmCode` used up, when the change it proved was refused for
 * its own input (a new password that breaks a rule): the person fixes that and sends the same code.
 * Not when a newer verification of its purpose was started meanwhile: only the latest is valid.
 */
export function restoreVerification(backend: Backend, record: StoredVerification): void {
  const newer = backend.state.verifications.some(
    (candidate) => candidate.accountId === record.accountId && candidate.purpose === record.purpose,
  );
  if (!newer) backend.state.verifications.push(record);
}

/** Follows an emailed link; tokens are unguessable, so a wrong one is simply unknown. */
export function confirmLink(
  backend: Backend,
  token: string,
  purpose: VerificationPurpose,
): StoredVerification {
  const accountId = backend.me().id;
  const record = backend.state.verifications.find(
    (candidate) =>
      candidate.accountId === accountId &&
      candidate.channel === 'email' &&
      candidate.purpose === purpose &&
      !candidate.withheld &&
      candidate.secret === token,
  );
  if (!record) throw new AccountError('not_found', 'This link is not valid, or was replaced by a newer one');
  if (backend.now() >= record.expiresAt) throw expired();
  remove(backend, record);
  return record;
}

export function dropVerifications(backend: Backend, purpose: VerificationPurpose): void {
  const accountId = backend.me().id;
  backend.state.verifications = backend.state.verifications.filter(
    (record) => record.accountId !== accountId || record.purpose !== purpose,
  );
}

export function describeVerification(backend: Backend, record: StoredVerification): Verification {
  return {
    id: record.id,
    purpose: record.purpose,
    channel: record.channel,
    sentTo: record.channel === 'sms' ? maskPhone(record.to) : maskEmail(record.to),
    expiresAt: backend.iso(record.expiresAt),
    resendAvailableAt: backend.iso(record.resendAvailableAt),
    attemptsLeft: attemptsLeft(backend, record.purpose),
  };
}

/** A fresh secret and expiry, sent through the outbox; the previous secret stops working. */
function issue(backend: Backend, record: StoredVerification): void {
  const now = backend.now();
  record.secret = record.channel === 'sms' ? randomCode() : randomToken();
  record.expiresAt = now + VERIFICATION_TTL_MS;
  record.resendAvailableAt = now + RESEND_COOLDOWN_MS;
  if (record.withheld) {
    backend.send({ channel: record.channel, to: record.to, purpose: 'email_in_use', secret: '' });
    return;
  }
  backend.send({ channel: record.channel, to: record.to, purpose: record.purpose, secret: record.secret });
}

function find(backend: Backend, id: unknown): StoredVerification {
  const accountId = backend.me().id;
  const record = backend.state.verifications.find(
    (candidate) => candidate.id === id && candidate.accountId === accountId,
  );
  if (!record) throw unknown();
  return record;
}

function remove(backend: Backend, record: StoredVerification): void {
  backend.state.verifications = backend.state.verifications.filter((candidate) => candidate !== record);
}

function unknown(): AccountError {
  return new AccountError('not_found', 'No such verification: it was never started, or is already used');
}

function exhausted(): AccountError {
  return new AccountError('verification_failed', 'Too many wrong codes: wait, then start again', {
    attemptsLeft: 0,
  });
}

function expired(): AccountError {
  return new AccountError('verification_expired', 'The code has expired: ask for a new one');
}
