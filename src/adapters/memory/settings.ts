import {
  AccountError,
  messageSettings,
  notificationUpdate,
  parseInput,
  voiceSettings,
  type FieldError,
  type MessageSettings,
  type NotificationSettings,
  type NotificationUpdate,
  type VoiceSettings,
} from '../../api/index.js';
import type { Backend } from './backend.js';

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
  return backend.state.voice;
}

export function updateVoiceSettings(backend: Backend, settings: VoiceSettings): VoiceSettings {
  backend.me();
  const parsed = parseInput(voiceSettings, settings);
  rejectIfAny(voiceRules(parsed));
  backend.state.voice = parsed;
  backend.touch('/settings/voice');
  return parsed;
}

export function getMessageSettings(backend: Backend): MessageSettings {
  backend.me();
  return backend.state.messages;
}

export function updateMessageSettings(backend: Backend, settings: MessageSettings): MessageSettings {
  backend.me();
  const parsed = parseInput(messageSettings, settings);
  rejectIfAny(messageRules(parsed));
  backend.state.messages = parsed;
  backend.touch('/settings/messages');
  return parsed;
}

/*
 * Rules across fields, which the schemas (one field at a time) do not state: a switch that is on
 * needs what it switches on. Opening hours are left alone: a night shift closes before it opens.
 */

function voiceRules(settings: VoiceSettings): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  if (settings.forwarding.enabled && settings.forwarding.number === null) {
    fields['forwarding.number'] = { code: 'required', message: 'Forwarding needs a number' };
  }
  return fields;
}

function messageRules(settings: MessageSettings): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  if (settings.autoReply.enabled && settings.autoReply.text === '') {
    fields['autoReply.text'] = { code: 'required', message: 'An auto-reply needs a text' };
  }
  if (settings.forwardToEmail.enabled && settings.forwardToEmail.email === null) {
    fields['forwardToEmail.email'] = { code: 'required', message: 'Forwarding to email needs an address' };
  }
  return fields;
}

function rejectIfAny(fields: Record<string, FieldError>): void {
  if (Object.keys(fields).length > 0)
    throw new AccountError('validation', 'The input is not valid', { fields });
}

/** A partial update leaves out what it does not change; an explicit `undefined` means the same. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
