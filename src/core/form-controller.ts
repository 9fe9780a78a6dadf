import type { ReactiveController } from 'lit';
import type * as z from 'zod/mini';
import {
  isAccountError,
  validate,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
  type FieldError,
} from '../api/index.js';
import {
  ActionController,
  type ActionHost,
  type ActionOptions,
  type ActionState,
} from './action-controller.js';
import type { ResourceKey } from './store.js';

export type FormState = 'idle' | 'submitting' | 'saved' | 'failed' | 'conflict';

export interface FormOptions<S extends z.ZodMiniType, R> {
  /** The contract schema that checks the input before it is sent. */
  schema: S;
  /** The values to start from (the loaded resource), or undefined while it loads. */
  initial: () => z.input<S> | undefined;
  /** Sends the valid input; `changed` names the fields that differ from the initial values. */
  submit: (adapter: AccountAdapter, data: z.output<S>, changed: string[], options: CallOptions) => Promise<R>;
  /** Where the answer goes in the shared store; `initial` reads it from there. */
  saves?: ActionOptions<[z.output<S>, string[]], R>['saves'];
  /** Resources the save may change, read again after a timeout. */
  affects?: readonly ResourceKey[];
  /** The answer is in the store (events, announcements). */
  onSaved?: (result: R) => void;
}

/** What a form's view and its row of actions need, whatever the form's fields. */
export interface FormView {
  readonly state: FormState;
  readonly dirty: boolean;
  readonly save: ActionState;
  discard(): void;
  submit(): Promise<boolean>;
  reloadKeepingInput(reload: () => Promise<void>): Promise<void>;
}

/**
 * One form: the person's input, dirty tracking, validation with the contract's schema as they type,
 * server field errors on their fields, nothing typed lost on failure, and a conflict answer that
 * offers to load the latest while keeping the input. The sending itself is an `ActionController`
 * (`save`): one at a time, the identity check, waits, offline and timeouts.
 */
export class FormController<S extends z.ZodMiniType, R = unknown> implements ReactiveController, FormView {
  values: Partial<z.input<S>> = {};
  /** Problems found before sending, keyed by field path. */
  private problems: Record<string, FieldError> = {};
  private base?: z.input<S>;
  /** The last submit was refused before sending, or saved. */
  private outcome: 'none' | 'refused' | 'saved' = 'none';
  /** The input as the last save sent it; what differs from it was typed while the save was on its way. */
  private sent: Partial<z.input<S>> = {};
  readonly save: ActionController<[z.output<S>, string[]], R>;
  private readonly host: ActionHost;
  private readonly options: FormOptions<S, R>;

  constructor(host: ActionHost, options: FormOptions<S, R>) {
    this.host = host;
    this.options = options;
    this.save = new ActionController(host, {
      call: (adapter, [data, changed], callOptions) => options.submit(adapter, data, changed, callOptions),
      saves: options.saves,
      affects: options.affects,
      onSuccess: (result) => {
        this.outcome = 'saved';
        options.onSaved?.(result);
        // The saved answer replaces the input at once: the server may have normalised it, even back
        // to the value it had (a trailing space trimmed), which a later change of `initial` would not show.
        this.adopt();
      },
    });
    host.addController(this);
  }

  get state(): FormState {
    if (this.save.pending) return 'submitting';
    if (this.outcome === 'refused') return 'failed';
    const error = this.save.error;
    if (error) return error.code === 'conflict' ? 'conflict' : 'failed';
    return this.outcome === 'saved' ? 'saved' : 'idle';
  }

  get submitting(): boolean {
    return this.save.pending;
  }

  /** Field errors, found here or sent by the server, keyed by field path. */
  get errors(): Record<string, FieldError> {
    const server = this.save.error;
    return isAccountError(server, 'validation') && this.outcome !== 'refused' ? server.fields : this.problems;
  }

