import { AccountError } from '../../api/index.js';
import type { AdapterMethod } from './options.js';

/** How long a key is remembered, as the IETF idempotency-key draft suggests for most APIs. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface Entry {
  digest: Promise<string>;
  createdAt: number;
  /** What the first call answered, with any secret left out (see `CallPipeline`'s replay rules). */
  answer?: { value: unknown };
}

/** A key as a call found it: claimed by this call, or remembered from an earlier one. */
export type Claim =
  | {
      replay?: undefined;
      /** The call succeeded: remember what it answered, for replays. */
      settle(answer: unknown): void;
      /** The call failed: forget the key, so corrected input may come back under it. */
      release(): void;
    }
  | {
      /**
       * The first call's answer; rejects with `idempotency_key_reused` for other input, and with
       * `idempotency_key_in_use` while the first call still runs.
       */
      replay: Promise<unknown>;
    };

/**
 * The first outcome of each write per account, operation and idempotency key, so a retried request
 * (after a lost answer, or replayed after reverification) returns it again instead of doing the work
 * twice. A key is claimed the moment a call looks it up, before any wait, so of two parallel
 * requests with one key exactly one runs; the other hears `idempotency_key_in_use` (409), as the
 * IETF idempotency-key draft asks, and may ask again once the first has answered. Input is kept
 * only as a digest: it may hold a password.
 */
export class IdempotencyLog {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  claim(accountId: string, method: AdapterMethod, key: string, args: readonly unknown[]): Claim {
    this.forgetExpired();
    const id = entryKey(accountId, method, key);
    const found = this.entries.get(id);
    // Whether the first call has answered is read now, as the request arrives, not after the digests
    // below are compared: how fast an engine hashes (WebKit's crypto.subtle answers a task later)
    // must not decide between "in use" and the answer.
    if (found) return { replay: replayOf(found, found.answer, args) };
    const entry: Entry = { digest: digest(args), createdAt: this.now() };
    this.entries.set(id, entry);
    return {
      settle: (value) => {
        entry.answer = { value };
      },
      release: () => {
        if (this.entries.get(id) === entry) this.entries.delete(id);
      },
    };
  }

  clear(): void {
    this.entries.clear();
  }

  private forgetExpired(): void {
    const oldest = this.now() - IDEMPOTENCY_TTL_MS;
    for (const [key, entry] of this.entries) if (entry.createdAt <= oldest) this.entries.delete(key);
  }
}

async function replayOf(entry: Entry, answer: Entry['answer'], args: readonly unknown[]): Promise<unknown> {
  if ((await entry.digest) !== (await digest(args))) {
    throw new AccountError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with other input; make a new key for a new request',
    );
  }
  if (!answer) {
    throw new AccountError(
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still being processed: ask again once it has answered',
      { retryAfter: 1 },
    );
  }
  return answer.value;
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
