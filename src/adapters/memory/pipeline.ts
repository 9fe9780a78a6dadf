import type * as z from 'zod/mini';
import {
  type ADMIN_OPERATIONS,
  ANSWER_VERSIONS,
  AccountError,
  CONDITIONAL_UPDATES,
  ROUTES,
  STEP_UP_OPERATIONS,
  type ApiKeySecret,
  type CallOptions,
  type TotpSetup,
  type TwoStepChange,
  type VersionedResource,
} from '../../api/index.js';
import { delay as sleep } from '../../api/delay.js';
import type { Backend } from './backend.js';
import { FaultQueue } from './faults.js';
import { IdempotencyLog } from './idempotency.js';
import type { AdapterMethod, MemoryAdapterOptions } from './options.js';
import { revealApiKey, takeToken } from './security.js';
import { pickDelay } from './timing.js';
import { describeTotpSetup } from './two-step.js';

export interface CallSpec<S extends z.ZodMiniType> {
  method: AdapterMethod;
  options: CallOptions | undefined;
  /** The call's input, to tell a replayed idempotency key from a reused one. */
  args: readonly unknown[];
  /** The contract schema of the answer. */
  output: S;
  operation: (backend: Backend) => unknown;
}

/** What only an admin may do, and how the refusal says it. */
// Keyed by the contract's list, so the two cannot drift apart.
const ADMIN_ONLY: Record<(typeof ADMIN_OPERATIONS)[number], string> = {
  revealApiKey: 'see the API key',
  regenerateApiKey: 'replace the API key',
  deleteAccount: 'delete the account',
  startCheckout: 'change the plan',
};

/**
 * The operations that need a fresh identity check unless the options say otherwise: the
 * contract's `STEP_UP_OPERATIONS`. A password reset by a code to the cell on file, or a change giving the current password, carries
 * its own proof.
 */
export const STEP_UP_BY_DEFAULT: readonly AdapterMethod[] = STEP_UP_OPERATIONS;

/**
 * How a replayed key answers without the log holding a secret: the key is read again, only while
 * the key the first call answered is still the one in force (a replay is that answer again, never
 * a new reading); so is an authenticator app's secret, while that setup still waits for its first
 * code. Backup codes are kept only as hashes, so an answer that showed them cannot be given again:
 * its replay is a `conflict`, and the person makes new ones. A reverification token is never
 * replayed: a new proof buys a new one.
 */
const REPLAY_WITHOUT_SECRETS: Partial<
  Record<
    AdapterMethod,
    { keep: (answer: unknown) => unknown; restore: (kept: unknown, backend: Backend) => unknown }
  >
> = {
  revealApiKey: { keep: keyId, restore: sameKeyAgain },
  regenerateApiKey: { keep: keyId, restore: sameKeyAgain },
  startTotpSetup: { keep: setupId, restore: sameSetupAgain },
  confirmTotpSetup: { keep: withoutCodes, restore: unlessCodesShown },
  enableSmsTwoStep: { keep: withoutCodes, restore: unlessCodesShown },
  regenerateBackupCodes: {
    keep: () => null,
    restore: () => {
      throw codesShownOnce();
    },
  },
};

function setupId(answer: unknown): unknown {
  return (answer as TotpSetup).id;
}

function sameSetupAgain(keptId: unknown, backend: Backend): Promise<TotpSetup> {
  if (backend.signIn().totpSetup?.id !== keptId)
    throw new AccountError('conflict', 'The setup this request answered with is confirmed or replaced');
  return describeTotpSetup(backend);
}

/** What a two-step change answered, with its backup codes left out and marked as shown. */
function withoutCodes(answer: unknown): unknown {
  const { twoStep, backupCodes } = answer as TwoStepChange;
  return { twoStep, shown: backupCodes !== null };
}

function unlessCodesShown(kept: unknown): TwoStepChange {
  const { twoStep, shown } = kept as { twoStep: TwoStepChange['twoStep']; shown: boolean };
  if (shown) throw codesShownOnce();
  return { twoStep, backupCodes: null };
}

function codesShownOnce(): AccountError {
  return new AccountError(
    'conflict',
    'The backup codes were shown once, in the first answer, and are not kept: make new ones',
  );
}

function keyId(answer: unknown): unknown {
  return (answer as ApiKeySecret).info.id;
}

function sameKeyAgain(keptId: unknown, backend: Backend): ApiKeySecret {
  if (backend.state.apiKey.id !== keptId)
    throw new AccountError('conflict', 'The key this request answered with has been replaced since');
  return revealApiKey(backend);
}
const NEVER_REPLAYED: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>(['completeReverification']);

/**
 * The road of every call, in the order a server would take it: the trip there (latency, abort),
 * injected faults, missing features, the session, the role, the identity check, a replayed
 * idempotency key, the version of what is updated, then the work. A replay passes every check a
 * first call does. The answer goes out through its schema, so it is a copy that fits the contract.
 */
