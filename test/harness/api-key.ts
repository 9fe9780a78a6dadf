import { DEMO_PASSWORD, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { isAccountError } from '../../src/api/index.js';
import '../../src/elements/api-key/api-key.js';
import type { ApiKey } from '../../src/elements/api-key/api-key.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** `<api-key>` as a person uses it. */
export class ApiKeyHarness extends ElementHarness<ApiKey> {
  static readonly tag = 'api-key';
  /** The key, masked or not: there once it has loaded, for an admin and a member alike. */
  static readonly readySelector = '#key';

  /** The key as the card shows it. */
  get key(): string {
    return text(this.maybe('#key'));
  }

  /** "Hides in 12 s", while a revealed key shows; '' otherwise. */
  get countdown(): string {
    return text(this.maybe('#key-countdown'));
  }

  get dates(): string {
    return text(this.maybe('#key-dates'));
  }

  get dialog(): HTMLDialogElement | null {
    return this.maybe<HTMLDialogElement>('#regenerate-dialog');
  }

  get revealButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#reveal-button');
  }

  get copyButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#copy-button');
  }

  /** Presses Reveal; the key shows at once unless the backend asks who it is first. */
  async reveal(): Promise<void> {
    await this.click(en.apiKey.reveal);
  }

  async hide(): Promise<void> {
    await this.click(en.apiKey.hide);
  }

  async copy(): Promise<void> {
    await this.click(en.apiKey.copy);
  }

  /** Opens the confirmation to regenerate the key. */
  async openRegenerate(): Promise<void> {
    // Focused first, as a click does, so the dialog knows where focus goes back to.
    this.button(en.apiKey.regenerate).focus();
    await this.click(en.apiKey.regenerate);
    await until(() => this.dialog?.open, 'the confirmation did not open');
  }

  async confirmRegenerate(): Promise<void> {
    this.find<HTMLButtonElement>('#confirm-regenerate').click();
    await this.element.updateComplete;
  }

  /** Waits for the identity check, gives the password and confirms it. */
  async proveIdentity(password: string): Promise<void> {
    await this.confirmIdentity(password);
    await until(() => !this.identityCheck?.open, 'the identity check did not close');
  }

  /** Waits until the card shows the key in full, not masked. */
  async keyShown(): Promise<string> {
    await until(() => this.key !== '' && !this.key.includes('•'), 'the key was not shown');
    return this.key;
  }

  /** Waits until the card shows the key masked again. */
  async keyMasked(): Promise<void> {
    await until(() => this.key.includes('•'), 'the key was not hidden again');
  }

  /** Waits for a key just made, and returns it as shown. */
  async newKeyShown(): Promise<string> {
    await until(() => this.maybe('#new-key'), 'no new key was shown');
    return this.keyShown();
  }
}

/** The key in force, read from the backend as its owner would, through the identity check if asked. */
export async function realKey(adapter: MemoryAdapter): Promise<string> {
  try {
    return (await adapter.revealApiKey()).key;
  } catch (error) {
    if (!isAccountError(error, 'reverification_required')) throw error;
    const { token } = await adapter.completeReverification({
      method: 'password',
      password: DEMO_PASSWORD,
      operation: 'revealApiKey',
    });
    return (await adapter.revealApiKey({ reverificationToken: token })).key;
  }
}

/** The part of a key that is secret: all but the prefix every key shares. */
export function secretPart(key: string): string {
  return key.replace(/^ak_live_/, '');
}
