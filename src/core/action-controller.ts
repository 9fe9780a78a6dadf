import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AccountError,
  isAbort,
  newIdempotencyKey,
  toAccountError,
  type AccountAdapter,
  type CallOptions,
} from '../api/index.js';
import type { Connection } from './account-element.js';
import { now } from './configure.js';
import { same } from './schema-path.js';
import { Ticker } from './ticker.js';
import type { AccountStore, ResourceKey, Resources } from './store.js';

/** Rejection of an operation when the person closes the identity check: nothing was changed. */
export class ReverificationCancelled extends Error {
  constructor() {
    super('The identity check was cancelled');
    this.name = 'ReverificationCancelled';
  }
}

/**
 * Runs an operation through an identity check when the backend asks for one: the element's own
 * (`IdentityCheck` in the kit), found on the host so no element wires it by hand.
 */
export interface Reverifier {
  run<R>(operation: (options: CallOptions) => Promise<R>, options: CallOptions): Promise<R>;
}

/**
 * What an action needs of its element: where the adapter is, the identity check, and what a failure
 * does when the action says nothing of its own (`ActionOptions.onFailure`).
 */
export interface ActionHost extends ReactiveControllerHost {
  readonly connection: Connection | undefined;
  reverifier?: Reverifier | undefined;
  /** The element's default after a failure: it says what went wrong and moves focus to what to fix. */
  reportFailure?(error: AccountError): void;
}

/** What an action's view reads, whatever its arguments and answer. */
export interface ActionState {
  readonly pending: boolean;
  readonly error: AccountError | undefined;
  readonly waitSeconds: number;
  readonly offline: boolean;
  readonly reconnected: boolean;
  readonly uncertain: boolean;
  retry(): Promise<unknown>;
}

/** A call on the element's adapter; with none anywhere, the action fails as `unsupported`. */
export interface AdapterCall<A extends readonly unknown[], R> {
  /** Pass `options` on: it carries the signal and the idempotency key. */
  call: (adapter: AccountAdapter, args: A, options: CallOptions) => Promise<R>;
  /**
   * Where the answer goes in the shared store, so every element on the page shows it: the key of
   * the resource the answer is, or a function for anything else.
   */
  saves?: ResourceKey | ((result: R, store: AccountStore, args: A) => void);
}

/** A call of the host's own (a `save` it gave), which needs no adapter: it runs on a page without one. */
export interface OwnCall<A extends readonly unknown[], R> {
  send: (args: A, options: CallOptions) => Promise<R>;
  /** Where the answer goes, so whatever shows it shows the new value. */
  keep?: (result: R, args: A) => void;
}

/** How an action reaches what it changes, and where the answer goes. */
export type ActionCall<A extends readonly unknown[], R> = AdapterCall<A, R> | OwnCall<A, R>;

export type ActionOptions<A extends readonly unknown[], R> = ActionCall<A, R> & {
  /** Resources a write may have changed, read again when its outcome is unknown (a timeout). */
  affects?: readonly ResourceKey[] | undefined;
  /** After the answer is kept: events, announcements, focus. */
  onSuccess?: (result: R, args: A) => void;
  /**
   * What a failure does, told once it is on screen (the run has settled), instead of the element's
   * default (`ActionHost.reportFailure`). Not told of an abort or a cancelled identity check.
   */
  onFailure?: (error: AccountError, args: A) => void;
  /** The identity check may be asked for (default). An identity check's own steps say false. */
  reverifiable?: boolean;
};

/**
 * The `onFailure` of an action whose own view shows its failure (in its dialog, at its field): the
 * element adds nothing.
 */
export function shownInPlace(): void {}

interface Attempt<A> {
  args: A;
  key: string;
}

/**
 * "Do this on the adapter", once for every action an element offers (save, send a code, upload,
 * toggle, reveal...): busy while it runs, the last call wins and aborts the one before, the
 * identity check when the backend asks for it, the answer written to the shared store. A failure is
 * told to one place once it shows: the action's own `onFailure`, else the element's default. When
 * the network is not kind it also knows what the person needs to know:
 * - `rate_limited`: `waitSeconds` counts `retryAfter` down; `run` does nothing until it is 0;
 * - offline: `offline` while the browser says so (the host re-renders when it comes back);
 * - a write that timed out may have happened: `uncertain`, the affected resources are read
 *   again, and trying the same again sends the same idempotency key, so it is not done twice.
 *
 * Built on `@lit/task` (`autoRun: false`), which gives the last-call-wins and abort.
 */
export class ActionController<A extends readonly unknown[], R> implements ReactiveController, ActionState {
  private readonly host: ActionHost;
  private readonly options: ActionOptions<A, R>;
  private readonly task: Task<[Attempt<A>], R>;
  /** The attempt in flight or last made; its key is reused after an uncertain outcome. */
  private attempt?: Attempt<A>;
  private retryAt = 0;
  /** `reset()` was called: the last run's answer or failure no longer shows. */
  private cleared = false;
  /** The browser said it was offline when the last run failed. */
  private offlineAtFailure = false;
  /** Renders the host each second while a wait counts down. */
  private readonly ticker: Ticker;
  private readonly onConnectivity = (): void => this.host.requestUpdate();

  constructor(host: ActionHost, options: ActionOptions<A, R>) {
    this.host = host;
    this.options = options;
    this.task = new Task<[Attempt<A>], R>(host, {
      autoRun: false,
      task: ([attempt], { signal }) => this.perform(attempt, signal),
    });
    this.ticker = new Ticker(host, { counting: () => this.waitSeconds > 0 });
    host.addController(this);
  }

