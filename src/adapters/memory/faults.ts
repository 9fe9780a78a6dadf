import {
  AccountError,
  type AccountErrorCode,
  type FieldError,
  type ReverificationMethod,
} from '../../api/index.js';
import type { AdapterMethod } from './options.js';

export interface FaultOptions {
  /** Only calls of this method fail; any method when left out. */
  method?: AdapterMethod;
  /** How many matching calls fail. Default 1. */
  times?: number;
  retryAfter?: number;
  fields?: Record<string, FieldError>;
  attemptsLeft?: number;
  message?: string;
}

interface Fault {
  code: AccountErrorCode;
  options: FaultOptions;
  remaining: number;
}

/** Failures queued by a test or a demo, thrown by the next matching calls in the order they were queued. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(code: AccountErrorCode, options: FaultOptions): void {
    this.faults.push({ code, options, remaining: Math.max(1, options.times ?? 1) });
  }

  /** The error for this call, if one is queued for it; it counts as used. */
  take(method: AdapterMethod, reverificationMethods: () => ReverificationMethod[]): AccountError | null {
    const fault = this.faults.find(
      (candidate) => candidate.options.method === undefined || candidate.options.method === method,
    );
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    const { code, options } = fault;
    return new AccountError(code, options.message ?? `Injected failure: ${code}`, {
      fields: options.fields,
      retryAfter: options.retryAfter ?? (code === 'rate_limited' ? 1 : undefined),
      attemptsLeft: options.attemptsLeft ?? (code === 'verification_failed' ? 0 : undefined),
      reverificationMethods: code === 'reverification_required' ? reverificationMethods() : undefined,
    });
  }

  clear(): void {
    this.faults = [];
  }
}
