import type * as z from 'zod/mini';
import {
  validate,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type FieldError,
} from '../api/index.js';
import { ActionController, type ActionHost, type ActionOptions } from './action-controller.js';
import { valueAt, withValueAt } from './schema-path.js';
import type { ResourceKey } from './store.js';

export interface SettingsSwitchesOptions<T> {
  schema: () => z.ZodMiniType | undefined;
  /** The stored settings, or undefined while they load. */
  stored: () => T | undefined;
  send: (adapter: AccountAdapter, settings: T, options: CallOptions) => Promise<T>;
  saves: ActionOptions<[string, boolean, T], T>['saves'];
  affects?: () => readonly ResourceKey[];
  onSaved: (settings: T, path: string, on: boolean) => void;
  onFailed: (error: AccountError, path: string, on: boolean) => void;
  /**
   * The switch cannot be saved on its own: the schema refuses the stored settings with it flipped
   * (forwarding on needs a number). `fields` are the problems, to be fixed before it can be saved.
   */
  onRefused: (path: string, on: boolean, fields: Record<string, FieldError>) => void;
}

/**
 * The switches of a settings object, each saved the moment it is flipped: the stored settings with
 * that one value changed, checked by the schema first. A switch shows the stored value, which only
 * a successful save changes, so a failed save puts it back by itself; while a save runs, the switch
 * shows the value asked for.
 *
 * One save at a time: each is made against the version last read, so a second in flight would be a
 * conflict. The other switches wait (disabled) until the answer is in, and so does a form's save
 * (`settled`).
 */
export class SettingsSwitches<T> {
  readonly saving: ActionController<[string, boolean, T], T>;
  private readonly options: SettingsSwitchesOptions<T>;
  private running: Promise<unknown> = Promise.resolve();
  /** The switch the save in flight is for, and the value it asks for. */
  private wanted?: readonly [path: string, on: boolean];

  constructor(host: ActionHost, options: SettingsSwitchesOptions<T>) {
    this.options = options;
    this.saving = new ActionController<[string, boolean, T], T>(host, {
      call: (adapter, [, , settings], callOptions) => options.send(adapter, settings, callOptions),
      saves: options.saves,
      get affects() {
        return options.affects?.();
      },
      // The failure is said with what was not saved, by the element.
      quiet: true,
      onSuccess: (settings, [path, on]) => options.onSaved(settings, path, on),
      onFailure: (error, [path, on]) => options.onFailed(error, path, on),
    });
  }

  /** What the switch at `path` shows: the value a save in flight asks for, else the stored one. */
  shown(path: string, stored: unknown): boolean {
    if (this.busy(path)) return this.wanted?.[1] ?? false;
    return valueAt(stored, path) === true;
  }

  /** This switch is being saved. */
  busy(path: string): boolean {
    return this.saving.pending && this.wanted?.[0] === path;
  }

  /** No switch takes a change now: another save is in flight, or the backend asked to wait. */
  get waiting(): boolean {
    return this.saving.pending || this.saving.waitSeconds > 0;
  }

  /** Resolves once the save in flight, if any, is over. */
  get settled(): Promise<void> {
    return this.running.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Saves the switch at `path` now, unless the schema refuses the settings with it flipped. */
  flip(path: string, on: boolean): void {
    const stored = this.options.stored();
    if (this.waiting || stored === undefined) return;
    const next = withValueAt(stored, path, on);
    const schema = this.options.schema();
    const checked = schema ? validate(schema, next) : { ok: true as const, data: next };
    if (!checked.ok) {
      this.options.onRefused(path, on, checked.fields);
      return;
    }
    this.wanted = [path, on];
    this.running = this.saving.run(path, on, checked.data as T);
  }
}
