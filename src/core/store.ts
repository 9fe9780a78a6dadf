import {
  AccountError,
  type Account,
  type AccountAdapter,
  type ApiKeyInfo,
  type CallOptions,
  type MessageSettingsData,
  type NotificationSettings,
  type Passkey,
  type Plan,
  type PlanOption,
  type Session,
  type TwoStep,
  type VoiceSettings,
} from '../api/index.js';

/** The shared resources and how each is read. */
export interface Resources {
  account: Account;
  notifications: NotificationSettings;
  plan: Plan;
  plans: PlanOption[];
  voice: VoiceSettings;
  messages: MessageSettingsData;
  apiKey: ApiKeyInfo;
  sessions: Session[];
  passkeys: Passkey[];
  twoStep: TwoStep;
}
export type ResourceKey = keyof Resources;

const READERS: {
  [K in ResourceKey]: (adapter: AccountAdapter, options: CallOptions) => Promise<Resources[K]>;
} = {
  account: (adapter, options) => adapter.getAccount(options),
  notifications: (adapter, options) => adapter.getNotificationSettings(options),
  plan: (adapter, options) => adapter.getPlan(options),
  plans: (adapter, options) => adapter.listPlans(options),
  voice: (adapter, options) => adapter.getVoiceSettings(options),
  messages: (adapter, options) => adapter.getMessageSettings(options),
  apiKey: (adapter, options) => adapter.getApiKey(options),
  sessions: (adapter, options) => listSessions(adapter, options),
  passkeys: (adapter, options) => adapter.listPasskeys(options),
  twoStep: (adapter, options) => adapter.getTwoStep(options),
};

/**
 * The sessions, or `unsupported` when the adapter has no `listSessions` (a host's own adapter
 * written before the contract had it), as a backend without the feature answers: the section hides.
 */
function listSessions(adapter: AccountAdapter, options: CallOptions): Promise<Session[]> {
  const method: unknown = Reflect.get(adapter, 'listSessions');
  if (typeof method !== 'function')
    return Promise.reject(new AccountError('unsupported', 'The adapter has no listSessions'));
  return adapter.listSessions(options);
}

/** One resource's request in flight, shared by every caller until the last one leaves. */
interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
}

type Listener<T> = (value: T) => void;

/**
 * One cache per adapter: however many elements need a resource, one request is made, and a value
 * saved by one element reaches every other at once.
 */
export class AccountStore {
  readonly adapter: AccountAdapter;
  private values = new Map<ResourceKey, unknown>();
  private flights = new Map<ResourceKey, Flight<unknown>>();
  /** Bumped by every write and forced read, so an older answer never overwrites a newer value. */
  private generations = new Map<ResourceKey, number>();
  private listeners = new Map<ResourceKey, Set<Listener<never>>>();

  constructor(adapter: AccountAdapter) {
    this.adapter = adapter;
  }

  /** The cached value, if any. */
  peek<K extends ResourceKey>(key: K): Resources[K] | undefined {
    return this.values.get(key) as Resources[K] | undefined;
  }

  /**
   * The resource, from the cache or from one shared request. A caller's abort detaches that caller;
   * the request itself is aborted only when nobody waits for it any more.
   */
  load<K extends ResourceKey>(
    key: K,
    options: { signal?: AbortSignal; force?: boolean } = {},
  ): Promise<Resources[K]> {
    const cached = this.peek(key);
    if (cached !== undefined && !options.force) return Promise.resolve(cached);
    // A caller that has already left starts nothing it would have to abort at once.
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    let flight = this.flights.get(key) as Flight<Resources[K]> | undefined;
    if (!flight || options.force) flight = this.startFlight(key);
    return this.wait(key, flight, options.signal);
  }

  /** Puts a value saved elsewhere (an update's answer) in the cache and tells everyone. */
  set<K extends ResourceKey>(key: K, value: Resources[K]): void {
    this.bump(key);
    this.values.set(key, value);
    for (const listener of this.listeners.get(key) ?? []) (listener as Listener<Resources[K]>)(value);
  }

  /** Drops a cached value, so the next `load` asks the adapter again. */
  invalidate(key: ResourceKey): void {
    this.bump(key);
    this.values.delete(key);
  }

  subscribe<K extends ResourceKey>(key: K, listener: Listener<Resources[K]>): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  private bump(key: ResourceKey): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private startFlight<K extends ResourceKey>(key: K): Flight<Resources[K]> {
    const generation = this.bump(key);
    const controller = new AbortController();
    const read = READERS[key] as (adapter: AccountAdapter, options: CallOptions) => Promise<Resources[K]>;
    const flight: Flight<Resources[K]> = {
      controller,
      waiting: 0,
      promise: read(this.adapter, { signal: controller.signal }).then((value) => {
        if (this.generations.get(key) === generation) this.set(key, value);
        return this.peek(key) ?? value;
      }),
    };
    const clear = () => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    };
    flight.promise.then(clear, clear);
    this.flights.set(key, flight as Flight<unknown>);
    return flight;
  }

  private wait<T>(key: ResourceKey, flight: Flight<T>, signal?: AbortSignal): Promise<T> {
    flight.waiting++;
    if (!signal) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = { resolve, reject };
      const leave = () => {
        flight.waiting--;
        // Also a flight a forced load has replaced: nobody else can join it any more.
        if (flight.waiting === 0) {
          if (this.flights.get(key) === flight) this.flights.delete(key);
          flight.controller.abort(signal.reason);
        }
        waiter.resolve = waiter.reject = waiter.stopListening = undefined;
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      waiter.stopListening = () => signal.removeEventListener('abort', leave);
      forward(flight.promise, waiter);
    });
  }
}

/**
 * A caller waiting for a flight. The flight may outlive the caller (others still wait for it), so
 * a caller that leaves empties this: the flight then holds nothing of the caller (its promise, its
 * signal, whose abort reason keeps the stack it was made on, and through it the element).
 */
interface Waiter<T> {
  resolve?: ((value: T) => void) | undefined;
  reject?: ((error: unknown) => void) | undefined;
  stopListening?: (() => void) | undefined;
}

/** Passes the flight's outcome on to a waiter; a function of its own, so its callbacks hold only the waiter. */
function forward<T>(promise: Promise<T>, waiter: Waiter<T>): void {
  promise.then(
    (value) => {
      waiter.stopListening?.();
      waiter.resolve?.(value);
    },
    (error: unknown) => {
      waiter.stopListening?.();
      waiter.reject?.(error);
    },
  );
}

const stores = new WeakMap<AccountAdapter, AccountStore>();

/** The one store of an adapter: elements sharing an adapter share its data. */
export function storeFor(adapter: AccountAdapter): AccountStore {
  let store = stores.get(adapter);
  if (!store) stores.set(adapter, (store = new AccountStore(adapter)));
  return store;
}
