import type * as z from 'zod/mini';
import { AccountError, ROUTES, type CallOptions } from '../../api/index.js';
import type { Backend } from './backend.js';
import { FaultQueue } from './faults.js';
import { IdempotencyLog } from './idempotency.js';
import type { AdapterMethod, MemoryAdapterOptions } from './options.js';
import { presentedToken, spendToken } from './security.js';
import { delay as sleep } from '../../api/delay.js';
import { pickDelay } from './timing.js';

export interface CallSpec<S extends z.ZodMiniType> {
  method: AdapterMethod;
  options: CallOptions | undefined;
  /** The call's input, to tell a replayed idempotency key from a reused one. */
  args: readonly unknown[];
  /** The contract schema of the answer. */
  output: S;
  operation: (backend: Backend) => unknown;
}

/**
 * The road of every call, in the order a server would take it: the trip there (latency, abort),
 * injected faults, missing features, the session, a replayed idempotency key, the reverification
 * gate, then the work. The answer goes out through its schema, so it is a copy that fits the contract.
 */
export class CallPipeline {
  readonly faults = new FaultQueue();
  readonly idempotency = new IdempotencyLog();
  private readonly unsupported: ReadonlySet<AdapterMethod>;
  private readonly reverify: ReadonlySet<AdapterMethod>;

  constructor(
    private readonly backend: Backend,
    private readonly options: MemoryAdapterOptions,
    /** Called after every write, failed ones too: a wrong code uses up a try. */
    private readonly afterWrite: () => void,
  ) {
    this.unsupported = new Set(options.unsupported);
    this.reverify = new Set(options.reverify);
  }

  async call<S extends z.ZodMiniType>(spec: CallSpec<S>): Promise<z.output<S>> {
    const { method, args, output, operation } = spec;
    const { signal, idempotencyKey, reverificationToken } = spec.options ?? {};
    signal?.throwIfAborted();
    await sleep(pickDelay(this.options.latency), signal);
    const { backend } = this;
    const fault = this.faults.take(method, () => backend.reverificationMethods());
    if (fault) throw fault;
    if (this.unsupported.has(method))
      throw new AccountError('unsupported', `${method} is not supported here`);
    backend.me();

    const remembered = isWrite(method) && idempotencyKey !== undefined;
    const replay = remembered ? this.idempotency.replay(method, idempotencyKey, args) : null;
    if (replay) return answer(output, await replay);

    const pass = this.reverify.has(method) ? presentedToken(backend, reverificationToken) : null;
    const outcome = this.run(method, async () => {
      const result = await operation(backend);
      if (pass) spendToken(backend, pass);
      return result;
    });
    if (remembered) this.idempotency.record(method, idempotencyKey, args, outcome);
    return answer(output, await outcome);
  }

  private async run(method: AdapterMethod, work: () => Promise<unknown>): Promise<unknown> {
    try {
      return await work();
    } finally {
      if (isWrite(method)) this.afterWrite();
    }
  }
}

function isWrite(method: AdapterMethod): boolean {
  return ROUTES[method][0] !== 'GET';
}

function answer<S extends z.ZodMiniType>(output: S, raw: unknown): z.output<S> {
  const parsed = output.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AccountError('invalid_response', 'MemoryAdapter produced an answer outside the contract', {
    cause: parsed.error,
  });
}
