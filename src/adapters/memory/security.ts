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
import { reserveTry } from './throttle.js';
import { checkTotpProof, useBackupCode } from './two-step.js';

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
  state.passkeys = state.passkeys.filter((record) => record.accountId !== me.id);
  state.passkeyRegistrations = state.passkeyRegistrations.filter((record) => record.accountId !== me.id);
  state.sessions = state.sessions.filter((record) => record.accountId !== me.id);
  delete state.signIn[me.id];
  backend.touch('/account');
}

export function startReverification(backend: Backend): Verification {
  return textCodeToPhoneOnFile(backend, 'reverification');
}

/**
 * Trades a proof for a token good for one operation, once, for five minutes. Wrong passwords, app
 * codes and backup codes are counted like wrong SMS codes, so none can be guessed here either.
 */
export async function completeReverification(
  backend: Backend,
  proof: ReverificationProof,
): Promise<ReverificationToken> {
  const me = backend.me();
  const parsed = parseInput(reverificationProof, proof);
  if (parsed.method === 'password') {
    const attempt = reserveTry(backend, 'reverification');
    if (!(await verifyPassword(parsed.password, me.passwordHash))) {
      throw new AccountError('verification_failed', 'The password is not right', {
        attemptsLeft: attempt.fail(),
      });
    }
    attempt.refund();
  } else if (parsed.method === 'sms') {
    confirmCode(backend, parsed.verificationId, 'reverification', parsed.code);
  } else if (parsed.method === 'totp') {
    await checkTotpProof(backend, parsed.code);
  } else {
    await useBackupCode(backend, parsed.code);
  }
  const now = backend.now();
  const issued: StoredReverificationToken = {
    token: randomToken(),
    accountId: me.id,
    operation: parsed.operation ?? null,
    expiresAt: now + REVERIFICATION_TOKEN_TTL_MS,
    spent: null,
  };
  backend.state.reverificationTokens = [
    ...backend.state.reverificationTokens.filter((record) => record.expiresAt > now),
    issued,
  ];
  return { token: issued.token, expiresAt: backend.iso(issued.expiresAt) };
}

/** A token taken for one call: spent from the moment it was checked, unless the call fails. */
export interface TakenToken {
  /** The call failed before it changed anything: the token is unused again, if this call spent it. */
  giveBack(): void;
}

/**
 * Checks the token presented with a call of `operation` and spends it in the same step, so two
 * parallel requests cannot both pass the check before either marks it used. It opens the call if it
 * is this account's, bought for this operation, not expired, and unused, or spent by this very
 * request (the same idempotency key) being replayed; a token spent by a request without a key opens
 * nothing again, whatever key comes with it. Otherwise the `reverification_required` refusal,
 * naming the operation.
 */
export function takeToken(
  backend: Backend,
  operation: string,
  token: string | undefined,
  idempotencyKey: string | undefined,
): TakenToken {
  const me = backend.me();
  const record = backend.state.reverificationTokens.find(
    (candidate) =>
      token !== undefined &&
      candidate.token === token &&
      candidate.accountId === me.id &&
      candidate.operation === operation &&
      candidate.expiresAt > backend.now() &&
      (candidate.spent === null || (candidate.spent.key !== null && candidate.spent.key === idempotencyKey)),
  );
  if (!record) {
    throw new AccountError('reverification_required', 'Confirm your identity to continue', {
      reverificationMethods: backend.reverificationMethods(),
      operation,
    });
  }
  if (record.spent !== null) return { giveBack: () => undefined };
  const spent = { key: idempotencyKey ?? null };
  record.spent = spent;
  return {
    giveBack: () => {
      if (record.spent === spent) record.spent = null;
    },
  };
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
