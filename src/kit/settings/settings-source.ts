import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import {
  ADAPTER_METHODS,
  AccountError,
  isAbort,
  messageSettings,
  toAccountError,
  voiceSettingsUpdate,
  type AccountAdapter,
  type CallOptions,
} from '../../api/index.js';
import type { AccountElement, Connection } from '../../core/account-element.js';
import {
  ResourceController,
  type ResourceRenderers,
  type ResourceStatus,
} from '../../core/resource-controller.js';
import { storeFor, type AccountStore, type ResourceKey, type Resources } from '../../core/store.js';

/**
 * Where a settings section's data lives: a resource of the shared store (read and written through
 * the adapter, seen by every element on the page), or the host's own functions.
 */
export interface SettingsSource<T> {
  /** The contract schema of the whole settings, when there is one: limits, choices, rules. */
  readonly schema: z.ZodMiniType | undefined;
  readonly status: ResourceStatus;
  readonly value: T | undefined;
  readonly error: AccountError | undefined;
  /** Reads again (after a failure, or to load the latest after a conflict). */
  retry(): Promise<void>;
  render<R>(renderers: ResourceRenderers<T, R>): R;
  /** Sends the whole settings; resolves with what is stored now. */
  send(adapter: AccountAdapter, settings: T, options: CallOptions): Promise<T>;
  /** Keeps a saved answer, so the source shows it: the `saves` of the actions that wrote it. */
  keep(settings: T, store: AccountStore): void;
  /** Resources read again after a write whose answer never came. */
  readonly affects: readonly ResourceKey[];
}

export type StoredSettingsKey = 'voice' | 'messages';

/** The settings resources of the contract, and how each is checked and written. */
const STORED_SETTINGS: {
  [K in StoredSettingsKey]: {
    schema: z.ZodMiniType;
    send: (adapter: AccountAdapter, settings: Resources[K], options: CallOptions) => Promise<Resources[K]>;
  };
} = {
  voice: {
    // What an update is held to, which is a little more than what an answer is.
    schema: voiceSettingsUpdate,
    send: (adapter, settings, options) => adapter.updateVoiceSettings(settings, options),
  },
  messages: {
    schema: messageSettings,
    send: (adapter, settings, options) => adapter.updateMessageSettings(settings, options),
  },
};

/** A settings resource of the shared store: one request per page, every element sees a save. */
export class StoredSettingsSource<K extends StoredSettingsKey> implements SettingsSource<Resources[K]> {
  readonly schema: z.ZodMiniType;
  readonly affects: readonly ResourceKey[];
  private readonly resource: ResourceController<K>;
  private readonly key: K;

  constructor(host: AccountElement, key: K) {
    this.key = key;
    this.schema = STORED_SETTINGS[key].schema;
    this.affects = [key];
    this.resource = new ResourceController(host, key);
  }

  get status(): ResourceStatus {
    return this.resource.status;
  }

  get value(): Resources[K] | undefined {
    return this.resource.value;
  }

  get error(): AccountError | undefined {
    return this.resource.error;
  }

  retry(): Promise<void> {
    return this.resource.retry();
  }

  render<R>(renderers: ResourceRenderers<Resources[K], R>): R {
    return this.resource.render(renderers);
  }

  send(adapter: AccountAdapter, settings: Resources[K], options: CallOptions): Promise<Resources[K]> {
    const stored: (typeof STORED_SETTINGS)[K] = STORED_SETTINGS[this.key];
    return stored.send(adapter, settings, options);
  }

  keep(settings: Resources[K], store: AccountStore): void {
    store.set(this.key, settings);
  }
}

/** Settings a host keeps itself: how to read and write them, and their schema if it has one. */
export interface HostSettings<T> {
  load: (options: { signal: AbortSignal }) => Promise<T>;
  save: (settings: T, options: CallOptions) => Promise<T>;
  schema?: z.ZodMiniType | undefined;
}

/**
 * Settings read and written by the host's own functions (`load`, `save`): loaded when they are
 * given (again when `load` changes), an answer of `save` shown at once. What the functions reject
 * with is turned into an `AccountError`, so the section says it like any other failure.
 */
export class HostSettingsSource<T> implements SettingsSource<T> {
  readonly affects: readonly ResourceKey[] = [];
  private readonly settings: () => HostSettings<T> | undefined;
  private readonly task: Task<[HostSettings<T>['load'] | undefined], T>;
  private readonly host: ReactiveControllerHost;
  /** The latest saved answer; a new read replaces it. */
  private saved?: T;

  constructor(host: ReactiveControllerHost, settings: () => HostSettings<T> | undefined) {
    this.host = host;
    this.settings = settings;
    this.task = new Task(host, {
      args: () => [settings()?.load],
      task: async ([load], { signal }) => {
        this.saved = undefined;
        return load ? load({ signal }) : initialState;
      },
    });
  }

  get schema(): z.ZodMiniType | undefined {
    return this.settings()?.schema;
  }

  /** `no-adapter` stands for "nothing to load from": the host gave no functions. */
  get status(): ResourceStatus {
    if (!this.settings()) return 'no-adapter';
    if (this.value !== undefined) return 'ready';
    if (this.task.status === TaskStatus.ERROR && !isAbort(this.task.error)) return 'error';
    return 'loading';
  }

  get value(): T | undefined {
    if (this.saved !== undefined) return this.saved;
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): AccountError | undefined {
    return this.task.status === TaskStatus.ERROR && !isAbort(this.task.error)
      ? toAccountError(this.task.error)
      : undefined;
  }

  retry(): Promise<void> {
    return this.task.run();
  }

  render<R>(renderers: ResourceRenderers<T, R>): R {
    switch (this.status) {
      case 'no-adapter':
        return renderers.noAdapter();
      case 'ready':
        return renderers.ready(this.value as T);
      case 'error':
        return renderers.error(this.error!, () => void this.retry());
      default:
        return renderers.loading();
    }
  }

  send(_adapter: AccountAdapter, settings: T, options: CallOptions): Promise<T> {
    const save = this.settings()?.save;
    return save ? save(settings, options) : Promise.reject(toAccountError(new Error('No save function')));
  }

  keep(settings: T): void {
    this.saved = settings;
    this.host.requestUpdate();
  }
}

let hostOnly: Connection | undefined;

/**
 * The connection of a section whose settings the host keeps itself, on a page with no adapter: its
 * saves go through the same actions as any other (busy, failures said), but nothing reaches a
 * backend of the contract; every adapter method answers `unsupported`.
 */
export function hostOnlyConnection(): Connection {
  if (!hostOnly) {
    const refuse = () => Promise.reject(new AccountError('unsupported', 'No adapter on this page'));
    const adapter = Object.fromEntries(
      ADAPTER_METHODS.map((method) => [method, refuse]),
    ) as unknown as AccountAdapter;
    hostOnly = { adapter, store: storeFor(adapter) };
  }
  return hostOnly;
}
