import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type {
  Account,
  CallOptions,
  CodeConfirmation,
  PhoneChangeStart,
  Verification,
} from '../../src/api/index.js';
import { configure } from '../../src/core/configure.js';
import '../../src/elements/account-provider/account-provider.js';
import { en } from '../../src/i18n/index.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';

export { en, PersonalPhoneHarness };

/** One clock for the backend and the elements' countdowns, moved by the test. */
export class Clock {
  now = Date.now();

  advance(ms: number): void {
    this.now += ms;
  }
}

/**
 * A backend that records what the element sends, so a test can tell a refused number never left
 * and a cancelled request was dropped.
 */
export class PhoneBackend extends MemoryAdapter {
  readonly starts: { request: PhoneChangeStart; signal: AbortSignal | undefined }[] = [];
  readonly confirms: CodeConfirmation[] = [];
  /** Sends of a code get no answer until they are aborted, as on a network that hangs. */
  hangStarts = false;

  override startPhoneChange(request: PhoneChangeStart, options?: CallOptions): Promise<Verification> {
    this.starts.push({ request, signal: options?.signal });
    if (!this.hangStarts) return super.startPhoneChange(request, options);
    return new Promise((_resolve, reject) =>
      options?.signal?.addEventListener('abort', () => reject(options.signal?.reason)),
    );
  }

  override confirmPhoneChange(confirmation: CodeConfirmation, options?: CallOptions): Promise<Account> {
    this.confirms.push(confirmation);
    return super.confirmPhoneChange(confirmation, options);
  }
}

/**
 * A backend without the identity check unless a test asks for it; on the test's clock when given
 * one (then the elements must count on it too: `useClock`).
 */
export function backend(clock?: Clock, options: MemoryAdapterOptions = {}): PhoneBackend {
  return new PhoneBackend({ reverify: [], ...(clock ? { now: () => clock.now } : {}), ...options });
}

/** Elements count down by the same clock as the backend; put back with `useRealTime`. */
export function useClock(clock: Clock): void {
  configure({ now: () => clock.now });
}

export function useRealTime(): void {
  configure({ now: undefined });
}

export interface MountOptions {
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  locale?: string;
  /** 320 px wide, as on a small phone. */
  narrow?: boolean;
}

/** A `<personal-phone>` on this adapter, ready. */
export async function readyPhone(
  adapter: MemoryAdapter,
  { theme = 'light', dir = 'ltr', locale = 'en-US', narrow = false }: MountOptions = {},
): Promise<PersonalPhoneHarness> {
  const root = await fixture<HTMLElement>(
    html`<div dir=${dir} style=${narrow ? 'inline-size: 320px' : ''}>
      <personal-phone .adapter=${adapter} theme=${theme} locale=${locale}></personal-phone>
    </div>`,
  );
  const harness = new PersonalPhoneHarness(root.querySelector('personal-phone')!);
  return harness.ready(PersonalPhoneHarness.readySelector);
}

/** The code the backend texted for the phone change. */
export function sentCode(adapter: MemoryAdapter): string {
  const code = adapter.lastMessage('phone_change')?.secret;
  if (!code) throw new Error('No phone-change code was sent');
  return code;
}

/** A code that is surely not the one sent. */
export function wrongCode(adapter: MemoryAdapter): string {
  return sentCode(adapter) === '000000' ? '111111' : '000000';
}

/** Opens the change, sends a code for this number and waits for the code step. */
export async function atCodeStep(harness: PersonalPhoneHarness, number = '+1 415 555 0199'): Promise<void> {
  await harness.startChange(number);
  await harness.waitForCodeStep();
}

/** Waits until the element's polite or assertive live region says this. */
export async function said(harness: PersonalPhoneHarness, message: string): Promise<void> {
  await waitUntil(
    () => harness.status === message || harness.alert === message,
    `"${message}" was not said (status "${harness.status}", alert "${harness.alert}")`,
  );
}

export const CURRENT = '+14155550123';
export const CURRENT_READ = '+1 415 555 0123';
export const NEW = '+14155550199';
export const NEW_READ = '+1 415 555 0199';

/** Pretends the browser lost its network; call what it returns to bring it back. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  globalThis.dispatchEvent(new Event('offline'));
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
    globalThis.dispatchEvent(new Event('online'));
  };
}

/** Waits for the element's finite animations (a dialog fading in), so colours are read at rest. */
export async function animationsDone(harness: PersonalPhoneHarness): Promise<void> {
  const finite = harness.root
    .getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished));
}
