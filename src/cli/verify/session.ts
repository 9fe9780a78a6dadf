import {
  ROUTES,
  TEST_ROUTES,
  outboxMessage,
  reverificationToken,
  type Account,
  type Verification,
  type VerificationPurpose,
  type VersionedResource,
} from '../../api/index.js';
import { ProbeClient, type Answer, type ProbeRequest } from './client.js';
import { Expect } from './expect.js';
import { Recorder } from './recorder.js';
import type { Operation, VerifyOptions } from './types.js';

/** Ids and tags no server has: probes that must be refused and can change nothing. */
export const UNKNOWN_ID = 'ae-verify-unknown';
export const STALE_ETAG = '"ae-verify-stale"';

export interface CallRequest extends Omit<ProbeRequest, 'method' | 'path'> {
  /** Fills `:id` in the route. */
  id?: string;
  query?: Record<string, string>;
}

/**
 * What the scenarios share: the client, the checks, what was learnt so far (the account, the
 * versions), and the two ways to get a code or a link (the test outbox, or a person).
 */
export class Session {
  readonly client: ProbeClient;
  readonly run = new Recorder();
  readonly expect: Expect;
  account: Account | undefined;
  readonly etags = new Map<VersionedResource, string>();
  #outbox: 'unknown' | 'available' | 'missing' = 'unknown';
  /** Tokens bought ahead, before a check that locks the identity check: `stepUp` hands them out. */
  readonly #boughtAhead = new Map<Operation, string>();

  constructor(readonly options: VerifyOptions) {
    this.client = new ProbeClient(options);
    this.expect = new Expect(this.run, options);
  }

  get admin(): boolean {
    return this.account?.role !== 'member';
  }

  progress(message: string): void {
    this.options.onProgress?.(message);
  }

  /** One call of an operation on its route. */
  call(operation: Operation, request: CallRequest = {}): Promise<Answer> {
    const [method, template] = ROUTES[operation];
    const { id, query, ...rest } = request;
    let path = id === undefined ? template : template.replace(':id', encodeURIComponent(id));
    if (query) path += `?${new URLSearchParams(query).toString()}`;
    return this.client.send({ ...rest, method, path });
  }

  /** Skips every named check of an operation for one reason. */
  skip(operation: Operation, checks: readonly string[], reason: string): void {
    for (const check of checks) this.run.skip(operation, check, reason);
  }

  /**
   * A token for one step-up operation, bought with the password. Undefined (and why) when no
   * password was given or the server would not sell one; the caller skips what needed it.
   */
  async stepUp(operation: Operation): Promise<{ token?: string; reason?: string }> {
    const ahead = this.#boughtAhead.get(operation);
    if (ahead !== undefined) {
      this.#boughtAhead.delete(operation);
      return { token: ahead };
    }
    const password = this.options.password;
    if (password === undefined) return { reason: 'needs --password for the identity check' };
    const answer = await this.call('completeReverification', {
      json: { method: 'password', password, operation },
    });
    const token = this.expect.success('completeReverification', answer, reverificationToken, {
      noStore: true,
    });
    if (token) this.run.pass('completeReverification', 'password-proof');
    else this.run.fail('completeReverification', 'password-proof', 'the right password bought no token');
    return token ? { token: token.token } : { reason: 'the identity check did not give a token' };
  }

  /** Buys the token `stepUp` will give for `operation`, now, while the identity check is open. */
  async buyAhead(operation: Operation): Promise<void> {
    const { token } = await this.stepUp(operation);
    if (token !== undefined) this.#boughtAhead.set(operation, token);
  }

  /**
   * The code (SMS) or the link's token (email) of a verification just sent: the newest of its
   * purpose in `GET /test/outbox`, else asked of the person, else undefined.
   */
  async secret(purpose: VerificationPurpose, verification: Verification): Promise<string | undefined> {
    if (this.#outbox !== 'missing') {
      const answer = await this.client.send({
        method: TEST_ROUTES.outbox[0],
        path: `${TEST_ROUTES.outbox[1]}?${new URLSearchParams({ purpose }).toString()}`,
      });
      const messages = answer.status === 200 && Array.isArray(answer.json) ? answer.json : undefined;
      this.#outbox = messages ? 'available' : 'missing';
      const newest = (messages ?? [])
        .map((message) => outboxMessage.safeParse(message))
        .flatMap((parsed) => (parsed.success && parsed.data.purpose === purpose ? [parsed.data] : []))
        .at(-1);
      if (newest) return newest.secret;
    }
    const asked = await this.options.askSecret?.({
      purpose,
      channel: verification.channel,
      sentTo: verification.sentTo,
    });
    return asked === undefined ? undefined : tokenOf(asked.trim());
  }

  /** Why a flow could not get its code: said in the skip. */
  get noSecretReason(): string {
    return 'no code: the server has no GET /test/outbox (staging only) and --interactive was not given';
  }
}

/** A pasted link gives its `token` parameter; anything else is taken as the code itself. */
function tokenOf(text: string): string {
  try {
    return new URL(text).searchParams.get('token') ?? text;
  } catch {
    return text;
  }
}
