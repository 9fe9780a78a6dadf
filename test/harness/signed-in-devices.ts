import '../../src/elements/signed-in-devices/signed-in-devices.js';
import type { SignedInDevices } from '../../src/elements/signed-in-devices/signed-in-devices.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** One device's row as a person reads it. */
export interface DeviceRow {
  id: string;
  current: boolean;
  /** "Computer, macOS 15", with "This device" after it on this device's row. */
  name: string;
  /** Browser, place and last activity. */
  details: string;
  /** The row has a Sign out button. */
  canSignOut: boolean;
}

/** `<signed-in-devices>` as a person uses it. */
export class SignedInDevicesHarness extends ElementHarness<SignedInDevices> {
  static readonly tag = 'signed-in-devices';
  /** The list, once the sessions have loaded. */
  static readonly readySelector = 'ul[data-sessions]';

  private rowElements(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('li[data-session-id]')];
  }

  /** The rows, top to bottom. */
  get rows(): DeviceRow[] {
    return this.rowElements().map((row) => ({
      id: row.dataset['sessionId'] ?? '',
      current: row.hasAttribute('data-current'),
      name: text(row.querySelector('[id$="-device"]')),
      details: text(row.querySelector('[id$="-details"]')),
      canSignOut: row.querySelector('button') !== null,
    }));
  }

  row(sessionId: string): HTMLLIElement {
    const found = this.rowElements().find((row) => row.dataset['sessionId'] === sessionId);
    if (!found) throw new Error(`No row for session ${sessionId}`);
    return found;
  }

  /** The Sign out button of a device's row. */
  signOutButton(sessionId: string): HTMLButtonElement {
    return this.button(en.devices.signOut, this.row(sessionId));
  }

  get dialog(): HTMLDialogElement | null {
    return this.maybe<HTMLDialogElement>('#sign-out-dialog');
  }

  /** The confirmation's heading. */
  get dialogHeading(): string {
    return text(this.dialog?.querySelector('h2'));
  }

  /** What the open confirmation says went wrong ('' when nothing). */
  get dialogError(): string {
    return text(this.dialog?.querySelector('[role="alert"]'));
  }

  /** "Only this device is signed in", when shown. */
  get emptyNote(): string {
    return text(this.maybe('#only-this-device'));
  }

  get hasSignOutOthers(): boolean {
    return this.maybe('#sign-out-others') !== null;
  }

  /** Presses Sign out on a device's row (focused first, as a click does) and waits for the confirmation. */
  async openSignOut(sessionId: string): Promise<void> {
    const button = this.signOutButton(sessionId);
    button.focus();
    button.click();
    await this.element.updateComplete;
    await until(() => this.dialog?.open, 'the confirmation did not open');
  }

  async openSignOutOthers(): Promise<void> {
    const button = this.find<HTMLButtonElement>('#sign-out-others');
    button.focus();
    button.click();
    await this.element.updateComplete;
    await until(() => this.dialog?.open, 'the confirmation did not open');
  }

  /** Presses the confirmation's button: Sign out, or Sign out all others. */
  async confirm(): Promise<void> {
    const dialog = this.dialog;
    if (!dialog) throw new Error('No confirmation');
    const label = this.hasButton(en.devices.confirmOthers) ? en.devices.confirmOthers : en.devices.signOut;
    await this.click(label, dialog);
  }

  /** Presses Cancel in the confirmation and waits for it to close. */
  async cancel(): Promise<void> {
    await this.click(en.common.cancel, this.dialog ?? undefined);
    await until(() => !this.dialog?.open, 'the confirmation did not close');
  }

  /** Waits until the row of a session is gone. */
  async rowGone(sessionId: string): Promise<void> {
    await until(() => !this.rows.some((row) => row.id === sessionId), `the row ${sessionId} stayed`);
  }
}
