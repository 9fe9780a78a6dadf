import { AccountError, type VerificationPurpose } from '../../api/index.js';
import type { Backend } from './backend.js';
import type { Throttle } from './state.js';

/**
 * Limits per account and purpose, not per code: starting over gives no fresh tries and sends no
 * unlimited SMS. A stolen session can make five wrong guesses an hour at a purpose, and have ten
 * codes a day sent, at least thirty seconds apart.
 */
export const MAX_ATTEMPTS = 5;
export const ATTEMPT_WINDOW_MS = 60 * 60 * 1000;
export const RESEND_COOLDOWN_MS = 30 * 1000;
export const DAILY_SEND_LIMIT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Username availability checks an account may make in a window: a person typing makes a few dozen. */
export const USERNAME_CHECK_LIMIT = 60;
export const USERNAME_CHECK_WINDOW_MS = 10 * 60 * 1000;

/**
 * What is throttled: each verification purpose, with wrong passwords, app codes and backup codes
 * counted as wrong identity checks (`reverification`), whether typed in the identity check or as the
 * current password; and the first code of a new authenticator app (`two_step`).
 */
export type ThrottleKind = VerificationPurpose | 'two_step';

/** A try counted before its check ran: kept when the check fails, given back when it succeeds. */
export interface ReservedTry {
  /** The check failed: the try stays counted. Returns the tries left. */
  fail(): number;
  /** The check succeeded: the try is given back. */
  refund(): void;
}

export function attemptsLeft(backend: Backend, kind: ThrottleKind): number {
  return Math.max(0, MAX_ATTEMPTS - recent(backend, kind).failures.length);
}

/**
 * Counts a try before the slow check (a password hash, a database read) runs, refusing while the
 * tries are used up. Parallel requests each see the count the ones before them left, so no more
 * than `MAX_ATTEMPTS` of them are ever checked; reading the count, awaiting the check and only then
 * counting would let every one of them through.
 */
export function reserveTry(backend: Backend, kind: ThrottleKind): ReservedTry {
  refuseWhileLocked(backend, kind);
  const time = backend.now();
  recent(backend, kind).failures.push(time);
  return {
    fail: () => attemptsLeft(backend, kind),
    refund: () => {
      const { failures } = recent(backend, kind);
      const index = failures.lastIndexOf(time);
      if (index >= 0) failures.splice(index, 1);
    },
  };
}

/** Refuses with `rate_limited` and the wait while the tries of this kind are used up. */
export function refuseWhileLocked(backend: Backend, kind: ThrottleKind): void {
  const { failures } = recent(backend, kind);
  if (failures.length < MAX_ATTEMPTS) return;
  throw rateLimited(
    'Too many wrong tries: wait before trying again',
    failures[0]! + ATTEMPT_WINDOW_MS,
    backend,
  );
}

/**
 * Checks the cooldown and the daily cap before sending a code, link or notice of this kind, and
 * counts the send; refuses with `rate_limited` and the wait otherwise.
 */
export function takeSend(backend: Backend, kind: ThrottleKind): void {
  const { sends } = recent(backend, kind);
  const last = sends.at(-1);
  if (last !== undefined && backend.now() < last + RESEND_COOLDOWN_MS) {
    throw rateLimited('A new code cannot be sent yet', last + RESEND_COOLDOWN_MS, backend);
  }
  if (sends.length >= DAILY_SEND_LIMIT) {
    throw rateLimited('Too many codes were sent today', sends[0]! + DAY_MS, backend);
  }
  sends.push(backend.now());
}

/**
 * Counts a username availability check, refusing with `rate_limited` past the limit: answered
 * without one, the check would list every taken and reserved name.
 */
export function takeUsernameCheck(backend: Backend): void {
  const key = `${backend.me().id}:username_check`;
  const now = backend.now();
  const checks = (backend.state.throttles[key]?.sends ?? []).filter(
    (time) => time > now - USERNAME_CHECK_WINDOW_MS,
  );
  backend.state.throttles[key] = { sends: checks, failures: [] };
  if (checks.length >= USERNAME_CHECK_LIMIT) {
    throw rateLimited(
      'Too many username checks: wait a little',
      checks[0]! + USERNAME_CHECK_WINDOW_MS,
      backend,
    );
  }
  checks.push(now);
}

/** The throttle of the signed-in account for a kind, with what has aged out dropped. */
function recent(backend: Backend, kind: ThrottleKind): Throttle {
  const key = `${backend.me().id}:${kind}`;
  const now = backend.now();
  const stored = backend.state.throttles[key] ?? { sends: [], failures: [] };
  const fresh: Throttle = {
    sends: stored.sends.filter((time) => time > now - DAY_MS),
    failures: stored.failures.filter((time) => time > now - ATTEMPT_WINDOW_MS),
  };
  backend.state.throttles[key] = fresh;
  return fresh;
}

function rateLimited(message: string, until: number, backend: Backend): AccountError {
  return new AccountError('rate_limited', message, {
    retryAfter: Math.max(1, Math.ceil((until - backend.now()) / 1000)),
  });
}
