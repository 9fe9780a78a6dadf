import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { CallOptions, MessageSettings, VoiceSettings } from '../../src/api/index.js';
import { MessageSettingsHarness } from '../harness/message-settings.js';
import { PhoneSettingsHarness } from '../harness/phone-settings.js';

export { en } from '../../src/i18n/index.js';
export { MessageSettingsHarness, PhoneSettingsHarness };

/**
 * A MemoryAdapter that records the settings and recordings sent to it, and can hold the answer of
 * the next voice or message update back until a test lets it go (to see the saving state).
 */
export class SettingsAdapter extends MemoryAdapter {
  readonly voiceUpdates: VoiceSettings[] = [];
  readonly messageUpdates: MessageSettings[] = [];
  readonly recordings: Blob[] = [];
  private held?: Promise<void>;

  override async updateVoiceSettings(settings: VoiceSettings, options?: CallOptions): Promise<VoiceSettings> {
    this.voiceUpdates.push(settings);
    await this.held;
    return super.updateVoiceSettings(settings, options);
  }

  override async updateMessageSettings(
    settings: MessageSettings,
    options?: CallOptions,
  ): Promise<MessageSettings> {
    this.messageUpdates.push(settings);
    await this.held;
    return super.updateMessageSettings(settings, options);
  }

  override uploadVoicemailGreeting(audio: Blob, options?: CallOptions): Promise<VoiceSettings> {
    this.recordings.push(audio);
    return super.uploadVoicemailGreeting(audio, options);
  }

  /** Holds the next updates back; call the returned function to let them through. */
  holdUpdates(): () => void {
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    return release;
  }
}

/** An adapter with no identity check, for tests that are about something else. */
export function settingsAdapter(options: MemoryAdapterOptions = {}): SettingsAdapter {
  return new SettingsAdapter({ reverify: [], ...options });
}

export type Theme = 'light' | 'dark';

export async function mountPhone(
  adapter: MemoryAdapter,
  attributes: { theme?: Theme } = {},
): Promise<PhoneSettingsHarness> {
  const el = await fixture<PhoneSettingsHarness['element']>(
    html`<phone-settings .adapter=${adapter} theme=${attributes.theme ?? 'light'}></phone-settings>`,
  );
  return new PhoneSettingsHarness(el).ready(PhoneSettingsHarness.readySelector);
}

export async function mountMessages(
  adapter: MemoryAdapter,
  attributes: { theme?: Theme } = {},
): Promise<MessageSettingsHarness> {
  const el = await fixture<MessageSettingsHarness['element']>(
    html`<message-settings .adapter=${adapter} theme=${attributes.theme ?? 'light'}></message-settings>`,
  );
  return new MessageSettingsHarness(el).ready(MessageSettingsHarness.readySelector);
}

/** Every event of this name the element fires, in order. */
export function recordEvents<E extends Event>(target: EventTarget, name: string): E[] {
  const seen: E[] = [];
  target.addEventListener(name, (event) => seen.push(event as E));
  return seen;
}

/** The id of the focused control inside the element (compared as text, never as nodes). */
export function focusedId(root: ShadowRoot): string {
  return root.activeElement?.id ?? '';
}

/** The browser says it is offline until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    Reflect.deleteProperty(navigator, 'onLine');
    globalThis.dispatchEvent(new Event('online'));
  };
}
