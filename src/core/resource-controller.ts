import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { isAbort, toAccountError, type AccountError } from '../api/index.js';
import type { AccountElement } from './account-element.js';
import type { AccountStore, ResourceKey, Resources } from './store.js';

/** `idle`: a lazy resource nobody has asked for yet (see `ResourceOptions.lazy`). */
export type ResourceStatus = 'no-adapter' | 'idle' | 'loading' | 'ready' | 'error';

export interface ResourceOptions {
  /**
   * Read only once `load()` is called, not with the element: for data few people look at (a
   * dialog's), so opening the page costs no request for it. Default false: read at once.
   */
  lazy?: boolean;
}

/** How each of the four states looks. */
export interface ResourceRenderers<V, T> {
  ready: (value: V) => T;
  loading: () => T;
  error: (error: AccountError, retry: () => void) => T;
  noAdapter: () => T;
}

/**
 * Anything an element loads and shows in four states (no adapter, loading, failed with a retry,
 * ready): a shared resource, a part of the page fetched on first use, a host's own settings. A
 * section's card waits for it, and `render` shows it as `Task.render` does, so an element writes
 * only its ready view.
 */
export abstract class Loadable<V> {
  abstract readonly status: ResourceStatus;
  /** The value once loaded. */
  abstract readonly value: V | undefined;
  abstract readonly error: AccountError | undefined;
  /** Asks again, after a failure (or, for a resource, to load the latest). */
  abstract retry(): Promise<unknown>;

  /** The view of the state it is in. */
  render<T>(renderers: ResourceRenderers<V, T>): T {
    if (this.status === 'no-adapter') return renderers.noAdapter();
    const { value, error } = this;
    if (value !== undefined) return renderers.ready(value);
    if (error) return renderers.error(error, () => void this.retry().catch(() => {}));
    return renderers.loading();
  }
}

/** A load's answer, with the store it came from: after a change of adapter it is someone else's. */
interface Loaded<K extends ResourceKey> {
  store: AccountStore;
  value: Resources[K];
}

/**
 * Loads one shared resource for an element: skeleton while loading, error with retry, aborted
 * when the element leaves the page, and kept up to date when another element saves it. It loads
 * with the element, or, `lazy`, when first asked for with `load()`.
 */
export class ResourceController<K extends ResourceKey>
  extends Loadable<Resources[K]>
  implements ReactiveController
{
  private readonly host: AccountElement;
  private readonly key: K;
  private readonly task: Task<[AccountStore | undefined, boolean], Loaded<K> | undefined>;
  /** The value is wanted: from the start, or since `load()` for a lazy resource. */
  private requested: boolean;
  private subscribedStore?: AccountStore;
  private unsubscribe?: () => void;
  private forceNext = false;
  /** A load was aborted because the host left the page; it starts again when the host comes back. */
  private resumeOnConnect = false;

  constructor(host: AccountElement, key: K, options: ResourceOptions = {}) {
    super();
    this.host = host;
    this.key = key;
    this.requested = !options.lazy;
    this.task = new Task(host, {
      args: () => [host.connection?.store, this.requested],
      task: ([store, requested], { signal }) => {
        // Not asked for yet: the task stays as it was never run, so the status says `idle`.
        if (!requested) return initialState;
        if (!store) return Promise.resolve(undefined);
        // A host that left the page and is updated all the same (a part of it fetched late, its
        // locale arriving) may find another adapter than it had: nothing would ever abort a load
        // started now, so it waits until the host is back.
        if (!host.isConnected) {
          this.resumeOnConnect = true;
          return initialState;
        }
        const force = this.forceNext;
        this.forceNext = false;
        return store.load(key, { signal, force }).then((value) => ({ store, value }));
      },
    });
    host.addController(this);
  }

  get store(): AccountStore | undefined {
    return this.host.connection?.store;
  }

  /** The latest value: the store's (saves elsewhere land there) or this load's, if from the same store. */
  override get value(): Resources[K] | undefined {
    const store = this.store;
    if (!store) return undefined;
    const loaded = this.task.value;
    return store.peek(this.key) ?? (loaded?.store === store ? loaded.value : undefined);
  }

  override get status(): ResourceStatus {
    if (!this.store) return 'no-adapter';
    if (this.value !== undefined) return 'ready';
    if (this.task.status === TaskStatus.ERROR && !isAbort(this.task.error)) return 'error';
    return this.requested ? 'loading' : 'idle';
  }

  override get error(): AccountError | undefined {
    return this.status === 'error' ? toAccountError(this.task.error) : undefined;
  }

  /**
   * Starts reading a lazy resource (from the store when someone already has it); does nothing once
   * it has started, or for a resource that is not lazy.
   */
  load(): Promise<void> {
    if (this.requested) return Promise.resolve();
    this.requested = true;
    return this.task.run();
  }

  /** Asks the adapter again (after an error, or to reload after a conflict). */
  override retry(): Promise<void> {
    this.requested = true;
    this.forceNext = true;
    return this.task.run();
  }

  hostConnected(): void {
    this.follow();
    // Coming back after a disconnect aborted the load: start it again. A move in the page
    // disconnects and connects at once, before the aborted run has even settled, so the status
    // alone (still pending) cannot tell.
    const aborted = this.task.status === TaskStatus.ERROR && isAbort(this.task.error);
    if (this.resumeOnConnect || aborted) void this.task.run();
    this.resumeOnConnect = false;
  }

  hostUpdate(): void {
    this.follow();
  }

  /**
   * Listens to the store in use (it changes when the adapter does). Only while the host is on the
   * page: a host updated after it left (its aborted load settling re-renders it) would otherwise
   * subscribe again, and the store, which lives as long as its adapter, would keep it in memory.
   */
  private follow(): void {
    if (!this.host.isConnected) return;
    const store = this.store;
    if (store === this.subscribedStore) return;
    this.unsubscribe?.();
    this.subscribedStore = store;
    this.unsubscribe = store?.subscribe(this.key, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedStore = undefined;
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.resumeOnConnect = true;
    }
  }
}
