import type { ReactiveController } from 'lit';
import type * as z from 'zod/mini';
import {
  isAccountError,
  validate,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type FieldError,
  type Validation,
} from '../api/index.js';
import { ActionController, type ActionHost, type ActionOptions } from './action-controller.js';
import type { FormState, FormView } from './form-controller.js';
import { isPathWithin, valueAt, withValueAt } from './schema-path.js';
import type { ResourceKey } from './store.js';

export interface SettingsFormOptions<T> {
  /** The contract schema that checks the whole settings before they are sent; none: anything goes. */
  schema: () => z.ZodMiniType | undefined;
  /** The stored settings, or undefined while they load. */
  initial: () => T | undefined;
  /** Sends the whole settings, the person's edits applied. */
  send: (adapter: AccountAdapter, settings: T, options: CallOptions) => Promise<T>;
  /** Where the answer goes (the shared store); `initial` reads it from there. */
  saves: ActionOptions<[T], T>['saves'];
  /** Resources read again after a save whose answer never came. */
  affects?: () => readonly ResourceKey[];
  onSaved?: (settings: T) => void;
}

/**
 * A form over one settings object whose fields are paths (`forwarding.number`, `hours.days`): the
 * person's edits kept path by path over the stored settings, so a switch saved meanwhile (or a save
 * on another device) changes what it changed and no edit of another field undoes it. Checked with
 * the contract's schema as the person types (the rules across fields too), server field errors on
 * the fields their paths name, nothing typed lost on failure, and a conflict that reloads keeping
 * the edits. The sending is an `ActionController` (`save`), as `FormController`'s is.
 */
export class SettingsFormController<T> implements ReactiveController, FormView {
  readonly save: ActionController<[T], T>;
  private readonly host: ActionHost;
  private readonly options: SettingsFormOptions<T>;
  private base?: T;
  /** The person's input by path, in the order typed. */
  private edits = new Map<string, unknown>();
  /** The edits as the last save sent them: what differs was typed while it was on its way. */
  private sent?: Map<string, unknown>;
  /** Paths whose schema problems are on screen: the fields typed in, or all after a refused save. */
  private shown = new Set<string>();
  /** Server field errors of an earlier save, left on the fields not typed in since. */
  private serverLeft: Record<string, FieldError> = {};
  private outcome: 'none' | 'refused' | 'saved' = 'none';
  /** The values and their check, made again only when the base or an edit changes. */
  private current?: { values: T; check?: Validation<unknown> };

  constructor(host: ActionHost, options: SettingsFormOptions<T>) {
    this.host = host;
    this.options = options;
    this.save = new ActionController<[T], T>(host, {
      call: (adapter, [settings], callOptions) => options.send(adapter, settings, callOptions),
      saves: options.saves,
      get affects() {
        return options.affects?.();
      },
      onSuccess: (settings) => {
        this.outcome = 'saved';
        options.onSaved?.(settings);
        this.adopt();
      },
    });
    host.addController(this);
  }

  /** The settings as the person sees them: the stored ones with the edits applied. */
  get values(): T | undefined {
    if (this.base === undefined) return undefined;
    if (!this.current) {
      let values = this.base;
      for (const [path, value] of this.edits) values = withValueAt(values, path, value);
      this.current = { values };
    }
    return this.current.values;
  }

  valueAt(path: string): unknown {
    return valueAt(this.values, path);
  }

  /** The path (or one under it) was typed in and not saved yet. */
  isEdited(path: string): boolean {
    return [...this.edits.keys()].some((edited) => isPathWithin(edited, path));
  }

  get dirty(): boolean {
    return this.edits.size > 0;
  }

  get state(): FormState {
    if (this.save.pending) return 'submitting';
    if (this.outcome === 'refused') return 'failed';
    const error = this.save.error;
    if (error) return error.code === 'conflict' ? 'conflict' : 'failed';
    return this.outcome === 'saved' ? 'saved' : 'idle';
  }

  /** Field errors by path: the server's answer, or what the schema finds in what was typed. */
  get errors(): Record<string, FieldError> {
    const server = this.save.error;
    if (isAccountError(server, 'validation') && this.outcome !== 'refused') return server.fields;
    const found = this.problems();
    const shown = Object.entries(found).filter(([path]) => this.shown.has(path));
    return { ...this.serverLeft, ...Object.fromEntries(shown) };
  }

