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
import { randomId } from './random.js';
import type { MemoryState, StoredAccount } from './state.js';

/** What the operations share: the state, the clock, and the side channels of a change. */
export class Backend {
  constructor(
    public state: MemoryState,
    readonly now: () => number,
    readonly avatars: AvatarStore,
    /** The recorded voicemail greeting, kept like pictures. */
    readonly greetings: AvatarStore,
    private readonly onSend: () => void,
  ) {}

  iso(time: number): string {
    return new Date(time).toISOString();
  }

  /** The signed-in account; gone once it was deleted. */
  me(): StoredAccount {
    const account = this.state.accounts.find((candidate) => candidate.id === this.state.signedInId);
    if (!account) throw new AccountError('unauthorized', 'Nobody is signed in');
    return account;
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

  /** SMS is offered only to someone with a cell number to send it to. */
  reverificationMethods(): ReverificationMethod[] {
    return this.me().phone === null ? ['password'] : ['password', 'sms'];
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
