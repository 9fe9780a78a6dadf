import {
  AccountError,
  type Account,
  type FieldError,
  type NoticeTopic,
  type OutboxMessage,
  type ReverificationMethod,
  type VersionedResource,
} from '../../api/index.js';
import type { AvatarStore } from './avatars.js';
import type { AdapterMethod } from './options.js';
import { randomId } from './random.js';
import type { MemoryState, StoredAccount, StoredSignIn } from './state.js';

/** Who the passkeys are made for: the site's RP ID and name, and the page origins they come from. */
export interface RelyingParty {
  id: string;
  name: string;
  origins: readonly string[];
}

/** What the operations share: the state, the clock, and the side channels of a change. */
export class Backend {
  constructor(
    public state: MemoryState,
    readonly now: () => number,
    readonly avatars: AvatarStore,
    /** The recorded voicemail greeting, kept like pictures. */
    readonly greetings: AvatarStore,
    private readonly onSend: () => void,
    readonly relyingParty: RelyingParty,
    /** Whether a method is offered at all (not listed in the `unsupported` option). */
    readonly offers: (method: AdapterMethod) => boolean,
  ) {}

  iso(time: number): string {
    return new Date(time).toISOString();
  }

  /** The signed-in account; gone once it was deleted, or its session signed out. */
  me(): StoredAccount {
    const { accounts, sessions, signedInId, signedInSessionId } = this.state;
    const account = accounts.find((candidate) => candidate.id === signedInId);
    if (!account) throw new AccountError('unauthorized', 'Nobody is signed in');
    if (!sessions.some((session) => session.id === signedInSessionId && session.accountId === account.id))
      throw new AccountError('unauthorized', 'This session was signed out');
    return account;
  }

  /** The signed-in account's passkey handle and second steps. */
  signIn(): StoredSignIn {
    const stored = this.state.signIn[this.me().id];
    if (!stored) throw new AccountError('unauthorized', 'Nobody is signed in');
    return stored;
  }

  /** Marks a versioned resource as changed, so its old ETag stops matching. */
  touch(resource: VersionedResource): void {
    this.state.revisions[resource] += 1;
  }

  /** Tells the old number or address of a change, so a stolen session cannot act unheard. */
  notify(topic: NoticeTopic, channel: 'sms' | 'email', to: string | null): void {
    if (to !== null) this.send({ channel, to, purpose: topic, secret: '' });
  }

  /** Records an SMS or email as sent. */
  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): void {
    this.state.outbox.push({ id: randomId('msg'), sentAt: this.iso(this.now()), ...message });
    this.onSend();
  }

  /**
   * SMS is offered only to someone with a cell number to send it to; the authenticator app and
   * backup codes once two-step verification has them. The password first: what every page knows.
   */
  reverificationMethods(): ReverificationMethod[] {
    const { totp, backupCodes } = this.signIn();
    return [
      'password',
      ...(this.me().phone === null ? [] : (['sms'] as const)),
      ...(totp === null ? [] : (['totp'] as const)),
      ...(backupCodes === null || backupCodes.hashes.length === 0 ? [] : (['backup_code'] as const)),
    ];
  }

  toAccount(stored: StoredAccount): Account {
    const { passwordHash: _secret, createdAt, ...visible } = stored;
    return { ...visible, createdAt: this.iso(createdAt) };
  }
}

/** A `validation` error on one field, as a backend answers a rule the schemas cannot express. */
export function invalidField(field: string, code: string, message: string = code): AccountError {
  const fields: Record<string, FieldError> = { [field]: { code, message } };
  return new AccountError('validation', 'The input is not valid', { fields });
}
