import type {
  MessageSettings,
  NotificationSettings,
  OutboxMessage,
  Plan,
  PlanOption,
  Role,
  VerificationPurpose,
  VersionedResource,
  VoiceSettings,
} from '../../api/index.js';

/**
 * Everything the memory backend knows, as plain JSON so it can be saved to `localStorage` whole.
 * Times are epoch milliseconds from the injected clock; answers turn them into ISO strings.
 */
export interface MemoryState {
  /** Bumped when the shape changes, so an old saved state is dropped instead of misread. */
  version: typeof STATE_VERSION;
  accounts: StoredAccount[];
  /** Who is signed in; once that account is deleted every call is `unauthorized`. */
  signedInId: string;
  /** Usernames held by people outside this organisation. */
  takenUsernames: string[];
  reservedUsernames: string[];
  plan: StoredPlan;
  plans: StoredPlanOption[];
  notifications: NotificationSettings;
  voice: VoiceSettings;
  messages: MessageSettings;
  apiKey: StoredApiKey;
  verifications: StoredVerification[];
  /** Sends and wrong tries per account and purpose: what limits guessing and SMS bombing. */
  throttles: Record<string, Throttle>;
  reverificationTokens: StoredReverificationToken[];
  outbox: OutboxMessage[];
  revisions: Record<VersionedResource, number>;
  /** Per account: its WebAuthn user handle, its authenticator app, SMS second step and backup codes. */
  signIn: Record<string, StoredSignIn>;
  passkeys: StoredPasskey[];
  /** Passkeys being made: each challenge good once, for a few minutes. */
  passkeyRegistrations: StoredPasskeyRegistration[];
  sessions: StoredSession[];
  /** The session this page is signed in with; every call is `unauthorized` once it is gone. */
  signedInSessionId: string;
}

// 2: passwords are kept hashed. 3: do not disturb, the recorded greeting, opt-out keywords.
// 4: a spent identity-check token remembers the key that spent it, or that none did.
// 5: passkeys, two-step verification, sessions.
export const STATE_VERSION = 5;

export interface StoredAccount {
  id: string;
  name: string;
  username: string;
  email: string;
  pendingEmail: string | null;
  phone: string | null;
  /** A `blob:` URL made by this page, or any URL a seed gave. */
  avatarUrl: string | null;
  role: Role;
  createdAt: number;
  /** A salted hash (`passwords.ts`); empty until the seed's password is hashed, which matches nothing. */
  passwordHash: string;
}

export interface StoredPlan {
  /** The id of the plan option in force. */
  id: string;
  cycleStart: number;
  cycleEnd: number;
  used: Record<keyof Plan['usage'], number>;
  salesChatUrl: string | null;
}

export type StoredPlanOption = Omit<PlanOption, 'current'>;

export interface StoredApiKey {
  id: string;
  secret: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface StoredVerification {
  id: string;
  accountId: string;
  purpose: VerificationPurpose;
  channel: 'sms' | 'email';
  /** The full address it went to. */
  to: string;
  /** The code, or the link token for email. */
  secret: string;
  /** What it will change once confirmed: the new number or address. */
  target: string | null;
  expiresAt: number;
  resendAvailableAt: number;
  /**
   * The secret is never sent: the new address already belongs to another account, whose owner is
   * told instead. The requester sees the same answer either way, so nobody can probe for customers.
   */
  withheld: boolean;
}

/** Times (epoch ms) of recent sends and wrong tries of one account and purpose; old ones are dropped. */
export interface Throttle {
  sends: number[];
  failures: number[];
}

export interface StoredReverificationToken {
  token: string;
  accountId: string;
  /** The adapter method it was bought for; it opens no other. */
  operation: string | null;
  expiresAt: number;
  /**
   * Null while unused. Once used, the request that used it: its idempotency key, which lets that
   * same request be replayed (an answer lost on the way) until the token expires, and nothing else;
   * `key: null` when that request sent no key, so nothing can replay it.
   */
  spent: { key: string | null } | null;
}

export interface StoredSignIn {
  /**
   * The WebAuthn user handle: random, not the account id, as a passkey's user handle is readable by
   * whoever holds the authenticator. Base64url.
   */
  userHandle: string;
  totp: {
    /** Base32; a real server keeps it encrypted, since it must read it back to check codes. */
    secret: string;
    enabledAt: number;
    /** The last 30-second step whose code was accepted: no code of it or before is taken again. */
    lastStep: number;
  } | null;
  /** An app being set up, until its first code confirms it; only the latest one counts. */
  totpSetup: { id: string; secret: string; expiresAt: number } | null;
  sms: { enabledAt: number } | null;
  /** The unused codes' hashes (`passwords.ts`); a used code's hash is dropped. */
  backupCodes: { hashes: string[]; generatedAt: number } | null;
}

export interface StoredPasskey {
  /** Ours, for paths: a credential id may be longer than a path segment should be. */
  id: string;
  /** The credential id, base64url: what the browser names it by. */
  credentialId: string;
  accountId: string;
  name: string;
  /** The COSE public key, base64url, for checking sign-ins. */
  publicKey: string;
  counter: number;
  transports: string[];
  deviceType: 'single_device' | 'multi_device';
  backedUp: boolean;
  aaguid: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface StoredPasskeyRegistration {
  id: string;
  accountId: string;
  /** Base64url, as in the options and the client data. */
  challenge: string;
  expiresAt: number;
}

export interface StoredSession {
  id: string;
  accountId: string;
  device: { kind: 'desktop' | 'mobile' | 'tablet' | 'other'; os: string | null; browser: string | null };
  place: { city: string | null; country: string | null } | null;
  ipAddress: string | null;
  signedInAt: number;
  lastActiveAt: number;
  /** Made on this page's device: the session a page signed in as this account uses. */
  here: boolean;
}
