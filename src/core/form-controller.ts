import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import {
  isAccountError,
  newIdempotencyKey,
  toAccountError,
  validate,
  type AccountError,
  type CallOptions,
  type FieldError,
} from '../api/index.js';
import { ReverificationCancelled, type ReverificationController } from './reverification-controller.js';

export type FormState = 'idle' | 'submitting' | 'saved' | 'failed' | 'conflict';

export interface FormOptions<S extends z.ZodMiniType, R> {
  /** The contract schema that checks the input before it is sent. */
  schema: S;
  /** The values to start from (the loaded resource), or undefined while it loads. */
  initial: () => z.input<S> | undefined;
  /** Sends the valid input; `changed` names the fields that differ from the initial values. */
  submit: (data: z.output<S>, options: CallOptions, changed: string[]) => Promise<R>;
  /** Runs the submit through an identity check when the backend asks for one. */
  reverification?: ReverificationController;
  /** Puts the answer where `initial` reads it (the shared store); the form then adopts it as its input. */
  onSaved?: (result: R) => void;
}

/**
 * One form: the person's input, dirty tracking, validation with the contract's schema as they type,
 * one submit at a time, server field errors on their fields, nothing typed lost on failure, and a
 * conflict answer that offers to load the latest while keeping the input.
 */
export class FormController<S extends z.ZodMiniType, R = unknown> implements ReactiveController {
  state: FormState = 'idle';
  values: Partial<z.input<S>> = {};
  /** Field errors, client-side and from the server, keyed by field path. */
  errors: Record<string, FieldError> = {};
  /** A failure that belongs to no field. */
  error?: AccountError;

  private base?: z.input<S>;
  private readonly host: ReactiveControllerHost;
  private readonly options: FormOptions<S, R>;

  constructor(host: ReactiveControllerHost, options: FormOptions<S, R>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Fields whose input differs from the initial value. */
  get changed(): string[] {
    const base = (this.base ?? {}) as Record<string, unknown>;
    return Object.entries(this.values).flatMap(([key, value]) => (same(value, base[key]) ? [] : [key]));
  }

  get dirty(): boolean {
    return this.changed.length > 0;
  }

  get submitting(): boolean {
    return this.state === 'submitting';
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
    if (this.state === 'saved' || this.state === 'failed') this.state = 'idle';
    const problems = this.check();
    const { [field]: _previous, ...others } = this.errors;
    this.errors =
      problems[field] && this.changed.includes(field) ? { ...others, [field]: problems[field] } : others;
    this.host.requestUpdate();
  }

  /** Back to the initial values. */
  discard(): void {
    this.values = { ...(this.base ?? {}) } as Partial<z.input<S>>;
    this.errors = {};
    this.error = undefined;
    this.state = 'idle';
    this.host.requestUpdate();
  }

  /** After a conflict: load the latest version as the new base, keep what the person typed. */
  async reloadKeepingInput(reload: () => Promise<void>): Promise<void> {
    const edited = this.edits();
    await reload();
    this.hostUpdate();
    this.values = { ...(this.base ?? {}), ...edited };
    this.error = undefined;
    this.state = 'idle';
    this.host.requestUpdate();
  }

  /** Validates and sends. Resolves true when saved; a second call while one runs does nothing. */
  async submit(): Promise<boolean> {
    if (this.state === 'submitting') return false;
    const result = validate(this.options.schema, { ...(this.base ?? {}), ...this.values });
    if (!result.ok) return this.fail(undefined, result.fields);
    const changed = this.changed;
    this.state = 'submitting';
    this.errors = {};
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const send = (options: CallOptions) => this.options.submit(result.data, options, changed);
      const reverification = this.options.reverification;
      const saved = reverification
        ? await reverification.run(send)
        : await send({ idempotencyKey: newIdempotencyKey() });
      this.state = 'saved';
      this.options.onSaved?.(saved);
      // The saved answer replaces the input at once: the server may have normalised it, even back to
      // the value it had (a trailing space trimmed), which a later change of `initial` would not show.
      this.adopt();
      this.host.requestUpdate();
      return true;
    } catch (caught) {
      if (caught instanceof ReverificationCancelled) {
        this.state = 'idle';
        this.host.requestUpdate();
        return false;
      }
      const error = toAccountError(caught);
      return this.fail(error, isAccountError(error, 'validation') ? error.fields : {});
    }
  }

  private forget(): void {
    this.base = undefined;
    this.values = {};
    this.errors = {};
    this.error = undefined;
    this.state = 'idle';
  }

  /** Takes the initial values as both the base and the input. */
  private adopt(): void {
    const initial = this.options.initial();
    if (initial === undefined) return;
    this.base = initial;
    this.values = { ...initial };
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

  private fail(error: AccountError | undefined, fields: Record<string, FieldError>): false {
    this.state = error?.code === 'conflict' ? 'conflict' : 'failed';
    this.errors = fields;
    this.error =
      error && (Object.keys(fields).length === 0 || error.code !== 'validation') ? error : undefined;
    this.host.requestUpdate();
    return false;
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
