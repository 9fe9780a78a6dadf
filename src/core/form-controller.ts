import type { ReactiveController } from 'lit';
import type * as z from 'zod/mini';
import {
  isAccountError,
  validate,
  type AccountError,
  type FieldError,
  type Validation,
} from '../api/index.js';
import { ActionController, type ActionCall, type ActionHost, type ActionState } from './action-controller.js';
import { isPathWithin, same, valueAt, withValueAt } from './schema-path.js';
import type { ResourceKey } from './store.js';

export type FormState = 'idle' | 'submitting' | 'saved' | 'failed' | 'conflict';

/** What the form's action is given: the checked input, and the paths the person changed. */
export type FormArgs<T> = [data: T, changed: readonly string[]];

export interface FormOptions<T, R = T> {
  /**
   * The contract schema of the whole input, which checks it as the person types and before it is
   * sent (the rules across fields too); none: anything goes. Read at each check, as a host may give
   * its schema late.
   */
  schema: () => z.ZodMiniType<T> | undefined;
  /** The stored values the form starts from, or undefined while they load. */
  initial: () => T | undefined;
  /**
   * How the checked input is sent and where the answer goes; or an action of the element's own that
   * takes it (the first step of a code flow), whose success is its own to handle.
   */
  submit: ActionCall<FormArgs<T>, R> | ActionController<FormArgs<T>, R>;
  /** Resources a save may change, read again after one whose answer never came. */
  affects?: readonly ResourceKey[] | undefined;
  /** The answer is kept (events, announcements). */
  onSaved?: (result: R) => void;
  /**
   * When the schema's problems show: as the person types (default), or only once Save was first
   * pressed, for a single field that would otherwise be called wrong before it is finished.
   */
  showProblems?: 'as-typed' | 'once-submitted';
}

/** What a form's view and its row of actions need, whatever the form's fields. */
export interface FormView {
  readonly state: FormState;
  readonly dirty: boolean;
  readonly save: ActionState;
  discard(): void;
  submit(): Promise<boolean>;
  reloadKeepingInput(reload: () => Promise<unknown>): Promise<void>;
}

/**
 * A form over one value whose fields are paths (`name`, `forwarding.number`, `hours.days`): the
 * person's edits are kept path by path over the stored value, so a change saved meanwhile (by a
 * switch, in another element, on another device) changes what it changed and no edit undoes it.
 * The contract's schema checks the input as the person types, server field errors land on the
 * fields their paths name, nothing typed is lost on a failure, and a conflict reloads keeping the
 * edits. The sending is an `ActionController` (`save`): one at a time, the identity check, waits,
 * offline and timeouts.
 */
export class FormController<T, R = T> implements ReactiveController, FormView {
  readonly save: ActionController<FormArgs<T>, R>;
  private readonly host: ActionHost;
  private readonly options: FormOptions<T, R>;
  private base?: T;
  /** The person's input by path, in the order typed (a later edit of a path inside another wins). */
  private edits = new Map<string, unknown>();
  /** The edits as the last save sent them: what differs was typed while it was on its way. */
  private sent?: Map<string, unknown>;
  /** Paths whose schema problems are on screen: the fields typed in, or all after a refused save. */
  private shown = new Set<string>();
  /** Server field errors of an earlier save, left on the fields not typed in since. */
  private serverLeft: Record<string, FieldError> = {};
  private outcome: 'none' | 'refused' | 'saved' = 'none';
  /** Save was pressed since the form was last emptied. */
  private submitted = false;
  /** The values and their check, made again only when the base or an edit changes. */
  private current?: { values: T; check?: Validation<T> };

  constructor(host: ActionHost, options: FormOptions<T, R>) {
    this.host = host;
    this.options = options;
    const { submit } = options;
    this.save =
      submit instanceof ActionController
        ? submit
        : new ActionController<FormArgs<T>, R>(host, {
            ...submit,
            get affects() {
              return options.affects;
            },
            onSuccess: (result) => {
              this.outcome = 'saved';
              options.onSaved?.(result);
              // The answer replaces the input at once: the server may have normalised it, even back
              // to the value it had (a trailing space trimmed), which a later change of `initial`
              // would not show.
              this.adopt();
            },
          });
    host.addController(this);
  }

  /** The values as the person sees them: the stored ones with the edits applied. */
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

  /** The paths typed in and not saved yet, in the order typed. */
  get changed(): string[] {
    return [...this.edits.keys()];
  }

  /** The path (or one under it) was typed in and not saved yet. */
  isEdited(path: string): boolean {
    return this.changed.some((edited) => isPathWithin(edited, path));
  }

  get dirty(): boolean {
    return this.edits.size > 0;
  }

  get submitting(): boolean {
    return this.save.pending;
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
    if (this.options.showProblems !== 'once-submitted' || this.submitted) {
      for (const key of Object.keys(found)) if (isPathWithin(key, path)) this.shown.add(key);
    }
    this.outcome = 'none';
    // A save in flight goes on; what is typed now waits for the next one.
    if (this.save.pending) this.host.requestUpdate();
    else this.save.reset();
  }

  /**
   * Takes input made elsewhere (a switch that cannot be saved on its own) and shows every problem
   * the schema finds, as a refused save would.
   */
  setAndCheck(path: string, value: unknown): void {
    this.set(path, value);
    for (const key of Object.keys(this.problems())) this.shown.add(key);
    this.host.requestUpdate();
  }

  /** Back to the stored values, every problem gone. */
  discard(): void {
    this.edits.clear();
    this.current = undefined;
    this.clearProblems();
    this.submitted = false;
    this.save.reset();
  }

  /** After a conflict: the latest version becomes the base, what the person typed stays. */
  async reloadKeepingInput(reload: () => Promise<unknown>): Promise<void> {
    await reload();
    this.hostUpdate();
    this.outcome = 'none';
    this.save.reset();
  }

  /** Checks and sends the whole input. Resolves true when saved; a second call while one runs does nothing. */
  async submit(): Promise<boolean> {
    const values = this.values;
    if (this.save.pending || values === undefined) return false;
    this.submitted = true;
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
    await this.save.run(result.data, this.changed);
    this.sent = undefined;
    return this.save.succeeded;
  }

  /**
   * Before each render: fresh stored values (a save elsewhere, a reload) become the base, and an
   * edit that is now the stored value is no edit any more. With none (another adapter, a failed
   * load), the input made for the old ones is not carried to whatever loads next.
   */
  hostUpdate(): void {
    const initial = this.options.initial();
    if (initial === undefined) {
      if (this.base !== undefined) this.empty();
      return;
    }
    if (initial === this.base || (this.base !== undefined && same(initial, this.base))) return;
    this.base = initial;
    for (const [path, value] of this.edits) if (same(valueAt(initial, path), value)) this.edits.delete(path);
    this.current = undefined;
  }

  /** Every problem the schema finds in the input as shown, by path (checked once per value). */
  private problems(): Record<string, FieldError> {
    const values = this.values;
    const schema = this.options.schema();
    if (values === undefined || !schema || !this.current) return {};
    this.current.check ??= validate(schema, values);
    return this.current.check.ok ? {} : this.current.check.fields;
  }

  private clearProblems(): void {
    this.shown.clear();
    this.serverLeft = {};
    this.outcome = 'none';
  }

  private empty(): void {
    this.base = undefined;
    this.current = undefined;
    this.edits.clear();
    this.clearProblems();
    this.submitted = false;
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
