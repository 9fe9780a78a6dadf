import { TOTP, Secret } from 'otpauth';
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '../../src/api/index.js';
import '../../src/elements/two-step-settings/two-step-settings.js';
import type { TwoStepSettings } from '../../src/elements/two-step-settings/two-step-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** `<two-step-settings>` as a person uses it. */
export class TwoStepSettingsHarness extends ElementHarness<TwoStepSettings> {
  static readonly tag = 'two-step-settings';
  /** Whether two-step verification is on: there once the state has loaded. */
  static readonly readySelector = '#two-step-state';

  /** `on` or `off`, as the card says it. */
  get state(): string {
    return this.find('#two-step-state').dataset['state'] ?? '';
  }

  get setupShown(): boolean {
    return this.maybe('#two-step-setup') !== null;
  }

  /** Presses "Set up authenticator app"; the setup shows at once unless the backend asks who it is. */
  async startSetup(): Promise<void> {
    await this.click(en.twoStep.setUp);
  }

  async waitForSetup(): Promise<void> {
    await this.waitFor('#two-step-setup', 'the setup did not show');
  }

  /** The setup key as shown (in groups), and as an app takes it (without the spaces). */
  get shownKey(): string {
    return text(this.maybe('#two-step-key'));
  }

  get key(): string {
    return this.shownKey.replace(/\s/g, '');
  }

  get qrCanvas(): HTMLCanvasElement | null {
    return this.maybe<HTMLCanvasElement>('#two-step-qr');
  }

  /** Waits until the QR code is drawn on its canvas, and returns the canvas. */
  async qrDrawn(): Promise<HTMLCanvasElement> {
    await until(() => (this.qrCanvas?.width ?? 0) > 0 && darkPixels(this.qrCanvas!) > 0, 'no QR code drawn');
    return this.qrCanvas!;
  }

  get codeInput(): HTMLInputElement {
    return this.field(en.twoStep.code);
  }

  /** Types the app's code and presses "Turn on". */
  async confirmCode(code: string): Promise<void> {
    await this.fill(en.twoStep.code, code);
    await this.click(en.twoStep.confirm);
  }

  /** What is said at the code's field ('' when nothing). */
  get codeError(): string {
    return this.errorOf(en.twoStep.code);
  }

  async cancelSetup(): Promise<void> {
    await this.click(en.common.cancel, this.find('#two-step-setup'));
  }

  /** Backup codes on screen, as shown (`abcde-fghjk`); none when none are. */
  get backupCodes(): string[] {
    return [...this.root.querySelectorAll('#backup-code-list li')].map((item) => text(item));
  }

  async waitForBackupCodes(): Promise<string[]> {
    await this.waitFor('#backup-code-list', 'no backup codes were shown');
    return this.backupCodes;
  }

  /** The warning over codes just made. */
  get backupCodesNote(): string {
    return text(this.maybe('#backup-codes p:not(.method-heading)'));
  }

  async copyCodes(): Promise<void> {
    await this.click(en.twoStep.copyCodes, this.find('#backup-codes'));
  }

  async downloadCodes(): Promise<void> {
    await this.click(en.twoStep.download);
  }

  /** "I have saved them": the codes leave the screen for good. */
  async codesSaved(): Promise<void> {
    await this.click(en.twoStep.saved);
  }

  /** "3 unused backup codes left.", while two-step verification is on and no codes are shown. */
  get remaining(): string {
    return text(this.maybe('#two-step-remaining'));
  }

  async newBackupCodes(): Promise<void> {
    await this.click(en.twoStep.newCodes);
  }

  get turnOffDialog(): HTMLDialogElement | null {
    return this.maybe<HTMLDialogElement>('#turn-off-dialog');
  }

  /** Opens the confirmation to turn the app off. */
  async openTurnOff(): Promise<void> {
    this.button(en.twoStep.turnOff).focus();
    await this.click(en.twoStep.turnOff);
    await until(() => this.turnOffDialog?.open, 'the confirmation did not open');
  }

  async confirmTurnOff(): Promise<void> {
    await this.click(en.twoStep.confirmTurnOff, this.turnOffDialog!);
  }

  /** Waits for the identity check, gives the password and waits for it to close. */
  async proveIdentity(password: string): Promise<void> {
    await this.confirmIdentity(password);
    await until(() => !this.identityCheck?.open, 'the identity check did not close');
  }
}

/** The code an authenticator app holding `secret` shows at `time` (epoch milliseconds). */
export function appCode(secret: string, time: number): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    algorithm: 'SHA1',
  });
  return totp.generate({ timestamp: time });
}

/** How many pixels of a canvas are dark: a drawn QR code has many, an empty canvas none. */
export function darkPixels(canvas: HTMLCanvasElement): number {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let dark = 0;
  for (let index = 0; index < data.length; index += 4) if (data[index]! < 128) dark++;
  return dark;
}
