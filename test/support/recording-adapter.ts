/**
 * The backend the tests watch: a `MemoryAdapter`, so every rule of a real backend holds, that records
 * each call made to it, and on a test's word holds answers back, leaves calls unanswered until they
 * are aborted, or answers a method its own way. One class for every test, instead of a subclass per
 * file counting the one method that file cares about.
 */
import {
  MemoryAdapter,
  type AdapterMethod,
  type MemoryAdapterOptions,
} from '../../src/adapters/memory/index.js';
import { ADAPTER_METHODS, type AccountAdapter } from '../../src/api/index.js';

type Args<M extends AdapterMethod> = Parameters<AccountAdapter[M]>;
type Answer<M extends AdapterMethod> = Awaited<ReturnType<AccountAdapter[M]>>;

/** One call as it was made: its arguments, and the signal that could abort it. */
export interface RecordedCall<M extends AdapterMethod> {
  args: Args<M>;
  signal: AbortSignal | undefined;
}

/**
 * A test's own answer to a method: given the call's arguments and the backend's own way of answering,
 * which it may call (and change what comes back), call later, or not at all.
 */
export type Answering<M extends AdapterMethod> = (
  args: Args<M>,
  backend: (...args: Args<M>) => Promise<Answer<M>>,
) => Promise<Answer<M>>;

type CallLog = { [M in AdapterMethod]?: RecordedCall<M>[] };
type AnswerTable = { [M in AdapterMethod]?: Answering<M> };

export class RecordingAdapter extends MemoryAdapter {
  /** The methods called, in the order they were called. */
  readonly order: AdapterMethod[] = [];
  private readonly log: CallLog = {};
  private readonly answers: AnswerTable = {};
  private readonly gates = new Map<AdapterMethod, Promise<void>>();

  constructor(options: MemoryAdapterOptions = {}) {
    super(options);
    for (const method of ADAPTER_METHODS) this.watch(method);
  }

  /** The calls of one method so far, oldest first. */
  callsOf<M extends AdapterMethod>(method: M): RecordedCall<M>[] {
    return this.log[method] ?? [];
  }

  /** How many times a method has been called. */
  count(method: AdapterMethod): number {
    return this.callsOf(method).length;
  }

  /** The first argument of each call of a method: what was sent (the update, the file, the code). */
  sent<M extends AdapterMethod>(method: M): Args<M>[0][] {
    return this.callsOf(method).map((call) => call.args[0]);
  }

  /** Forgets the calls made so far (those a test made itself to set the backend up, say). */
  forget(): void {
    this.order.length = 0;
    for (const method of ADAPTER_METHODS) delete this.log[method];
  }

  /**
   * Holds every call of these methods until the returned function is called: the element stays in
   * its loading or saving state for as long as the test looks at it, however busy the machine. A call
   * aborted meanwhile still fails as aborted once let through.
   */
  hold(...methods: AdapterMethod[]): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    for (const method of methods) this.gates.set(method, gate);
    return () => {
      for (const method of methods) if (this.gates.get(method) === gate) this.gates.delete(method);
      release();
    };
  }

  /** Leaves every call of a method unanswered until it is aborted, as on a network that hangs. */
  hang(method: AdapterMethod): void {
    this.answer(method, (args) => untilAborted(signalOf(args)));
  }

  /** Answers a method the test's way from now on (see `Answering`). */
  answer<M extends AdapterMethod>(method: M, answering: Answering<M>): void {
    // Stored under its method; `callsOf` and the watcher read it back with its type.
    Reflect.set(this.answers, method, answering);
  }

  private watch<M extends AdapterMethod>(method: M): void {
    // The class's own method (a subclass's override included), under the instance's own property.
    const backend = (...args: Args<M>): Promise<Answer<M>> =>
      Reflect.apply(Reflect.get(Object.getPrototypeOf(this), method), this, args);
    const watched = (...args: Args<M>): Promise<Answer<M>> => {
      this.order.push(method);
      const calls: RecordedCall<M>[] = this.log[method] ?? [];
      calls.push({ args, signal: signalOf(args) });
      Reflect.set(this.log, method, calls);
      const answer = () => {
        const answering: Answering<M> | undefined = this.answers[method];
        return answering ? answering(args, backend) : backend(...args);
      };
      const gate = this.gates.get(method);
      // Without a hold the answer comes exactly as the backend gives it, not a turn later.
      return gate ? gate.then(answer) : answer();
    };
    Reflect.set(this, method, watched);
  }
}

/** The signal among a call's arguments (its options come last, but not every call has them). */
function signalOf(args: readonly unknown[]): AbortSignal | undefined {
  for (const arg of args) {
    const signal: unknown = typeof arg === 'object' && arg !== null ? Reflect.get(arg, 'signal') : undefined;
    if (signal instanceof AbortSignal) return signal;
  }
  return undefined;
}

/** A promise that settles only by rejecting with the signal's reason, once it aborts. */
function untilAborted<T>(signal: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((_resolve, reject) =>
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );
}

/** A backend that asks for no identity check, unless the test names the methods that need one. */
export function backend(options: MemoryAdapterOptions = {}): RecordingAdapter {
  return new RecordingAdapter({ reverify: [], ...options });
}
