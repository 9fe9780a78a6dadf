import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import {
  AccountError,
  isAbort,
  messageSettings,
  toAccountError,
  voiceSettingsUpdate,
  type AccountAdapter,
  type CallOptions,
} from '../../api/index.js';
import {
  Loadable,
  ResourceController,
  type AccountElement,
  type ResourceKey,
  type ResourceStatus,
  type Resources,
} from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';

/**
 * Where a settings section's data lives: a resource of the shared store (read and written through
 * the adapter, seen by every element on the page), or the host's own functions. It loads as any
 * `Loadable` does, and saves the whole settings at once.
 */
export abstract class SettingsSource<T> extends Loadable<T> {
  /** The contract schema of the whole settings, when there is one: limits, choices, rules. */
  abstract readonly schema: z.ZodMiniType<T> | undefined;
  /** Resources read again after a write whose answer never came. */
  abstract readonly affects: readonly ResourceKey[];
  /** Sends the whole settings; resolves with what is stored now. */
  abstract send(settings: T, options: CallOptions): Promise<T>;
  /** Keeps a saved answer, so the source shows it from then on. */
  abstract keep(settings: T): void;
  /** What the section says when there is nothing to load from. */
  abstract unavailable(t: Catalog): string;
}

/** Makes a section's source, once, the first time the section renders. */
export type SettingsSourceMaker<T> = (host: AccountElement) => SettingsSource<T>;

export type StoredSettingsKey = 'voice' | 'messages';

/** The settings resources of the contract, and how each is checked and written. */
const STORED_SETTINGS: {
  [K in StoredSettingsKey]: {
    schema: z.ZodMiniType<Resources[K]>;
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
export class StoredSettingsSource<K extends StoredSettingsKey> extends SettingsSource<Resources[K]> {
  readonly schema: z.ZodMiniType<Resources[K]>;
  readonly affects: readonly ResourceKey[];
  private readonly resource: ResourceController<K>;
  private readonly key: K;

  constructor(host: AccountElement, key: K) {
    super();
    this.key = key;
    this.schema = STORED_SETTINGS[key].schema;
    this.affects = [key];
    this.resource = new ResourceController(host, key);
  }

  override get status(): ResourceStatus {
    return this.resource.status;
  }

  override get value(): Resources[K] | undefined {
    return this.resource.value;
  }

  override get error(): AccountError | undefined {
    return this.resource.error;
  }

  override retry(): Promise<void> {
    return this.resource.retry();
  }

  send(settings: Resources[K], options: CallOptions): Promise<Resources[K]> {
    const store = this.resource.store;
    if (!store) return Promise.reject(new AccountError('unsupported', 'No adapter: nothing to send this to'));
    const stored: (typeof STORED_SETTINGS)[K] = STORED_SETTINGS[this.key];
    return stored.send(store.adapter, settings, options);
  }

  keep(settings: Resources[K]): void {
    this.resource.store?.set(this.key, settings);
  }

  unavailable(t: Catalog): string {
    return t.errors.noAdapter;
  }
}

/** The source of a settings resource of the contract, for a section's `SettingsSpec`. */
export function storedSettings<K extends StoredSettingsKey>(key: K): SettingsSourceMaker<Resources[K]> {
  return (host) => new StoredSettingsSource(host, key);
}

/** Settings a host keeps itself: how to read and write them, and their schema if it has one. */
export interface HostSettings<T> {
  load: (options: { signal: AbortSignal }) => Promise<T>;
  save: (settings: T, options: CallOptions) => Promise<T>;
  schema?: z.ZodMiniType<T> | undefined;
}

/**
 * Settings read and written by the host's own functions (`load`, `save`): loaded when they are
 * given (again when `load` changes), an answer of `save` shown at once. What the functions reject
 * with is turned into an `AccountError`, so the section says it like any other failure. No adapter
 * is needed, on the page or anywhere.
 */
export class HostSettingsSource<T> extends SettingsSource<T> {
  readonly affects: readonly ResourceKey[] = [];
  private readonly settings: () => HostSettings<T> | undefined;
  private readonly task: Task<[HostSettings<T>['load'] | undefined], T>;
  private readonly host: ReactiveControllerHost;
  /** The latest saved answer; a new read replaces it. */
  private saved?: T;

  constructor(host: ReactiveControllerHost, settings: () => HostSettings<T> | undefined) {
    super();
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

  get schema(): z.ZodMiniType<T> | undefined {
    return this.settings()?.schema;
  }

  /** `no-adapter` stands for "nothing to load from": the host gave no functions. */
  override get status(): ResourceStatus {
    if (!this.settings()) return 'no-adapter';
    if (this.value !== undefined) return 'ready';
    return this.error ? 'error' : 'loading';
  }

  override get value(): T | undefined {
    if (this.saved !== undefined) return this.saved;
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  override get error(): AccountError | undefined {
    return this.task.status === TaskStatus.ERROR && !isAbort(this.task.error)
      ? toAccountError(this.task.error)
      : undefined;
  }

  override retry(): Promise<void> {
    return this.task.run();
  }

  send(settings: T, options: CallOptions): Promise<T> {
    const save = this.settings()?.save;
    return save ? save(settings, options) : Promise.reject(toAccountError(new Error('No save function')));
  }

  keep(settings: T): void {
    this.saved = settings;
    this.host.requestUpdate();
  }

  unavailable(t: Catalog): string {
    return t.settingsSection.noSource;
  }
}

/**
 * The source of settings the host keeps itself, for a section's `SettingsSpec`: `settings` is read
 * each time, so functions given later (or changed) are followed.
 */
export function hostSettings<T>(settings: () => HostSettings<T> | undefined): SettingsSourceMaker<T> {
  return (host) => new HostSettingsSource(host, settings);
}
