import '../../src/elements/delete-account/delete-account.js';
import type { DeleteAccount } from '../../src/elements/delete-account/delete-account.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, until } from './element-harness.js';

/** `<delete-account>` as a person uses it. */
export class DeleteAccountHarness extends ElementHarness<DeleteAccount> {
  static readonly tag = 'delete-account';
  /** Present once loaded, for an admin and a member alike. */
  static readonly readySelector = '#consequences, #member-note';

  /** The last word, once the account is gone; null before. */
  get deletedMessage(): HTMLElement | null {
    return this.maybe('#deleted');
  }

  get dialog(): HTMLDialogElement {
    return this.find<HTMLDialogElement>('#delete-dialog');
  }

  get confirmButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#confirm-delete');
  }

  /** Opens the confirmation dialog. */
  async open(): Promise<void> {
    // Focused first, as a click does, so the dialog knows where focus goes back to.
    this.button(en.deleteAccount.delete).focus();
    await this.click(en.deleteAccount.delete);
    await until(() => this.maybe<HTMLDialogElement>('#delete-dialog')?.open, 'the confirmation did not open');
  }

  async type(confirmation: string): Promise<void> {
    const input = this.find<HTMLInputElement>('#confirmation');
    input.value = confirmation;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  async confirm(): Promise<void> {
    this.confirmButton.click();
    await this.element.updateComplete;
  }
}
