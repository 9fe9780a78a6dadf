import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/password-settings/password-settings.js';
import type { PasswordSettings } from '../../src/elements/password-settings/password-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/**
 * `<password-settings>` as a person uses it. Its card is in the shadow root, its credential form in
 * the light DOM (for password managers), so every lookup searches both.
 */
export class PasswordSettingsHarness extends ElementHarness<PasswordSettings> {
  static readonly tag = 'password-settings';
  /** The slot the form shows in: there as soon as the account has loaded, whatever is open. */
  static readonly readySelector = 'slot[name="light-form"]';

  /** The light-DOM form, when one is open. */
  get form(): HTMLFormElement | null {
    return this.element.querySelector('form');
  }

  override maybe<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector) ?? this.element.querySelector<T>(selector);
  }

  override button(label: string, root?: ParentNode): HTMLButtonElement {
    if (root) return super.button(label, root);
    try {
      return super.button(label, this.root);
    } catch {
      return super.button(label, this.element);
    }
  }

  override field<T extends HTMLElement = HTMLInputElement>(label: string): T {
    const labels = [...this.root.querySelectorAll('label'), ...this.element.querySelectorAll('label')];
    const id = labels.find((candidate) => text(candidate).startsWith(label))?.htmlFor;
    if (!id) throw new Error(`No field labelled "${label}" in <${this.element.localName}>`);
    return this.find<T>(`#${CSS.escape(id)}`);
  }

  get currentPassword(): HTMLInputElement {
    return this.field(en.password.current);
  }

  get newPassword(): HTMLInputElement {
    return this.field(en.password.new);
  }

  get code(): HTMLInputElement {
    return this.field(en.verification.code);
  }

  /** The button that shows the password typed (and hides it again). */
  get showButton(): HTMLButtonElement {
    return this.button(en.password.show);
  }

  /** The strength hint's words, or '' before there is one. */
  get strength(): string {
    return text(this.element.querySelector('.strength-text'));
  }

  async openChange(): Promise<void> {
    await this.click(en.password.change);
    await until(() => this.form, 'the change form did not open');
    await this.element.updateComplete;
  }

  /** Presses Reset password (or "Forgot your password?" in the change form) and waits for the code step. */
  async startReset(label: string = en.password.reset): Promise<void> {
    await this.click(label);
    await until(() => this.maybe('input[autocomplete="one-time-code"]'), 'no code was asked for');
    await this.element.updateComplete;
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.fill(en.password.current, current);
    await this.fill(en.password.new, next);
    await this.save();
  }

  async enterCode(code: string): Promise<void> {
    await this.fill(en.verification.code, code);
  }

  async resetPassword(code: string, next: string): Promise<void> {
    await this.enterCode(code);
    await this.fill(en.password.new, next);
    await this.save();
  }

  /** Submits the open form the way its Save button does. */
  async save(): Promise<void> {
    this.button(en.password.save).click();
    await this.element.updateComplete;
  }
}

/** A new password that breaks no rule of the contract or the backend. */
export const NEW_PASSWORD = 'violet tractor 42 umbrella';

/** Whether `password` is the account's password now: the backend trades it for an identity check. */
export async function passwordWorks(adapter: MemoryAdapter, password: string): Promise<boolean> {
  try {
    await adapter.completeReverification({ method: 'password', password, operation: 'revealApiKey' });
    return true;
  } catch {
    return false;
  }
}
