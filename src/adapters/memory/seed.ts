import type {
  MessageSettings,
  NotificationSettings,
  Role,
  UsageKind,
  VoiceSettings,
} from '../../api/index.js';
import { hashPassword } from './passwords.js';
import { randomHex, randomId, randomToken } from './random.js';
import {
  STATE_VERSION,
  type MemoryState,
  type StoredAccount,
  type StoredPasskey,
  type StoredPlanOption,
  type StoredSession,
  type StoredSignIn,
} from './state.js';

/**
 * The password of both demo accounts, so password reverification can be tried out by hand:
 * type `correct horse 1`. It meets the contract's password rule.
 */
export const DEMO_PASSWORD = 'correct horse 1';

/**
 * Names nobody may take, checked case-insensitively: the mailboxes RFC 2142 reserves, and names
 * that would pass for the company or its staff in a message or a shared link.
 */
export const DEMO_RESERVED_USERNAMES: readonly string[] = [
  'admin',
  'administrator',
  'root',
  'superuser',
  'sysadmin',
  'support',
  'help',
  'helpdesk',
  'info',
  'contact',
  'sales',
  'billing',
  'accounts',
  'account',
  'staff',
  'team',
  'official',
  'moderator',
  'mod',
  'owner',
  'security',
  'abuse',
  'postmaster',
  'hostmaster',
  'webmaster',
  'mail',
  'email',
  'noreply',
  'no-reply',
  'api',
  'www',
  'system',
  'status',
  'settings',
  'login',
  'signup',
  'null',
  'undefined',
  'anonymous',
];

/** Names taken by people outside the demo organisation (its own two members are taken too). */
export const DEMO_TAKEN_USERNAMES: readonly string[] = [
  'alan',
  'linus',
  'margaret',
  'katherine',
  'dennis',
  'barbara',
];

export interface SeedPerson {
  name: string;
  username: string;
  email: string;
  phone: string | null;
  avatarUrl: string | null;
  password: string;
}

/** Replaces parts of the demo data; whatever is left out keeps its demo value. */
export interface SeedOptions {
  admin?: Partial<SeedPerson>;
  member?: Partial<SeedPerson>;
  takenUsernames?: readonly string[];
  reservedUsernames?: readonly string[];
  /** The plan in force: the id of one of `plans`. */
  planId?: string;
  used?: Partial<Record<UsageKind, number>>;
  plans?: readonly StoredPlanOption[];
  salesChatUrl?: string | null;
  notifications?: Partial<NotificationSettings>;
  voice?: VoiceSettings;
  messages?: MessageSettings;
}

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_PLANS: readonly StoredPlanOption[] = [
  {
    id: 'starter',
    name: 'Starter',
    price: { amount: 1500, currency: 'USD', interval: 'month' },
    limits: { minutes: 500, messages: 2000, groups: 5, apiRequests: 10_000 },
    contactSales: false,
  },
  {
    id: 'team',
    name: 'Team',
    price: { amount: 3500, currency: 'USD', interval: 'month' },
    limits: { minutes: 3000, messages: 10_000, groups: 25, apiRequests: null },
    contactSales: false,
  },
  {
    id: 'business',
    name: 'Business',
    price: { amount: 7500, currency: 'USD', interval: 'month' },
    limits: { minutes: 10_000, messages: 50_000, groups: 100, apiRequests: null },
    contactSales: false,
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    price: null,
    limits: { minutes: null, messages: null, groups: null, apiRequests: null },
    contactSales: true,
  },
];

const DEMO_ADMIN: SeedPerson = {
  name: 'Ada Lovelace',
  username: 'ada',
  email: 'ada@example.com',
  phone: '+14155550123',
  avatarUrl: null,
  password: DEMO_PASSWORD,
};

const DEMO_MEMBER: SeedPerson = {
  name: 'Grace Hopper',
  username: 'grace',
  email: 'grace@example.com',
  phone: '+14155550187',
  avatarUrl: null,
  password: DEMO_PASSWORD,
};

function seedAccount(id: string, role: Role, person: SeedPerson, createdAt: number): StoredAccount {
  const { password: _plain, ...visible } = person;
  return { id, role, createdAt, pendingEmail: null, passwordHash: '', ...visible };
}

/**
 * Fresh demo data, with times placed around `now`. Its passwords are not set yet: hashing takes
 * WebCrypto's time, so `hashSeedPasswords` does it; until then no password matches.
 */