  /** Running now. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The last run's answer, when it succeeded. */
  get value(): R | undefined {
    return this.task.status === TaskStatus.COMPLETE && !this.cleared ? this.task.value : undefined;
  }

  /** Why the last run failed; an abort or a cancelled identity check is no failure. */
  get error(): AccountError | undefined {
    if (this.task.status !== TaskStatus.ERROR || this.cleared) return undefined;
    const { error } = this.task;
    if (isAbort(error) || error instanceof ReverificationCancelled) return undefined;
    return toAccountError(error);
  }

  /** Whole seconds before the backend accepts this again (after `rate_limited`); 0 when it does. */
  get waitSeconds(): number {
    return Math.max(0, Math.ceil((this.retryAt - now()) / 1000));
  }

  /** The last run failed for want of a network, and the browser is still offline. */
  get offline(): boolean {
    return this.failedOffline && !navigator.onLine;
  }

  /** The last run failed while offline, and the browser is back online: worth trying again. */
  get reconnected(): boolean {
    return this.failedOffline && navigator.onLine;
  }

  private get failedOffline(): boolean {
    return this.error?.code === 'network' && this.offlineAtFailure;
  }

  /** The last run was a write whose answer never came: it may or may not have happened. */
  get uncertain(): boolean {
    return this.error?.code === 'timeout';
  }

  /**
   * Runs the action; resolves with the answer, or undefined when it failed (see `error`), was
   * replaced by a newer run, aborted, cancelled, or must wait (`waitSeconds`).
   */
  async run(...args: A): Promise<R | undefined> {
    if (this.waitSeconds > 0) return undefined;
    // After an uncertain outcome, the same request goes again under the same key: if the first
    // one did happen, the backend answers with its outcome instead of doing it twice.
    const sameAgain = this.uncertain && this.attempt !== undefined && same(this.attempt.args, args);
    const attempt: Attempt<A> = { args, key: sameAgain ? this.attempt!.key : newIdempotencyKey() };
    this.attempt = attempt;
    this.cleared = false;
    await this.task.run([attempt]);
    if (this.attempt !== attempt) return undefined;
    // Told once the failure is on screen, so focus can go to the field it marked.
    const error = this.error;
    if (error) {
      if (this.options.onFailure) this.options.onFailure(error, args);
      else this.host.reportFailure?.(error);
    }
    return this.value;
  }

  /** The last run ended well (an operation that answers nothing resolves `run` with undefined). */
  get succeeded(): boolean {
    return this.task.status === TaskStatus.COMPLETE && !this.cleared;
  }

  /** Tries the last run again (after offline, a timeout or a wait). */
  retry(): Promise<R | undefined> {
    return this.attempt ? this.run(...this.attempt.args) : Promise.resolve(undefined);
  }

  /**
   * Forgets the last answer or failure (the person moved on); a wait still counts down. The
   * arguments go too, unless the outcome is uncertain and the same request may have to go again:
   * an action that sent a password keeps no copy of it.
   */
  reset(): void {
    this.abort();
    this.cleared = true;
    if (this.attempt && !this.uncertain) {
      // `@lit/task` keeps the attempt it last ran; emptied, it holds nothing the person typed.
      (this.attempt as { args: readonly unknown[] }).args = [];
      this.attempt = undefined;
    }
    this.host.requestUpdate();
  }

  /** Stops the run in flight; nothing is reported. */
  abort(): void {
    this.task.abort();
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.onConnectivity);
    globalThis.addEventListener('offline', this.onConnectivity);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.onConnectivity);
    globalThis.removeEventListener('offline', this.onConnectivity);
    this.abort();
  }

  private async perform(attempt: Attempt<A>, signal: AbortSignal): Promise<R> {
    const { options } = this;
    const connection = this.host.connection;
    const send = this.sender(connection, attempt.args);
    const callOptions: CallOptions = { signal, idempotencyKey: attempt.key };
    const reverifier = options.reverifiable === false ? undefined : this.host.reverifier;
    try {
      const result = await (reverifier ? reverifier.run(send, callOptions) : send(callOptions));
      signal.throwIfAborted();
      this.keep(result, connection?.store, attempt.args);
      options.onSuccess?.(result, attempt.args);
      return result;
    } catch (caught) {
      if (isAbort(caught) || caught instanceof ReverificationCancelled || signal.aborted) throw caught;
      const error = toAccountError(caught);
      this.learnFrom(error, connection?.store);
      throw error;
    }
  }

  /** The call, ready to send; throws `unsupported` when it needs an adapter and there is none. */
  private sender(connection: Connection | undefined, args: A): (options: CallOptions) => Promise<R> {
    const { options } = this;
    if ('send' in options) return (sent) => options.send(args, sent);
    if (!connection) throw new AccountError('unsupported', 'No adapter: nothing to send this to');
    return (sent) => options.call(connection.adapter, args, sent);
  }

  private keep(result: R, store: AccountStore | undefined, args: A): void {
    const { options } = this;
    if ('send' in options) {
      options.keep?.(result, args);
      return;
    }
    const { saves } = options;
    if (!store) return;
    if (typeof saves === 'function') saves(result, store, args);
    else if (saves !== undefined) store.set(saves, result as Resources[typeof saves]);
  }

  private learnFrom(error: AccountError, store: AccountStore | undefined): void {
    this.offlineAtFailure = !navigator.onLine;
    if (error.code === 'rate_limited' && error.retryAfter !== undefined) {
      this.retryAt = now() + error.retryAfter * 1000;
      this.ticker.start();
    }
    if (error.code === 'timeout' && store) {
      // Whatever happened is in the backend now: show that, not what was on screen before.
      for (const key of this.options.affects ?? []) void store.load(key, { force: true }).catch(() => {});
    }
  }
}
