import type { CheckResult, Operation, Outcome } from './types.js';

/** A failure outweighs a pass, and a pass a skip: a check run twice reports its worst outcome. */
const WEIGHT: Record<Outcome, number> = { skip: 0, pass: 1, unsupported: 2, fail: 3 };

/** Every check's outcome, one per operation and check name. */
export class Recorder {
  readonly #results = new Map<string, CheckResult>();
  /** What could not be checked at all for this server, said once above the table. */
  readonly notes: string[] = [];

  get results(): CheckResult[] {
    return [...this.#results.values()];
  }

  record(operation: Operation, check: string, outcome: Outcome, detail = ''): void {
    const key = `${operation} ${check}`;
    const earlier = this.#results.get(key);
    if (earlier && WEIGHT[earlier.outcome] >= WEIGHT[outcome]) return;
    this.#results.set(key, { operation, check, outcome, detail });
  }

  pass(operation: Operation, check: string, detail = ''): void {
    this.record(operation, check, 'pass', detail);
  }

  fail(operation: Operation, check: string, detail: string): void {
    this.record(operation, check, 'fail', detail);
  }

  skip(operation: Operation, check: string, reason: string): void {
    this.record(operation, check, 'skip', reason);
  }

  /** True when the server said it does not offer the operation (501). */
  unsupported(operation: Operation): boolean {
    return this.#results.get(`${operation} offered`)?.outcome === 'unsupported';
  }

  /** Whether a check of this operation failed. */
  failed(operation: Operation, check?: string): boolean {
    return this.results.some(
      (result) =>
        result.operation === operation && result.outcome === 'fail' && (!check || result.check === check),
    );
  }
}