export function createSeedState(now: number, options: SeedOptions = {}, user: Role = 'admin'): MemoryState {
  const admin = seedAccount('acc_ada', 'admin', { ...DEMO_ADMIN, ...options.admin }, now - 420 * DAY);
  const member = seedAccount('acc_grace', 'member', { ...DEMO_MEMBER, ...options.member }, now - 200 * DAY);
  // The cycle began 12 days ago at midnight UTC, so usage looks part-way through a month.
  const cycleStart = Math.floor((now - 12 * DAY) / DAY) * DAY;
  const sessions = demoSessions(now, admin.id, member.id);
  return {
    version: STATE_VERSION,
    accounts: [admin, member],
    signedInId: user === 'admin' ? admin.id : member.id,
    takenUsernames: [...(options.takenUsernames ?? DEMO_TAKEN_USERNAMES)],
    reservedUsernames: [...(options.reservedUsernames ?? DEMO_RESERVED_USERNAMES)],
    plan: {
      id: options.planId ?? 'team',
      cycleStart,
      cycleEnd: cycleStart + 30 * DAY,
      used: { minutes: 1284, messages: 7412, groups: 9, apiRequests: 48_213, ...options.used },
      salesChatUrl:
        options.salesChatUrl === undefined ? 'https://sales.example.com/chat' : options.salesChatUrl,
    },
    plans: structuredClone([...(options.plans ?? DEMO_PLANS)]),
    notifications: { missedCalls: true, voicemails: false, ...options.notifications },
    voice: structuredClone(options.voice ?? demoVoiceSettings()),
    messages: structuredClone(options.messages ?? demoMessageSettings()),
    apiKey: {
      id: randomId('key'),
      secret: `ak_live_${randomHex(16)}`,
      createdAt: now - 90 * DAY,
      lastUsedAt: now - 2 * 60 * 60 * 1000,
    },
    verifications: [],
    throttles: {},
    reverificationTokens: [],
    outbox: [],
    revisions: { '/account': 1, '/account/notifications': 1, '/settings/voice': 1, '/settings/messages': 1 },
    signIn: { [admin.id]: freshSignIn(), [member.id]: freshSignIn() },
    passkeys: [demoPasskey(now, admin.id)],
    passkeyRegistrations: [],
    sessions,
    signedInSessionId: hereSession(sessions, user === 'admin' ? admin.id : member.id),
  };
}

/** No passkey, no second step: what an account starts with. */
export function freshSignIn(): StoredSignIn {
  return { userHandle: randomToken(32), totp: null, totpSetup: null, sms: null, backupCodes: null };
}

/** The session this page's device has for an account. */
export function hereSession(sessions: readonly StoredSession[], accountId: string): string {
  return sessions.find((session) => session.here && session.accountId === accountId)?.id ?? '';
}

/**
 * Each person is signed in here and on other devices, so the list of sessions has something to sign
 * out. The addresses are from the ranges kept for documentation (RFC 5737).
 */
function demoSessions(now: number, adminId: string, memberId: string): StoredSession[] {
  const HOUR = 60 * 60 * 1000;
  const session = (accountId: string, fields: Omit<StoredSession, 'id' | 'accountId'>): StoredSession => ({
    id: randomId('ses'),
    accountId,
    ...fields,
  });
  const here = (accountId: string): StoredSession =>
    session(accountId, {
      device: { kind: 'desktop', os: 'macOS 15', browser: 'Chrome 142' },
      place: { city: 'San Francisco', country: 'US' },
      ipAddress: '203.0.113.24',
      signedInAt: now - 3 * DAY,
      lastActiveAt: now,
      here: true,
    });
  return [
    here(adminId),
    session(adminId, {
      device: { kind: 'mobile', os: 'iOS 18', browser: 'Safari 18' },
      place: { city: 'Lisbon', country: 'PT' },
      ipAddress: '198.51.100.7',
      signedInAt: now - 20 * DAY,
      lastActiveAt: now - 2 * HOUR,
      here: false,
    }),
    session(adminId, {
      device: { kind: 'desktop', os: 'Windows 11', browser: 'Firefox 145' },
      place: { city: 'Berlin', country: 'DE' },
      ipAddress: '192.0.2.55',
      signedInAt: now - 40 * DAY,
      lastActiveAt: now - 6 * DAY,
      here: false,
    }),
    here(memberId),
    session(memberId, {
      device: { kind: 'tablet', os: 'iPadOS 18', browser: 'Safari 18' },
      place: null,
      ipAddress: null,
      signedInAt: now - 9 * DAY,
      lastActiveAt: now - DAY,
      here: false,
    }),
  ];
}

/**
 * A passkey the admin made before: enough to list, rename and remove. Its key is no key (this
 * backend never checks a sign-in), and its AAGUID is iCloud Keychain's.
 */
function demoPasskey(now: number, accountId: string): StoredPasskey {
  return {
    id: randomId('pk'),
    credentialId: randomToken(16),
    accountId,
    name: 'iCloud Keychain',
    publicKey: '',
    counter: 0,
    transports: ['hybrid', 'internal'],
    deviceType: 'multi_device',
    backedUp: true,
    aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
    createdAt: now - 30 * DAY,
    lastUsedAt: now - 2 * DAY,
  };
}

/** Sets each seeded account's password (the seed's, or `DEMO_PASSWORD`) as a salted hash. */
export async function hashSeedPasswords(state: MemoryState, options: SeedOptions = {}): Promise<void> {
  await Promise.all(
    state.accounts.map(async (account) => {
      const person = account.role === 'admin' ? options.admin : options.member;
      account.passwordHash = await hashPassword(person?.password ?? DEMO_PASSWORD);
    }),
  );
}

function demoVoiceSettings(): VoiceSettings {
  const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:00' }));
  return {
    forwarding: { enabled: false, number: null },
    voicemail: {
      enabled: true,
      greeting: { mode: 'text', text: 'You have reached Ada. Please leave a message.', audioUrl: null },
      ringSeconds: 20,
    },
    callerId: { mode: 'business' },
    hours: { enabled: true, timezone: 'America/Los_Angeles', days: weekdays },
    doNotDisturb: { enabled: false, until: null },
  };
}

function demoMessageSettings(): MessageSettings {
  return {
    signature: '— Ada',
    autoReply: { enabled: false, text: 'Thanks for your message! I will reply during business hours.' },
    forwardToEmail: { enabled: false, email: null },
    optOut: { keywords: ['REMOVE'] },
  };
}
