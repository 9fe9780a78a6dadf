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

/** The API key, account deletion and reverification: what only an admin, or a fresh proof, may do. */

export const REVERIFICATION_TOKEN_TTL_MS = 5 * 60 * 1000;

export function getApiKey(backend: Backend): ApiKeyInfo {
  backend.me();
  return apiKeyInfo(backend);
}

export function revealApiKey(backend: Backend): ApiKeySecret {
  requireAdmin(backend, 'see the API key');
  return { key: backend.state.apiKey.secret, info: apiKeyInfo(backend) };
}

export function regenerateApiKey(backend: Backend): ApiKeySecret {
  requireAdmin(backend, 'replace the API key');
  backend.state.apiKey = {
    id: randomId('key'),
    secret: `ak_live_${randomHex(16)}`,
    createdAt: backend.now(),
    lastUsedAt: null,
  };
  return revealApiKey(backend);
}

export function deleteAccount(backend: Backend, confirmation: string): void {
  const me = requireAdmin(backend, 'delete the account');
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

export function completeReverification(backend: Backend, proof: ReverificationProof): ReverificationToken {
  const me = backend.me();
  const parsed = parseInput(reverificationProof, proof);
  if (parsed.method === 'password') {
    if (parsed.password !== me.password)
      throw new AccountError('verification_failed', 'The password is not right');
  } else {
    confirmCode(backend, parsed.verificationId, 'reverification', parsed.code);
  }
  const now = backend.now();
  const issued: StoredReverificationToken = {
    token: randomToken(),
    accountId: me.id,
    expiresAt: now + REVERIFICATION_TOKEN_TTL_MS,
  };
  backend.state.reverificationTokens = [
    ...backend.state.reverificationTokens.filter((record) => record.expiresAt > now),
    issued,
  ];
  return { token: issued.token, expiresAt: backend.iso(issued.expiresAt) };
}

/** The valid token presented with a call, or the `reverification_required` refusal. */
export function presentedToken(backend: Backend, token: string | undefined): StoredReverificationToken {
  const me = backend.me();
  const record = backend.state.reverificationTokens.find(
    (candidate) =>
      candidate.token === token && candidate.accountId === me.id && candidate.expiresAt > backend.now(),
  );
  if (!record || token === undefined) {
    throw new AccountError('reverification_required', 'Confirm your identity to continue', {
      reverificationMethods: backend.reverificationMethods(),
    });
  }
  return record;
}

export function spendToken(backend: Backend, record: StoredReverificationToken): void {
  backend.state.reverificationTokens = backend.state.reverificationTokens.filter(
    (candidate) => candidate !== record,
  );
}

function requireAdmin(backend: Backend, action: string) {
  const me = backend.me();
  if (me.role !== 'admin') throw new AccountError('forbidden', `Only an admin can ${action}`);
  return me;
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
