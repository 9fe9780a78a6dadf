import {
  AccountError,
  accountDeletion,
  parseInput,
  reverificationProof,
  type ApiKeyInfo,
  type ApiKeySecret,
  type ReverificationProof,
  type ReverificationToken,
  type Verification,
} from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import { textCodeToPhoneOnFile } from './contact.js';
import { randomHex, randomId, randomToken } from './random.js';
import type { StoredReverificationToken } from './state.js';
import { confirmCode } from './verifications.js';
import { verifyPassword } from './passwords.js';
import { recordFailure, refuseWhileLocked } from './throttle.js';

/** The API key, account deletion and reverification: what only an admin, or a fresh proof, may do. */

export const REVERIFICATION_TOKEN_TTL_MS = 5 * 60 * 1000;

export function getApiKey(backend: Backend): ApiKeyInfo {
  backend.me();
  return apiKeyInfo(backend);
}

export function revealApiKey(backend: Backend): ApiKeySecret {
  return { key: backend.state.apiKey.secret, info: apiKeyInfo(backend) };
}

export function regenerateApiKey(backend: Backend): ApiKeySecret {
  backend.state.apiKey = {
    id: randomId('key'),
    secret: `ak_live_${randomHex(16)}`,
    createdAt: backend.now(),
    lastUsedAt: null,
  };
  return revealApiKey(backend);
}

export function deleteAccount(backend: Backend, confirmation: string): void {
  const me = backend.me();
  const typed = parseInput(accountDeletion, { confirmation }).confirmation;
  if (typed !== me.username) throw invalidField('confirmation', 'confirmation_mismatch');
  backend.avatars.drop(me.id, me.avatarUrl);
  const { state } = backend;
  state.accounts = state.accounts.filter((account) => account !== me);
  state.verifications = state.verifications.filter((record) => record.accountId !== me.id);
  state.reverificationTokens = state.reverificationTokens.filter((record) => record.accountId !== me.id);
  backend.touch('/account');
}

export function startReverification(backend: Backend): Verification {
  return textCodeToPhoneOnFile(backend, 'reverification');
}

/**
 * Trades a proof for a token good for one operation, once, for five minutes. Wrong passwords are
 * counted like wrong codes, so the password cannot be guessed here either.
 */
export async function completeReverification(
  backend: Backend,
  proof: ReverificationProof,
): Promise<ReverificationToken> {
  const me = backend.me();
  const parsed = parseInput(reverificationProof, proof);
  if (parsed.method === 'password') {
    refuseWhileLocked(backend, 'reverification');
    if (!(await verifyPassword(parsed.password, me.passwordHash))) {
      const attemptsLeft = recordFailure(backend, 'reverification');
      throw new AccountError('verification_failed', 'The password is not right', { attemptsLeft });
    }
  } else {
    confirmCode(backend, parsed.verificationId, 'reverification', parsed.code);
  }
  const now = backend.now();
  const issued: StoredReverificationToken = {
    token: randomToken(),
    accountId: me.id,
    operation: parsed.operation ?? null,
    expiresAt: now + REVERIFICATION_TOKEN_TTL_MS,
    spentOn: null,
  };
  backend.state.reverificationTokens = [
    ...backend.state.reverificationTokens.filter((record) => record.expiresAt > now),
    issued,
  ];
  return { token: issued.token, expiresAt: backend.iso(issued.expiresAt) };
}

/**
 * The token presented with a call of `operation`, if it opens it: this account's, bought for this
 * operation, not expired, and unused, or used by this very request (same idempotency key) being
 * replayed. Otherwise the `reverification_required` refusal, naming the operation.
 */
export function presentedToken(
  backend: Backend,
  operation: string,
  token: string | undefined,
  idempotencyKey: string | undefined,
): StoredReverificationToken {
  const me = backend.me();
  const record = backend.state.reverificationTokens.find(
    (candidate) =>
      token !== undefined &&
      candidate.token === token &&
      candidate.accountId === me.id &&
      candidate.operation === operation &&
      candidate.expiresAt > backend.now() &&
      (candidate.spentOn === null || candidate.spentOn === idempotencyKey),
  );
  if (!record) {
    throw new AccountError('reverification_required', 'Confirm your identity to continue', {
      reverificationMethods: backend.reverificationMethods(),
      operation,
    });
  }
  return record;
}

/** Marks a token used by the request with this key (a request without one cannot be replayed). */
export function spendToken(record: StoredReverificationToken, idempotencyKey: string | undefined): void {
  record.spentOn = idempotencyKey ?? 'spent';
}

function apiKeyInfo(backend: Backend): ApiKeyInfo {
  const { id, secret, createdAt, lastUsedAt } = backend.state.apiKey;
  return {
    id,
    masked: `ak_live_••••••••${secret.slice(-4)}`,
    createdAt: backend.iso(createdAt),
    lastUsedAt: lastUsedAt === null ? null : backend.iso(lastUsedAt),
  };
}
