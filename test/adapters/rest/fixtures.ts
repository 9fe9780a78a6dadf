import { tinyPng } from '../../support/images.js';
import type {
  Account,
  ApiKeyInfo,
  ApiKeySecret,
  MessageSettings,
  NotificationSettings,
  ReverificationToken,
  Verification,
  VoiceSettings,
} from '../../../src/api/index.js';

export const ACCOUNT: Account = {
  id: 'acc_1',
  name: 'Ada Lovelace',
  username: 'ada',
  email: 'ada@example.com',
  pendingEmail: null,
  phone: '+15555550123',
  avatarUrl: null,
  role: 'admin',
  createdAt: '2024-01-02T03:04:05Z',
};

export const VERIFICATION: Verification = {
  id: 'ver_1',
  purpose: 'phone_change',
  channel: 'sms',
  sentTo: '+1 ••• ••• 0199',
  expiresAt: '2030-01-01T00:10:00Z',
  resendAvailableAt: '2030-01-01T00:01:00Z',
  attemptsLeft: 5,
};

export const NOTIFICATIONS: NotificationSettings = { missedCalls: true, voicemails: false };

export const VOICE: VoiceSettings = {
  forwarding: { enabled: false, number: null },
  voicemail: {
    enabled: true,
    greeting: { mode: 'text', text: 'Leave a message', audioUrl: null },
    ringSeconds: 20,
  },
  callerId: { mode: 'business' },
  hours: { enabled: false, timezone: 'Europe/London', days: [] },
  doNotDisturb: { enabled: false, until: null },
};

export const MESSAGES: MessageSettings = {
  signature: '— Ada',
  autoReply: { enabled: false, text: '' },
  forwardToEmail: { enabled: false, email: null },
  optOut: { keywords: [] },
};

/** The eight bytes every PNG starts with: enough for the adapter to recognise the format. */

export function pngBlob(declaredType = 'image/png'): Blob {
  return new Blob([tinyPng()], { type: declaredType });
}

export const API_KEY_INFO: ApiKeyInfo = {
  id: 'key_1',
  masked: 'ak_live_••••••••3f9c',
  createdAt: '2024-01-02T03:04:05Z',
  lastUsedAt: null,
};

export const API_KEY_SECRET: ApiKeySecret = { key: 'ak_live_0123456789abcdef3f9c', info: API_KEY_INFO };

export const REVERIFICATION_TOKEN: ReverificationToken = {
  token: 'rvt_1',
  expiresAt: '2030-01-01T00:05:00Z',
};
