import type { ReactiveController } from 'lit';
import {
  isAccountError,
  type CallOptions,
  type ReverificationMethod,
  type ReverificationProof,
  type ReverificationToken,
  type Verification,
} from '../api/index.js';
import {
  ActionController,
  ReverificationCancelled,
  shownInPlace,
  type ActionHost,
  type Reverifier,
} from './action-controller.js';

export { ReverificationCancelled };

interface Pending {
  resolve: (token: string) => void;
  reject: (reason: unknown) => void;
}

/**
 * The identity check behind every action of its element: when the backend answers
 * `reverification_required`, asks the person for the proof it wants (the password, an SMS code,
 * or, once two-step verification is on, a code from the authenticator app or a backup code), then
 * replays the operation once with the same idempotency key and the token, which is bought for that
 * operation alone. Cancelling rejects with `ReverificationCancelled`. Made once per element; it puts
 * itself on the host, where every `ActionController` finds it.
 */
export class ReverificationController implements ReactiveController, Reverifier {
  open = false;
  methods: ReverificationMethod[] = [];
  method: ReverificationMethod = 'password';
  password = '';
  code = '';

  /** Sends the SMS code of the check. */
  readonly sending: ActionController<[], Verification>;
  /** Trades the proof for a token. */
  readonly confirming: ActionController<[ReverificationProof], ReverificationToken>;

  private readonly host: ActionHost;
  private pending?: Pending;
  /** The operation the backend asked the check for. */
  private operation?: string;

  constructor(host: ActionHost) {
    this.host = host;
    host.reverifier = this;
    this.sending = new ActionController(host, {
      call: (adapter, _args, options) => adapter.startReverification(options),
      reverifiable: false,
      onFailure: shownInPlace,
      onSuccess: () => (this.code = ''),
    });
    this.confirming = new ActionController(host, {
      call: (adapter, [proof], options) => adapter.completeReverification(proof, options),
      reverifiable: false,
      onFailure: shownInPlace,
      onSuccess: ({ token }) => {
        this.pending?.resolve(token);
        this.close();
      },
    });
    host.addController(this);
  }

  /** The code sent for this check, once sent. */
  get verification(): Verification | undefined {
    return this.open ? this.sending.value : undefined;
  }

  get busy(): boolean {
    return this.sending.pending || this.confirming.pending;
  }

  /** The last step's failure: a wrong password or code, a wait, the network. */
  get error() {
    return this.confirming.error ?? this.sending.error;
  }

  async run<R>(operation: (options: CallOptions) => Promise<R>, options: CallOptions): Promise<R> {
    try {
      return await operation(options);
    } catch (error) {
      if (!isAccountError(error, 'reverification_required')) throw error;
      this.operation = error.operation;
      await this.beforeAsking();
      const token = await this.ask(error.reverificationMethods);
      return operation({ ...options, reverificationToken: token });
    }
  }

  cancel(): void {
    this.pending?.reject(new ReverificationCancelled());
    this.close();
  }

  choose(method: ReverificationMethod): void {
    this.method = method;
    // A code typed for one proof is no code of another (an SMS code is not the app's).
    this.code = '';
    this.confirming.reset();
  }

  setPassword(value: string): void {
    this.password = value;
    this.confirming.reset();
  }

  setCode(value: string): void {
    this.code = value;
    this.confirming.reset();
  }

  sendCode(): Promise<unknown> {
    return this.sending.run();
  }

  /** Trades the proof for a token and lets the waiting operation replay. */
  confirm(): Promise<unknown> {
    const operation = this.operation;
    const verification = this.verification;
    return this.confirming.run(this.proof(operation, verification));
  }

  hostDisconnected(): void {
    if (this.open) this.cancel();
  }

  /** The proof the chosen method gives: the password, the SMS code, the app's code or a backup code. */
  private proof(operation: string | undefined, verification: Verification | undefined): ReverificationProof {
    switch (this.method) {
      case 'sms':
        if (!verification) break;
        return { method: 'sms', verificationId: verification.id, code: this.code, operation };
      case 'totp':
        return { method: 'totp', code: this.code, operation };
      case 'backup_code':
        return { method: 'backup_code', code: this.code, operation };
      case 'password':
        break;
    }
    return { method: 'password', password: this.password, operation };
  }

  /** What must be ready before the person is asked (a view fetched on first use); may throw. */
  protected async beforeAsking(): Promise<void> {}

  private ask(methods: ReverificationMethod[]): Promise<string> {
    this.methods = methods.length ? methods : ['password'];
    this.method = this.methods[0] ?? 'password';
    this.open = true;
    this.host.requestUpdate();
    return new Promise<string>((resolve, reject) => (this.pending = { resolve, reject }));
  }

  private close(): void {
    this.open = false;
    this.pending = undefined;
    this.password = '';
    this.code = '';
    this.sending.reset();
    this.confirming.reset();
  }
}
