import { AccountError } from '../../api/index.js';
import type { AdapterMethod } from './options.js';

interface Entry {
  fingerprint: string;
  outcome: Promise<unknown>;
}

/**
 * The first outcome of each write per idempotency key, so a retried request (after a lost answer,
 * or replayed after reverification) returns it again instead of doing the work twice. The promise
 * itself is kept, so a replay that arrives while the first call still runs waits for the same result.
 */
export class IdempotencyLog {
  private readonly entries = new Map<string, Entry>();

  /** The remembered outcome of this key, or null. The same key with other input is a client bug. */
  replay(method: AdapterMethod, key: string, args: readonly unknown[]): Promise<unknown> | null {
    const entry = this.entries.get(`${method} ${key}`);
    if (!entry) return null;
    if (entry.fingerprint !== fingerprint(args)) {
      throw new AccountError('conflict', 'This Idempotency-Key was already used with other input');
    }
    return entry.outcome;
  }

  record(method: AdapterMethod, key: string, args: readonly unknown[], outcome: Promise<unknown>): void {
    this.entries.set(`${method} ${key}`, { fingerprint: fingerprint(args), outcome });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Compares input by value; a blob by its size and type, as reading it all would be costly. */
function fingerprint(args: readonly unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    value instanceof Blob ? `blob:${value.type}:${value.size}` : value,
  );
}
