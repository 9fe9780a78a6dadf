import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAccountError,
  newIdempotencyKey,
  toAccountError,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type Verification,
} from '../api/index.js';

export type VerificationStep = 'idle' | 'sending' | 'code-sent' | 'confirming' | 'done';

/**
 * A code sent by SMS (or a link by email) and its life: sent, entered, checked; resend after the
 * cooldown; expiry; tries left. Ticks once a second while a countdown is showing.
 */
export class VerificationController implements ReactiveController {
  step: VerificationStep = 'idle';
  verification?: Verification;
  code = '';
  error?: AccountError;

  private readonly host: ReactiveControllerHost;
  private readonly adapter: () => AccountAdapter | undefined;
  private readonly now: () => number;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    host: ReactiveControllerHost,
    adapter: () => AccountAdapter | undefined,
    options: { now?: () => number } = {},
  ) {
    this.host = host;
    this.adapter = adapter;
    this.now = options.now ?? Date.now;
    host.addController(this);
  }

  /** Whole seconds until a resend is accepted; 0 when it is. */
  get resendIn(): number {
    if (!this.verification) return 0;
    return Math.max(0, Math.ceil((Date.parse(this.verification.resendAvailableAt) - this.now()) / 1000));
  }

  get expired(): boolean {
    return !!this.verification && Date.parse(this.verification.expiresAt) <= this.now();
  }

  get attemptsLeft(): number {
    return this.error?.attemptsLeft ?? this.verification?.attemptsLeft ?? 0;
  }

  /** Sends the first code. */
  async start(send: (options: CallOptions) => Promise<Verification>): Promise<boolean> {
    if (this.step === 'sending') return false;
    return this.act('sending', async () => {
      this.verification = await send({ idempotencyKey: newIdempotencyKey() });
      this.code = '';
      this.step = 'code-sent';
    });
  }

  async resend(): Promise<boolean> {
    const adapter = this.adapter();
    const current = this.verification;
    if (!adapter || !current || this.resendIn > 0 || this.step === 'sending') return false;
    return this.act('sending', async () => {
      this.verification = await adapter.resendVerification(current.id);
      this.code = '';
      this.step = 'code-sent';
    });
  }

  setCode(code: string): void {
    this.code = code;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Checks the code; resolves with the operation's answer, or undefined when it failed. */
  async confirm<R>(check: (verification: Verification, code: string, options: CallOptions) => Promise<R>) {
    const current = this.verification;
    if (!current || this.step === 'confirming') return undefined;
    let answer: R | undefined;
    const ok = await this.act('confirming', async () => {
      answer = await check(current, this.code, { idempotencyKey: newIdempotencyKey() });
      this.step = 'done';
    });
    return ok ? answer : undefined;
  }

  reset(): void {
    this.step = 'idle';
    this.verification = undefined;
    this.code = '';
    this.error = undefined;
    this.stopTicking();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.verification) this.startTicking();
  }

  hostDisconnected(): void {
    this.stopTicking();
  }

  private async act(step: VerificationStep, action: () => Promise<void>): Promise<boolean> {
    const before = this.step;
    this.step = step;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await action();
      this.startTicking();
      return true;
    } catch (caught) {
      this.error = toAccountError(caught);
      this.step = before === 'idle' ? 'idle' : 'code-sent';
      if (this.verification && isAccountError(this.error, 'verification_failed')) {
        this.verification = { ...this.verification, attemptsLeft: this.error.attemptsLeft ?? 0 };
      }
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  private startTicking(): void {
    if (this.timer !== undefined || !this.verification) return;
    this.timer = setInterval(() => {
      if (this.step === 'done' || (this.resendIn === 0 && this.expired)) this.stopTicking();
      this.host.requestUpdate();
    }, 1000);
  }

  private stopTicking(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
