import {
  AccountError,
  inspectGreetingAudio,
  messageSettings,
  notificationUpdate,
  parseInput,
  voiceSettingsUpdate,
  type MessageSettingsData,
  type NotificationSettings,
  type NotificationUpdate,
  type VoiceSettings,
} from '../../api/index.js';
import type { Backend } from './backend.js';

/** The one recorded greeting of the organisation, under this key in the greeting store. */
const GREETING_KEY = 'voicemail';

export function getNotificationSettings(backend: Backend): NotificationSettings {
  backend.me();
  return backend.state.notifications;
}

export function updateNotificationSettings(
  backend: Backend,
  update: NotificationUpdate,
): NotificationSettings {
  backend.me();
  const changes = parseInput(notificationUpdate, update);
  backend.state.notifications = { ...backend.state.notifications, ...definedOnly(changes) };
  backend.touch('/account/notifications');
  return backend.state.notifications;
}

export function getVoiceSettings(backend: Backend): VoiceSettings {
  backend.me();
  return withDoNotDisturbEnded(backend);
}

/** Do not disturb set to end at a time now past has ended: it reads as off from then on. */
function withDoNotDisturbEnded(backend: Backend): VoiceSettings {
  const voice = backend.state.voice;
  const { enabled, until } = voice.doNotDisturb;
  if (enabled && until !== null && Date.parse(until) <= backend.now()) {
    backend.state.voice = { ...voice, doNotDisturb: { enabled: false, until: null } };
  }
  return backend.state.voice;
}

/**
 * The whole voice settings, checked by the contract's schema (its rules across fields too). The
 * recording's URL is the backend's own: whatever the update says, the stored one is put in before
 * the check, so a greeting played from a recording is judged by the recording there is.
 */
export function updateVoiceSettings(backend: Backend, settings: VoiceSettings): VoiceSettings {
  backend.me();
  const stored = backend.state.voice.voicemail.greeting.audioUrl;
  backend.state.voice = parseInput(voiceSettingsUpdate, withAudioUrl(settings, stored));
  backend.touch('/settings/voice');
  return backend.state.voice;
}

/** The input with this recording URL, when it has a greeting to put it in; as it was otherwise. */
function withAudioUrl(settings: VoiceSettings, audioUrl: string | null): unknown {
  // Input from the wire is whatever was sent: only an object gets the URL.
  const voicemail: unknown = settings?.voicemail;
  if (typeof voicemail !== 'object' || voicemail === null || !('greeting' in voicemail)) return settings;
  const { greeting } = voicemail;
  if (typeof greeting !== 'object' || greeting === null) return settings;
  return { ...settings, voicemail: { ...voicemail, greeting: { ...greeting, audioUrl } } };
}

/** The recording is judged by its bytes, its size and its length, never by its declared type. */
export async function uploadVoicemailGreeting(backend: Backend, audio: Blob): Promise<VoiceSettings> {
  backend.me();
  const inspection = await inspectGreetingAudio(audio);
  if (!inspection.ok) {
    const fields = { audio: { message: inspection.error.code, ...inspection.error } };
    throw new AccountError('validation', 'The recording is not valid', { fields });
  }
  const typed = audio.type === inspection.type ? audio : new Blob([audio], { type: inspection.type });
  const voice = backend.state.voice;
  const previous = voice.voicemail.greeting.audioUrl;
  const audioUrl = await backend.greetings.put(GREETING_KEY, typed, previous);
  const greeting = { ...voice.voicemail.greeting, mode: 'audio' as const, audioUrl };
  backend.state.voice = { ...voice, voicemail: { ...voice.voicemail, greeting } };
  backend.touch('/settings/voice');
  return withDoNotDisturbEnded(backend);
}

export function removeVoicemailGreeting(backend: Backend): VoiceSettings {
  backend.me();
  const voice = backend.state.voice;
  const { greeting } = voice.voicemail;
  if (greeting.audioUrl === null && greeting.mode === 'text') return withDoNotDisturbEnded(backend);
  backend.greetings.drop(GREETING_KEY, greeting.audioUrl);
  const spoken = { ...greeting, mode: 'text' as const, audioUrl: null };
  backend.state.voice = { ...voice, voicemail: { ...voice.voicemail, greeting: spoken } };
  backend.touch('/settings/voice');
  return withDoNotDisturbEnded(backend);
}

/** Restores the saved recording as a live URL after a reload (a `blob:` URL dies with its page). */
export function reviveGreeting(backend: Pick<Backend, 'greetings'>, voice: VoiceSettings): void {
  const { greeting } = voice.voicemail;
  if (!greeting.audioUrl?.startsWith('blob:')) return;
  greeting.audioUrl = backend.greetings.restore(GREETING_KEY);
  if (greeting.audioUrl === null) greeting.mode = 'text';
}

/** Drops the recording, as a reset to the seed does. */
export function dropGreeting(backend: Pick<Backend, 'greetings'>, voice: VoiceSettings): void {
  backend.greetings.drop(GREETING_KEY, voice.voicemail.greeting.audioUrl);
}

export function getMessageSettings(backend: Backend): MessageSettingsData {
  backend.me();
  return backend.state.messages;
}

export function updateMessageSettings(backend: Backend, settings: MessageSettingsData): MessageSettingsData {
  backend.me();
  backend.state.messages = parseInput(messageSettings, settings);
  backend.touch('/settings/messages');
  return backend.state.messages;
}

/** A partial update leaves out what it does not change; an explicit `undefined` means the same. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
