import type * as z from 'zod/mini';
import { validate, type AccountError, type FieldError } from '../api/index.js';
import { ActionController, type ActionCall, type ActionHost } from './action-controller.js';
import { valueAt, withValueAt } from './schema-path.js';
import type { ResourceKey } from './store.js';

/** What a switch's save is given: the stored value with the switches flipped, which, and to what. */
export type SwitchArgs<T> = [settings: T, paths: readonly string[], on: boolean];

export interface SwitchOptions<T> {
  /** The stored value, which the switches show, or undefined while it loads. */
  stored: () => T | undefined;
  /** The schema the value must pass with the switch flipped, before anything is sent; none: any. */
  schema?: () => z.ZodMiniType<T> | undefined;
  /** How a flip is sent (the whole value, or the flipped paths alone) and where the answer goes. */
  save: ActionCall<SwitchArgs<T>, T>;
  /** Resources a save may change, read again after one whose answer never came. */
  affects?: readonly ResourceKey[] | undefined;
  /** Reads the stored value again, after a conflict, so the next flip is made against what is in force. */
  reload: () => Promise<unknown>;
  onSaved: (settings: T, paths: readonly string[], on: boolean) => void;
  /** The save failed; the switch is back as it was by itself, and a conflict has started a reload. */
  onFailed: (error: AccountError) => void;
  /**
   * The schema refuses the value with the switch flipped (forwarding on needs a number), so it cannot
   * be saved on its own: `fields` are what must be filled in first.
   */
  onRefused?: (paths: readonly string[], on: boolean, fields: Record<string, FieldError>) => void;
}

/**
 * Switches saved the moment they are flipped, over one stored value (`forwarding.enabled`, or each
 * kind of email notification). A switch shows the stored value, which only a successful save
 * changes, so a failed save puts it back by itself; while a save runs, the switches it is for show
 * the value asked for.
 *
 * One save at a time: each is made against the version last read, so a second in flight would be a
 * conflict. The other switches wait (disabled) until the answer is in, and so does a form's save
 * over the same value (`settled`).
 */
export class SwitchController<T> {
  readonly saving: ActionController<SwitchArgs<T>, T>;
  private readonly options: SwitchOptions<T>;
  private running: Promise<unknown> = Promise.resolve();
  /** The switches the save in flight is for, and the value it asks for. */
  private wanted: { paths: readonly string[]; on: boolean } = { paths: [], on: false };

  constructor(host: ActionHost, options: SwitchOptions<T>) {
    this.options = options;
    this.saving = new ActionController<SwitchArgs<T>, T>(host, {
      ...options.save,
      get affects() {
        return options.affects;
      },
      onSuccess: (settings, [, paths, on]) => options.onSaved(settings, paths, on),
      onFailure: (error) => {
        if (error.code === 'conflict') void options.reload();
        options.onFailed(error);
      },
    });
  }

  /** What the switch at `path` shows: the value a save in flight asks for, else the stored one. */
  isOn(path: string): boolean {
    if (this.busy(path)) return this.wanted.on;
    return valueAt(this.options.stored(), path) === true;
  }

  /** This switch is being saved. */
  busy(path: string): boolean {
    return this.saving.pending && this.wanted.paths.includes(path);
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

  /** Saves the switch at `path` now, unless the schema refuses the value with it flipped. */
  flip(path: string, on: boolean): void {
    this.flipAll([path], on);
  }

  /** Saves several switches at once, all to the same value (a master switch). */
  flipAll(paths: readonly string[], on: boolean): void {
    const stored = this.options.stored();
    if (this.waiting || stored === undefined) return;
    const next = paths.reduce((settings, path) => withValueAt(settings, path, on), stored);
    const schema = this.options.schema?.();
    const checked = schema ? validate(schema, next) : { ok: true as const, data: next };
    if (!checked.ok) {
      this.options.onRefused?.(paths, on, checked.fields);
      return;
    }
    this.wanted = { paths, on };
    this.running = this.saving.run(checked.data, paths, on);
  }
}
