import '../../src/elements/email-settings/email-settings.js';
import type { EmailSettings } from '../../src/elements/email-settings/email-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { showPage } from '../support/page.js';
import { ElementHarness, text } from './element-harness.js';

/** `<email-settings>` as a person uses it. */
export class EmailSettingsHarness extends ElementHarness<EmailSettings> {
  static readonly tag = 'email-settings';
  /** The current address: shown whatever the state of a change. */
  static readonly readySelector = '#current-email';

  get currentEmail(): string {
    return text(this.maybe('#current-email'));
  }

  get newEmailInput(): HTMLInputElement {
    return this.field(en.email.newAddress);
  }

  get newEmailError(): string {
    return this.errorOf(en.email.newAddress);
  }

  /** The pending change's notice, or null when no change is pending. */
  get pending(): HTMLElement | null {
    return this.maybe('#email-pending');
  }

  get resendButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#email-resend');
  }

  async openChange(): Promise<void> {
    await this.click(en.email.change);
  }

  /** Opens the form, types the address and presses Send link. */
  async requestChange(email: string): Promise<void> {
    await this.openChange();
    await this.fill(en.email.newAddress, email);
    await this.click(en.email.sendLink);
  }

  async waitForPending(): Promise<HTMLElement> {
    return this.waitFor('#email-pending', 'no pending change showed');
  }

  async cancelChange(): Promise<void> {
    await this.click(en.email.cancelChange);
  }

  /** The person comes back to the page (from the mail client, another tab). */
  comeBack(how: 'visibilitychange' | 'focus' = 'visibilitychange'): void {
    if (how === 'focus') globalThis.dispatchEvent(new FocusEvent('focus'));
    else showPage();
  }

  /** The notifications' switches are on screen. */
  async notificationsReady(): Promise<this> {
    await this.waitFor(`#all-calls`, 'the notification switches did not appear');
    return this;
  }
}
