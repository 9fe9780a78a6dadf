import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type {
  CallOptions,
  NotificationSettings,
  NotificationUpdate,
  Verification,
} from '../../src/api/index.js';
import { configure } from '../../src/core/configure.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';

export { en } from '../../src/i18n/index.js';
export { EmailSettingsHarness };

/**
 * A MemoryAdapter that records the addresses sent to `startEmailChange`, and can hold the answers of
 * the notification calls back until a test lets them go (to see the loading and saving states).
 */
export class RecordingAdapter extends MemoryAdapter {
  readonly emailStarts: string[] = [];
  readonly notificationUpdates: NotificationUpdate[] = [];
  private heldRead?: Promise<void>;
  private heldUpdate?: Promise<void>;

  override startEmailChange(email: string, options?: CallOptions): Promise<Verification> {
    this.emailStarts.push(email);
    return super.startEmailChange(email, options);
  }

  override async getNotificationSettings(options?: CallOptions): Promise<NotificationSettings> {
    await this.heldRead;
    return super.getNotificationSettings(options);
  }

  override async updateNotificationSettings(
    update: NotificationUpdate,
    options?: CallOptions,
  ): Promise<NotificationSettings> {
    this.notificationUpdates.push(update);
    await this.heldUpdate;
    return super.updateNotificationSettings(update, options);
  }

  /** Holds the next notification reads back; call the returned function to let them through. */
  holdNotificationReads(): () => void {
    let release!: () => void;
    this.heldRead = new Promise((resolve) => (release = resolve));
    return release;
  }

  /** Holds the next notification updates back; call the returned function to let them through. */
  holdNotificationUpdates(): () => void {
    let release!: () => void;
    this.heldUpdate = new Promise((resolve) => (release = resolve));
    return release;
  }
}

/** One clock for the backend and the elements' countdowns, moved by the test. */
export class TestClock {
  time = Date.parse('2025-03-01T10:00:00Z');
  readonly now = (): number => this.time;

  constructor() {
    configure({ now: this.now });
  }

  advance(seconds: number): void {
    this.time += seconds * 1000;
  }

  /** Gives the elements the page's real clock back. */
  stop(): void {
    configure({ now: undefined });
  }
}

/** Renders `<email-settings>` on this adapter and waits until the address shows. */
export async function mountEmail(
  adapter: MemoryAdapter,
  attributes: { theme?: 'light' | 'dark' } = {},
): Promise<EmailSettingsHarness> {
  const el = await fixture<EmailSettingsHarness['element']>(
    html`<email-settings .adapter=${adapter} theme=${attributes.theme ?? 'light'}></email-settings>`,
  );
  const harness = new EmailSettingsHarness(el);
  await harness.ready(EmailSettingsHarness.readySelector);
  return harness;
}

/** An adapter with no identity check, for tests that are about something else. */
export function adapterWithoutStepUp(options: MemoryAdapterOptions = {}): RecordingAdapter {
  return new RecordingAdapter({ reverify: [], ...options });
}

/** Every event of this name the element fires, in order. */
export function recordEvents<E extends Event>(target: EventTarget, name: string): E[] {
  const seen: E[] = [];
  target.addEventListener(name, (event) => seen.push(event as E));
  return seen;
}

/** The browser says it is offline until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    Reflect.deleteProperty(navigator, 'onLine');
    globalThis.dispatchEvent(new Event('online'));
  };
}

/** Waits for the element's finite animations (a dialog fading in), so colours are read at rest. */
export async function animationsDone(harness: EmailSettingsHarness): Promise<void> {
  const finite = harness.root
    .getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished));
}