export class CallPipeline {
  readonly faults = new FaultQueue();
  readonly idempotency: IdempotencyLog;
  private readonly unsupported: ReadonlySet<AdapterMethod>;
  private readonly reverify: ReadonlySet<AdapterMethod>;
  /** The version of each resource this adapter last answered with: what its caller has seen. */
  private readonly served = new Map<VersionedResource, string>();

  constructor(
    private readonly backend: Backend,
    private readonly options: MemoryAdapterOptions,
    /** Resolves once the state is ready (its passwords hashed). */
    private readonly ready: () => Promise<void>,
    /** Called after every write, failed ones too: a wrong code uses up a try. */
    private readonly afterWrite: () => void,
  ) {
    this.idempotency = new IdempotencyLog(backend.now);
    this.unsupported = new Set(options.unsupported);
    this.reverify = new Set(options.reverify ?? STEP_UP_BY_DEFAULT);
  }

  /** The version of a resource now, as an entity tag (`"3"`). */
  etag(resource: VersionedResource): string {
    return `"${this.backend.state.revisions[resource]}"`;
  }

  async call<S extends z.ZodMiniType>(spec: CallSpec<S>): Promise<z.output<S>> {
    const { method, args, output } = spec;
    const { signal, idempotencyKey, reverificationToken } = spec.options ?? {};
    signal?.throwIfAborted();
    await sleep(pickDelay(this.options.latency), signal);
    await this.ready();
    const { backend } = this;
    const fault = this.faults.take(method, () => backend.reverificationMethods());
    if (fault) throw fault;
    if (this.unsupported.has(method))
      throw new AccountError('unsupported', `${method} is not supported here`);
    const me = backend.me();
    const adminOnly = (ADMIN_ONLY as Partial<Record<AdapterMethod, string>>)[method];
    if (adminOnly !== undefined && me.role !== 'admin')
      throw new AccountError('forbidden', `Only an admin can ${adminOnly}`);
    // The token is spent as it is checked, and the idempotency key claimed as it is looked up, each
    // in one step with no wait between: parallel requests cannot all pass before one marks it used.
    const pass = this.reverify.has(method)
      ? takeToken(backend, method, reverificationToken, idempotencyKey)
      : null;
    try {
      const remembered = isWrite(method) && idempotencyKey !== undefined && !NEVER_REPLAYED.has(method);
      const claim = remembered ? this.idempotency.claim(me.id, method, idempotencyKey, args) : null;
      if (claim?.replay) {
        const kept = await claim.replay;
        const rules = REPLAY_WITHOUT_SECRETS[method];
        return this.answer(method, output, rules ? await rules.restore(kept, backend) : kept);
      }
      try {
        this.checkVersion(method, spec.options?.ifMatch);
        const result = await this.run(method, async () => spec.operation(backend));
        const rules = REPLAY_WITHOUT_SECRETS[method];
        claim?.settle(rules ? rules.keep(result) : result);
        return this.answer(method, output, result);
      } catch (error) {
        // A failed call is not remembered: corrected input may come back under the same key.
        claim?.release();
        throw error;
      }
    } catch (error) {
      // Nothing was done: the token opens the call again, with corrected input.
      pass?.giveBack();
      throw error;
    }
  }

  /** An update must name the version it was made against, and it must still be the latest. */
  private checkVersion(method: AdapterMethod, ifMatch: string | undefined): void {
    if (!(CONDITIONAL_UPDATES as readonly string[]).includes(method)) return;
    const resource = ANSWER_VERSIONS[method as (typeof CONDITIONAL_UPDATES)[number]];
    const version = ifMatch ?? this.served.get(resource);
    if (version === undefined) {
      throw new AccountError(
        'precondition_required',
        'Read the resource first: an update must say which version it changes',
      );
    }
    if (!matches(version, this.etag(resource))) {
      // As `RestAdapter` learns the new ETag from a 412: after "load the latest", a retry goes through.
      this.served.set(resource, this.etag(resource));
      throw new AccountError(
        'conflict',
        'The resource changed since it was read: reload it, then try again',
        {
          status: 412,
        },
      );
    }
  }

  private async run(method: AdapterMethod, work: () => Promise<unknown>): Promise<unknown> {
    try {
      return await work();
    } finally {
      if (isWrite(method)) this.afterWrite();
    }
  }

  private answer<S extends z.ZodMiniType>(method: AdapterMethod, output: S, raw: unknown): z.output<S> {
    const resource = (ANSWER_VERSIONS as Partial<Record<AdapterMethod, VersionedResource>>)[method];
    if (resource) this.served.set(resource, this.etag(resource));
    const parsed = output.safeParse(raw);
    if (parsed.success) return parsed.data;
    throw new AccountError('invalid_response', 'MemoryAdapter produced an answer outside the contract', {
      cause: parsed.error,
    });
  }
}

function isWrite(method: AdapterMethod): boolean {
  return ROUTES[method][0] !== 'GET';
}

/** `If-Match` per RFC 9110: `*`, or a list of tags; a weak tag compares by its value here. */
export function matches(ifMatch: string, current: string): boolean {
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(current);
}
