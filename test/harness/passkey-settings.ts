import type { Passkey } from '../../src/api/index.js';
import '../../src/elements/passkey-settings/passkey-settings.js';
import type { PasskeySettings } from '../../src/elements/passkey-settings/passkey-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** One passkey as its row shows it. */
export interface PasskeyRow {
  id: string;
  name: string;
  /** Its provider and whether it is synced, then its dates, as read. */
  lines: string[];
}

/** `<passkey-settings>` as a person uses it. */
export class PasskeySettingsHarness extends ElementHarness<PasskeySettings> {
  static readonly tag = 'passkey-settings';
  /** The list, or the note that there is none yet, once loaded. */
  static readonly readySelector = '[data-passkey], #no-passkeys';

  get rows(): PasskeyRow[] {
    return [...this.root.querySelectorAll<HTMLElement>('[data-passkey]')].map((row) => ({
      id: row.dataset['passkey'] ?? '',
      name: text(row.querySelector('.passkey-name')),
      lines: [...row.querySelectorAll('.note')].map((line) => text(line)),
    }));
  }

  get names(): string[] {
    return this.rows.map((row) => row.name);
  }

  get emptyNote(): string {
    return text(this.maybe('#no-passkeys'));
  }

  get browserNote(): string {
    return text(this.maybe('#browser-cannot'));
  }

  get addButton(): HTMLButtonElement | null {
    return this.maybe<HTMLButtonElement>('#add-passkey');
  }

  get removeDialog(): HTMLDialogElement | null {
    return this.maybe<HTMLDialogElement>('#remove-passkey-dialog');
  }

  /** Presses "Add a passkey"; the browser and the backend take it from there. */
  async add(): Promise<void> {
    this.addButton?.focus();
    await this.click(en.passkeys.add);
  }

  /** Waits until the passkey named `name` is listed. */
  async listed(name: string): Promise<void> {
    await until(() => this.names.includes(name), `${name} was not listed`);
  }

  /** Opens the name of `passkey` for editing and types `name` in place of it. */
  async rename(passkey: Pick<Passkey, 'id' | 'name'>, name: string): Promise<HTMLInputElement> {
    this.find<HTMLButtonElement>(`#rename-${CSS.escape(passkey.id)}`).click();
    await this.element.updateComplete;
    return this.fill(en.passkeys.nameLabel(passkey.name), name);
  }

  /** Opens the confirmation to remove `passkey`, from its row's button. */
  async openRemoval(passkey: Pick<Passkey, 'id'>): Promise<void> {
    const opener = this.find<HTMLButtonElement>(`#remove-${CSS.escape(passkey.id)}`);
    opener.focus();
    opener.click();
    await until(() => this.removeDialog?.open, 'the confirmation did not open');
  }

  async confirmRemoval(): Promise<void> {
    await this.click(en.passkeys.confirmRemove, this.removeDialog!);
  }
}
