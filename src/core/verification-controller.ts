import {
  isAccountError,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type Verification,
} from '../api/index.js';
import {
  ActionController,
  type ActionHost,
  type ActionState,
  type AdapterCall,
} from './action-controller.js';
import { now } from './configure.js';
import { Ticker } from './ticker.js';
import type { ResourceKey } from './store.js';

export type VerificationStep = 'idle' | 'code-sent' | 'done';

export interface VerificationOptions<S extends readonly unknown[], C extends readonly unknown[], R> {
  /** Sends the first code (or link): `startPhoneChange`, `startPasswordReset`, `startEmailChange`. */
  start: (adapter: AccountAdapter, args: S, options: CallOptions) => Promise<Verification>;
  /** Checks the code, with whatever else the flow sends along (a new password). */
  confirm?: (
    adapter: AccountAdapter,
    verification: Verification,
    code: string,
    args: C,
    options: CallOptions,
  ) => Promise<R>;
  /** Where the confirmed answer goes in the shared store. */
  saves?: AdapterCall<C, R>['saves'];
  /** Resources starting the flow may change (a pending email), read again after a timeout. */
  affects?: readonly ResourceKey[];
  /** The flow is done: the code was right. */
  onVerified?: (result: R, args: C) => void;
  /** A code or link is on its way (first sent, or sent again). */
  onSent?: (verification: Verification) => void;
  /** What a failure to send the first code does, instead of the element's default. */
  onStartFailure?: (error: AccountError) => void;
  /** What a refused code, or a failed resend, does, instead of the element's default. */
  onCodeFailure?: (error: AccountError) => void;
}

/** What the code step's view reads, whatever the flow sends and answers. */
export interface CodeFlowView {
  readonly verification?: Verification | undefined;
  readonly code: string;
  readonly step: VerificationStep;
  readonly resendIn: number;
  readonly expired: boolean;
  readonly attemptsLeft: number;
  readonly spent: boolean;
  readonly error: AccountError | undefined;
  readonly resending: ActionState;
  readonly confirming: ActionState;
  setCode(code: string): void;
  resend(): Promise<unknown>;
  reset(): void;
}

/**
 * A code sent by SMS (or a link by email) and its life: sent, entered, checked; resend after the
 * cooldown; expiry; tries left. Its three actions are `ActionController`s, so each has its busy
 * state, its failure, its wait after `rate_limited` and the identity check, without a line here.
 */
export class VerificationController<
  S extends readonly unknown[] = [],
  C extends readonly unknown[] = [],
  R = unknown,
> implements CodeFlowView {
  code = '';
  /** The code or link in force: the first one sent, then each resend. */
  verification?: Verification;
  step: VerificationStep = 'idle';

  readonly starting: ActionController<S, Verification>;
  readonly resending: ActionController<[string], Verification>;
  readonly confirming: ActionController<C, R>;

  /** Renders the host each second while the resend or the expiry counts down. */
  private readonly ticker: Ticker;

  constructor(host: ActionHost, options: VerificationOptions<S, C, R>) {
    const sent = (verification: Verification) => {
      this.verification = verification;
      this.code = '';
      this.step = 'code-sent';
      this.confirming.reset();
      this.ticker.start();
      options.onSent?.(verification);
    };
    this.starting = new ActionController(host, {
      call: (adapter, args, callOptions) => options.start(adapter, args, callOptions),
      affects: options.affects,
      onSuccess: sent,
      onFailure: options.onStartFailure,
    });
    this.resending = new ActionController(host, {
      call: (adapter, [id], callOptions) => adapter.resendVerification(id, callOptions),
      onSuccess: sent,
      onFailure: options.onCodeFailure,
    });
    this.confirming = new ActionController(host, {
      call: async (adapter, args, callOptions) => {
        const { confirm } = options;
        const verification = this.verification;
        if (!confirm || !verification) throw new Error('Nothing to confirm: no code was sent');
        try {
          return await confirm(adapter, verification, this.code, args, callOptions);
        } catch (error) {
          // Before the failure shows, so it shows the tries left; not for an answer nobody waits for.
          if (!callOptions.signal?.aborted) this.learnFrom(error);
          throw error;
        }
      },
      saves: options.saves,
      onSuccess: (result, args) => {
        this.step = 'done';
        this.ticker.stop();
        options.onVerified?.(result, args);
      },
      onFailure: options.onCodeFailure,
    });
    this.ticker = new Ticker(host, {
      counting: () => this.step === 'code-sent' && !(this.resendIn === 0 && this.expired),
    });
  }

  /** Whole seconds until a resend is accepted; 0 when it is. */
  get resendIn(): number {
    const until = this.verification ? Date.parse(this.verification.resendAvailableAt) : 0;
    return Math.max(0, Math.ceil((until - now()) / 1000), this.resending.waitSeconds);
  }

  get expired(): boolean {
    return !!this.verification && Date.parse(this.verification.expiresAt) <= now();
  }

  get attemptsLeft(): number {
    return this.verification?.attemptsLeft ?? 0;
  }

  /** No code can be checked any more: out of tries, or expired. The flow must start again. */
  get spent(): boolean {
    return this.step === 'code-sent' && (this.attemptsLeft === 0 || this.expired);
  }

  get busy(): boolean {
    return this.starting.pending || this.resending.pending || this.confirming.pending;
  }

  /** The failure to show: of the step the person is at. */
  get error(): AccountError | undefined {
    return this.step === 'idle' ? this.starting.error : (this.confirming.error ?? this.resending.error);
  }

  start(...args: S): Promise<Verification | undefined> {
    return this.starting.run(...args);
  }

  resend(): Promise<Verification | undefined> {
    const current = this.verification;
    if (!current || this.resendIn > 0) return Promise.resolve(undefined);
    return this.resending.run(current.id);
  }

  confirm(...args: C): Promise<R | undefined> {
    return this.confirming.run(...args);
  }

  setCode(code: string): void {
    this.code = code;
    this.confirming.reset();
  }

  /** Back to the start: the person changed their mind, or must begin again. */
  reset(): void {
    this.step = 'idle';
    this.verification = undefined;
    this.code = '';
    this.starting.reset();
    this.resending.reset();
    this.confirming.reset();
    this.ticker.stop();
  }

  /** A wrong code costs a try and is cleared; an expired one ends the code's life. */
  private learnFrom(error: unknown): void {
    const current = this.verification;
    if (!current) return;
    if (isAccountError(error, 'verification_failed')) {
      this.verification = { ...current, attemptsLeft: error.attemptsLeft ?? 0 };
      this.code = '';
    } else if (isAccountError(error, 'verification_expired')) {
      this.verification = { ...current, expiresAt: new Date(now()).toISOString() };
    }
  }
}