  /** A failure that belongs to no field. */
  get error(): AccountError | undefined {
    const error = this.save.error;
    if (!error || (isAccountError(error, 'validation') && Object.keys(error.fields).length > 0))
      return undefined;
    return error;
  }

  /** Fields whose input differs from the initial value. */
  get changed(): string[] {
    const base = (this.base ?? {}) as Record<string, unknown>;
    return Object.entries(this.values).flatMap(([key, value]) => (same(value, base[key]) ? [] : [key]));
  }

  get dirty(): boolean {
    return this.changed.length > 0;
  }

  hostUpdate(): void {
    // Adopt fresh values (a save elsewhere, a reload) in every field the person has not edited. A
    // field kept at its old value would read as a change and, once saved, undo the other save.
    const initial = this.options.initial();
    if (initial === undefined) {
      // The source went away (another adapter, a failed load): input made for it is not carried
      // over to whatever loads next.
      if (this.base !== undefined) this.forget();
      return;
    }
    if (same(initial, this.base)) return;
    const edited = this.edits();
    this.base = initial;
    this.values = { ...initial, ...edited };
  }

  /** Records input; re-checks it at once, so rules show as the person types. */
  set<K extends keyof z.input<S> & string>(field: K, value: z.input<S>[K]): void {
    this.values = { ...this.values, [field]: value };
    const found = this.check();
    const { [field]: _previous, ...others } = this.errors;
    this.problems =
      found[field] && this.changed.includes(field) ? { ...others, [field]: found[field] } : others;
    this.outcome = 'none';
    // The server's field errors now live in `problems`; a save in flight goes on.
    if (this.save.pending) this.host.requestUpdate();
    else this.save.reset();
  }

  /** Back to the initial values. */
  discard(): void {
    this.values = { ...(this.base ?? {}) } as Partial<z.input<S>>;
    this.problems = {};
    this.outcome = 'none';
    this.save.reset();
  }

  /** After a conflict: load the latest version as the new base, keep what the person typed. */
  async reloadKeepingInput(reload: () => Promise<void>): Promise<void> {
    const edited = this.edits();
    await reload();
    this.hostUpdate();
    this.values = { ...(this.base ?? {}), ...edited };
    this.outcome = 'none';
    this.save.reset();
  }

  /** Validates and sends. Resolves true when saved; a second call while one runs does nothing. */
  async submit(): Promise<boolean> {
    if (this.save.pending) return false;
    const result = validate(this.options.schema, { ...(this.base ?? {}), ...this.values });
    if (!result.ok) {
      this.problems = result.fields;
      this.outcome = 'refused';
      this.host.requestUpdate();
      return false;
    }
    this.problems = {};
    this.outcome = 'none';
    this.sent = { ...this.values };
    await this.save.run(result.data, this.changed);
    this.sent = {};
    return this.save.succeeded;
  }

  private forget(): void {
    this.base = undefined;
    this.values = {};
    this.problems = {};
    this.outcome = 'none';
  }

  /** Takes the initial values as both the base and the input, but for what was typed during the save. */
  private adopt(): void {
    const initial = this.options.initial();
    if (initial === undefined) return;
    // Typing goes on while a save is on its way (see `set`); that input was not sent, and is kept.
    const values = this.values as Record<string, unknown>;
    const sent = this.sent as Record<string, unknown>;
    const typedSince = Object.keys(values).filter((key) => !same(values[key], sent[key]));
    this.base = initial;
    this.values = { ...initial, ...Object.fromEntries(typedSince.map((key) => [key, values[key]])) };
  }

  /** The input of the fields that differ from the base. */
  private edits(): Partial<z.input<S>> {
    const values = this.values as Record<string, unknown>;
    return Object.fromEntries(this.changed.map((key) => [key, values[key]])) as Partial<z.input<S>>;
  }

  private check(): Record<string, FieldError> {
    const result = validate(this.options.schema, { ...(this.base ?? {}), ...this.values });
    return result.ok ? {} : result.fields;
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
