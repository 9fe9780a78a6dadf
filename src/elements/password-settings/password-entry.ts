import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAccountError,
  passwordChange,
  validate,
  type AccountError,
  type FieldError,
} from '../../api/index.js';

export type PasswordField = 'currentPassword' | 'newPassword';

/**
 * The passwords being typed, held in one place only, so they can be forgotten in one place.
 *
 * Not a `FormController`: a form keeps copies of its input on purpose (the values it started from,
 * what the last save sent, the action's arguments for a retry), which is right for a name and wrong
 * for a password. Here the actions read the passwords when they run and are given only `version`,
 * which changes with every keystroke: the same version means the same input, so a retry after a
 * lost answer reuses its idempotency key without the password being kept for it.
 *
 * The contract's schema checks each field as it is typed, and every field before sending. Whatever
 * the element does, everything typed is forgotten when it leaves the page.
 */
export class PasswordEntry implements ReactiveController {
  currentPassword = '';
  newPassword = '';
  /** The new password shows as text. */
  shown = false;
  version = 0;
  private problems: Partial<Record<PasswordField, FieldError>> = {};
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Records a keystroke; a field that is not empty is checked at once. */
  set(field: PasswordField, value: string): void {
    this[field] = value;
    this.version++;
    this.problems = { ...this.problems, [field]: value === '' ? undefined : this.findProblems()[field] };
    this.host.requestUpdate();
  }

  /** Checks the fields about to be sent; true when none has a problem. */
  check(fields: readonly PasswordField[]): boolean {
    const found = this.findProblems();
    this.problems = Object.fromEntries(fields.map((field) => [field, found[field]]));
    this.host.requestUpdate();
    return fields.every((field) => !found[field]);
  }

  /** A field's problem: found as it was typed, or else the backend's answer to the last attempt. */
  problem(field: PasswordField, failure?: AccountError): FieldError | undefined {
    return (
      this.problems[field] ?? (isAccountError(failure, 'validation') ? failure.fields[field] : undefined)
    );
  }

  toggleShown(): void {
    this.shown = !this.shown;
    this.host.requestUpdate();
  }

  /** Everything typed, gone. */
  forget(): void {
    this.currentPassword = '';
    this.newPassword = '';
    this.shown = false;
    this.problems = {};
    this.version++;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.forget();
  }

  private findProblems(): Partial<Record<PasswordField, FieldError>> {
    const { currentPassword, newPassword } = this;
    const checked = validate(passwordChange, { currentPassword, newPassword });
    return checked.ok ? {} : checked.fields;
  }
}
