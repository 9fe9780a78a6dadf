import { AccountError } from '../../api/index.js';
import type { AdapterMethod } from './options.js';

/** How long a key is remembered, as the IETF idempotency-key draft suggests for most APIs. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface Entry {
  digest: Promise<string>;
  createdAt: number;
  /** What the first call answered, with any secret left out (see `CallPipeline`'s replay rules). */
  outcome: Promise<unknown>;
}

/**
 * The first outcome of each write per account, operation and idempotency key, so a retried request
 * (after a lost answer, or replayed after reverification) returns it again instead of doing the work
 * twice. The promise itself is kept, so a replay that arrives while the first call still runs waits
 * for the same result. Input is kept only as a digest: it may hold a password.
 */
export class IdempotencyLog {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /** The remembered outcome of this key, or null. The same key with other input is refused. */
  async replay(
    accountId: string,
    method: AdapterMethod,
    key: string,
    args: readonly unknown[],
  ): Promise<Promise<unknown> | null> {
    this.forgetExpired();
    const entry = this.entries.get(entryKey(accountId, method, key));
    if (!entry) return null;
    if ((await entry.digest) !== (await digest(args))) {
      throw new AccountError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with other input; make a new key for a new request',
      );
    }
    return entry.outcome;
  }

  record(
    accountId: string,
    method: AdapterMethod,
    key: string,
    args: readonly unknown[],
    outcome: Promise<unknown>,
  ): void {
    const entry: Entry = { digest: digest(args), createdAt: this.now(), outcome };
    this.entries.set(entryKey(accountId, method, key), entry);
  }

  /** Drops the entry of a key if it still holds this outcome. */
  forget(accountId: string, method: AdapterMethod, key: string, outcome: Promise<unknown>): void {
    const id = entryKey(accountId, method, key);
    if (this.entries.get(id)?.outcome === outcome) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  private forgetExpired(): void {
    const oldest = this.now() - IDEMPOTENCY_TTL_MS;
    for (const [key, entry] of this.entries) if (entry.createdAt <= oldest) this.entries.delete(key);
  }
}

function entryKey(accountId: string, method: AdapterMethod, key: string): string {
  return `${accountId} ${method} ${key}`;
}

/** SHA-256 of the input by value; a blob by its size and type, as reading it all would be costly. */
async function digest(args: readonly unknown[]): Promise<string> {
  const text = JSON.stringify(args, (_key, value: unknown) =>
    value instanceof Blob ? `blob:${value.type}:${value.size}` : value,
  );
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
