import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Account, CallOptions, ProfileUpdate, UsernameAvailability } from '../../src/api/index.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/account-profile/account-profile.js';
import type { AccountProfile } from '../../src/elements/account-profile/account-profile.component.js';
import { en } from '../../src/i18n/index.js';

export { en };
export type { AccountProfile };

/**
 * A MemoryAdapter that records what the elements ask of it, so a test can count calls and look at
 * what was sent (the uploaded picture, the profile update).
 */
export class RecordingAdapter extends MemoryAdapter {
  getAccountCalls = 0;
  readonly updates: ProfileUpdate[] = [];
  readonly uploads: Blob[] = [];
  readonly usernameChecks: string[] = [];

  override getAccount(options?: CallOptions): Promise<Account> {
    this.getAccountCalls++;
    return super.getAccount(options);
  }

  override updateProfile(update: ProfileUpdate, options?: CallOptions): Promise<Account> {
    this.updates.push(update);
    return super.updateProfile(update, options);
  }

  override uploadAvatar(image: Blob, options?: CallOptions): Promise<Account> {
    this.uploads.push(image);
    return super.uploadAvatar(image, options);
  }

  override checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
    this.usernameChecks.push(username);
    return super.checkUsername(username, options);
  }
}

/**
 * A MemoryAdapter whose account loads wait until `release()`, so a test looks at the loading state
 * for as long as it needs, however busy the machine, instead of racing a latency of a few
 * milliseconds. A load aborted meanwhile still fails as aborted once released.
 */
export class HeldAdapter extends MemoryAdapter {
  readonly #held = deferred<void>();

  release(): void {
    this.#held.resolve();
  }

  override async getAccount(options?: CallOptions): Promise<Account> {
    await this.#held.promise;
    return super.getAccount(options);
  }
}

/** The one element matching `selector` in the profile's shadow root; fails loudly when missing. */
export function part<T extends Element = HTMLElement>(el: AccountProfile, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <account-profile>`);
  return found;
}

export function maybe<T extends Element = HTMLElement>(el: AccountProfile, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** Text with runs of whitespace collapsed, as a person would read it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The polite live region of the element's status (not the username availability note). */
export function politeStatus(el: AccountProfile): HTMLElement {
  return part(el, '.status [role="status"]');
}

export function alertStatus(el: AccountProfile): HTMLElement {
  return part(el, '.status [role="alert"]');
}

export function saveButton(el: AccountProfile): HTMLButtonElement {
  return part<HTMLButtonElement>(el, 'button[type="submit"]');
}

/** A button of the element by its visible label. */
export function buttonByLabel(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => text(candidate.querySelector('.button-label') ?? candidate) === label,
  );
  if (!found) throw new Error(`No button labelled "${label}"`);
  return found;
}

/** Waits until the form is on screen (the account has loaded). */
export async function whenReady(el: AccountProfile): Promise<AccountProfile> {
  await waitUntil(() => maybe(el, '#name'), 'the profile form did not appear');
  await el.updateComplete;
  return el;
}

/** Renders a profile on this adapter and waits until it has loaded. */
export async function readyProfile(adapter: MemoryAdapter): Promise<AccountProfile> {
  const el = await fixture<AccountProfile>(html`<account-profile .adapter=${adapter}></account-profile>`);
  return whenReady(el);
}

/** A profile inside whatever wrapper the template gives; the profile is found by tag name. */
export async function profileIn(
  template: TemplateResult,
): Promise<{ root: HTMLElement; el: AccountProfile }> {
  const root = await fixture<HTMLElement>(template);
  const el =
    root.localName === 'account-profile' ? (root as AccountProfile) : root.querySelector('account-profile')!;
  return { root, el };
}

/** Types into a text input the way a person's typing reaches the element: value, then `input`. */
export async function typeInto(
  el: AccountProfile,
  selector: string,
  value: string,
): Promise<HTMLInputElement> {
  const input = part<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

/** Chooses a file in the hidden picture input, as the file picker would. */
export async function chooseFile(el: AccountProfile, file: File): Promise<void> {
  const input = part<HTMLInputElement>(el, '#picture-file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** A promise and the functions that settle it, for answers a test hands out when it wants to. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The bytes of a PNG file's signature, for files that only pretend to be one. */
export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Waits for the element's finite animations (a dialog fading in), so colours are read at rest. */
export async function animationsDone(el: AccountProfile): Promise<void> {
  const finite = el
    .shadowRoot!.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished));
}
