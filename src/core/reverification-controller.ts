import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAccountError,
  newIdempotencyKey,
  toAccountError,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type ReverificationMethod,
  type Verification,
} from '../api/index.js';

/** Rejection of `run` when the person closes the identity check: nothing was changed. */
export class ReverificationCancelled extends Error {
  constructor() {
    super('The identity check was cancelled');
    this.name = 'ReverificationCancelled';
  }
}

interface Pending {
  resolve: (token: string) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs a sensitive operation; when the backend answers `reverification_required`, asks the person
 * for the proof it wants (password or an SMS code), then replays the operation once with the same
 * idempotency key and the token. Cancelling rejects with `ReverificationCancelled`.
 */
export class ReverificationController implements ReactiveController {
  open = false;
  methods: ReverificationMethod[] = [];
  method: ReverificationMethod = 'password';
  verification?: Verification;
  error?: AccountError;
  busy = false;
  password = '';
  code = '';

  private readonly host: ReactiveControllerHost;
  private readonly adapter: () => AccountAdapter | undefined;
  private pending?: Pending;
  /** The operation the backend asked the check for; the token it buys opens that one only. */
  private operation?: string;

  constructor(host: ReactiveControllerHost, adapter: () => AccountAdapter | undefined) {
    this.host = host;
    this.adapter = adapter;
    host.addController(this);
  }

  async run<R>(operation: (options: CallOptions) => Promise<R>, options: CallOptions = {}): Promise<R> {
    const first = { ...options, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() };
    try {
      return await operation(first);
    } catch (error) {
      if (!isAccountError(error, 'reverification_required')) throw error;
      this.operation = error.operation;
      const token = await this.ask(error.reverificationMethods);
      return operation({ ...first, reverificationToken: token });
    }
  }

  cancel(): void {
    this.pending?.reject(new ReverificationCancelled());
    this.close();
  }

  choose(method: ReverificationMethod): void {
    this.method = method;
    this.error = undefined;
    this.host.requestUpdate();
  }

  setPassword(value: string): void {
    this.password = value;
    this.error = undefined;
    this.host.requestUpdate();
  }

  setCode(value: string): void {
    this.code = value;
    this.error = undefined;
    this.host.requestUpdate();
  }

  sendCode(): Promise<void> {
    return this.step(async (adapter) => {
      this.verification = await adapter.startReverification();
      this.code = '';
    });
  }

  /** Trades the proof for a token and lets the waiting operation replay. */
  confirm(): Promise<void> {
    return this.step(async (adapter) => {
      const operation = this.operation;
      const proof =
        this.method === 'sms' && this.verification
          ? { method: 'sms' as const, verificationId: this.verification.id, code: this.code, operation }
          : { method: 'password' as const, password: this.password, operation };
      const { token } = await adapter.completeReverification(proof);
      this.pending?.resolve(token);
      this.close();
    });
  }

  hostDisconnected(): void {
    if (this.open) this.cancel();
  }

  private ask(methods: ReverificationMethod[]): Promise<string> {
    this.methods = methods.length ? methods : ['password'];
    this.method = this.methods[0] ?? 'password';
    this.open = true;
    this.host.requestUpdate();
    return new Promise<string>((resolve, reject) => (this.pending = { resolve, reject }));
  }

  private async step(action: (adapter: AccountAdapter) => Promise<void>): Promise<void> {
    const adapter = this.adapter();
    if (!adapter || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await action(adapter);
    } catch (error) {
      this.error = toAccountError(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private close(): void {
    this.open = false;
    this.pending = undefined;
    this.verification = undefined;
    this.password = '';
    this.code = '';
    this.error = undefined;
    this.host.requestUpdate();
  }
}