  /** A failure that belongs to no field. */
  get error(): AccountError | undefined {
    const error = this.save.error;
    if (!error || (isAccountError(error, 'validation') && Object.keys(error.fields).length > 0))
      return undefined;
    return error;
  }

  hostUpdate(): void {
    const initial = this.options.initial();
    if (initial === undefined) {
      // The source went away (another adapter): input made for it is not carried to the next one.
      if (this.base !== undefined) this.forget();
      return;
    }
    if (initial === this.base) return;
    this.base = initial;
    // An edit that is now the stored value (saved elsewhere, or by a switch) is no edit any more.
    for (const [path, value] of this.edits) if (same(valueAt(initial, path), value)) this.edits.delete(path);
    this.current = undefined;
  }

  /** Records input at a path; its problems show at once, others' go when fixed. */
  set(path: string, value: unknown): void {
    if (this.base === undefined) return;
    const before = this.errors;
    this.edits.delete(path);
    if (!same(valueAt(this.base, path), value)) this.edits.set(path, value);
    this.current = undefined;
    const found = this.problems();
    // What was on screen elsewhere stays while it still holds: the schema's own problems are checked
    // again with every change (fixing one field may fix another's rule), the server's stay as said.
    this.serverLeft = {};
    for (const [key, error] of Object.entries(before)) {
      if (isPathWithin(key, path)) continue;
      if (key in found) this.shown.add(key);
      else if (!this.shown.has(key)) this.serverLeft[key] = error;
    }
    for (const key of Object.keys(found)) if (isPathWithin(key, path)) this.shown.add(key);
    this.outcome = 'none';
    // A save in flight goes on; what is typed now waits for the next one.
    if (this.save.pending) this.host.requestUpdate();
    else this.save.reset();
  }

  /**
   * Takes edits made elsewhere (a switch that cannot be saved on its own) and shows every problem
   * the schema finds, as a refused save would.
   */
  setAndCheck(path: string, value: unknown): void {
    this.set(path, value);
    for (const key of Object.keys(this.problems())) this.shown.add(key);
    this.host.requestUpdate();
  }

  discard(): void {
    this.edits.clear();
    this.current = undefined;
    this.shown.clear();
    this.serverLeft = {};
    this.outcome = 'none';
    this.save.reset();
  }

  async reloadKeepingInput(reload: () => Promise<void>): Promise<void> {
    await reload();
    this.hostUpdate();
    this.outcome = 'none';
    this.save.reset();
  }

  /** Checks and sends the whole settings. Resolves true when saved. */
  async submit(): Promise<boolean> {
    const values = this.values;
    if (this.save.pending || values === undefined) return false;
    const schema = this.options.schema();
    const result = schema ? validate(schema, values) : { ok: true as const, data: values };
    if (!result.ok) {
      this.shown = new Set(Object.keys(result.fields));
      this.serverLeft = {};
      this.outcome = 'refused';
      this.host.requestUpdate();
      return false;
    }
    this.shown.clear();
    this.serverLeft = {};
    this.outcome = 'none';
    this.sent = new Map(this.edits);
    await this.save.run(result.data as T);
    this.sent = undefined;
    return this.save.succeeded;
  }

  /** Every problem the schema finds in the settings as shown, by path (cached per value). */
  private problems(): Record<string, FieldError> {
    const values = this.values;
    const schema = this.options.schema();
    if (values === undefined || !schema || !this.current) return {};
    this.current.check ??= validate(schema, values);
    return this.current.check.ok ? {} : this.current.check.fields;
  }

  private forget(): void {
    this.base = undefined;
    this.current = undefined;
    this.edits.clear();
    this.shown.clear();
    this.serverLeft = {};
    this.outcome = 'none';
  }

  /** The answer is the new base; edits typed while it was on its way stay. */
  private adopt(): void {
    const initial = this.options.initial();
    const sent = this.sent ?? new Map<string, unknown>();
    for (const [path, value] of this.edits) {
      if (sent.has(path) && same(sent.get(path), value)) this.edits.delete(path);
    }
    if (initial !== undefined) this.base = initial;
    this.current = undefined;
    this.shown.clear();
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
