import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { AccountError, type Account, type AccountAdapter, type CallOptions } from '../../src/api/index.js';
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { Connection } from '../../src/core/account-element.js';
import {
  ActionController,
  ReverificationCancelled,
  shownInPlace,
  type ActionHost,
  type ActionState,
  type Reverifier,
} from '../../src/core/action-controller.js';
import { storeFor, type AccountStore } from '../../src/core/store.js';
import { realTime, TestClock } from '../support/clock.js';
import { deferred } from '../support/deferred.js';
import { goOffline } from '../support/network.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

/** The least an element gives its actions: an adapter, a default for failures, and a view. */
@customElement('test-action-host')
class ActionHostElement extends LitElement implements ActionHost {
  adapter?: AccountAdapter;
  reverifier?: Reverifier;
  /** What the default heard, and whether the action that failed was still running then. */
  readonly failures: { error: AccountError; pending: boolean }[] = [];
  renders = 0;
  /** The action whose busy state the view shows. */
  shown?: ActionState;

  get connection(): Connection | undefined {
    return this.adapter && { adapter: this.adapter, store: storeFor(this.adapter) };
  }

  reportFailure(error: AccountError): void {
    this.failures.push({ error, pending: this.shown?.pending ?? false });
  }

  override render() {
    this.renders++;
    return html`<p>${this.shown?.pending ? 'busy' : 'idle'}</p>`;
  }
}

/**
 * The next profile update is done, but its answer is lost on the way back, as a timeout would lose
 * it: the write happened, the caller never heard.
 */
function loseNextUpdateAnswer(adapter: RecordingAdapter): void {
  let toLose = 1;
  adapter.answer('updateProfile', async (args, backend) => {
    const account = await backend(...args);
    if (toLose > 0) {
      toLose--;
      throw new AccountError('timeout', 'The answer was lost on the way back');
    }
    return account;
  });
}

/** One profile update as the action sent it. */
interface Sent {
  name: string;
  options: CallOptions;
}

async function setup(options: MemoryAdapterOptions = {}) {
  const host = await fixture<ActionHostElement>(html`<test-action-host></test-action-host>`);
  const adapter = new RecordingAdapter({ reverify: [], ...options });
  host.adapter = adapter;
  const store = storeFor(adapter);
  // An update names the version it changes: the one just read.
  await store.load('account');
  return { host, adapter, store };
}

/**
 * A rename on the adapter, recording what each call was sent. With `ownFailure`, the action says
 * what its failure does (it records it, with whether it was still running); without, the host's
 * default hears of it.
 */
function renameAction(
  host: ActionHostElement,
  options: { ownFailure?: boolean; reverifiable?: boolean } = {},
) {
  const sent: Sent[] = [];
  const failures: { error: AccountError; args: [string]; pending: boolean }[] = [];
  const successes: { account: Account; args: [string]; inStore: Account | undefined }[] = [];
  const action: ActionController<[string], Account> = new ActionController<[string], Account>(host, {
    call: (adapter, [name], callOptions) => {
      sent.push({ name, options: callOptions });
      return adapter.updateProfile({ name }, callOptions);
    },
    saves: 'account',
    affects: ['account'],
    onSuccess: (account, args) =>
      successes.push({ account, args, inStore: host.connection?.store.peek('account') }),
    onFailure: options.ownFailure
      ? (error, args) => failures.push({ error, args, pending: action.pending })
      : undefined,
    reverifiable: options.reverifiable,
  });
  host.shown = action;
  return { action, sent, failures, successes };
}

/** The page's clock, moved by the test. */
function pageClock(): TestClock {
  return new TestClock(Date.parse('2025-03-01T12:00:00.000Z')).onPage();
}

/**
 * What the host was told, by code. (Comparing the records themselves would make a failing test
 * print the action and its host, which is slow enough to stall the runner.)
 */
function reportedCodes(host: ActionHostElement): string[] {
  return host.failures.map(({ error }) => error.code);
}

/** An identity check that records what it was given and either passes a token or is cancelled. */
class FakeReverifier implements Reverifier {
  readonly asked: CallOptions[] = [];
  constructor(private readonly outcome: 'token' | 'cancel') {}

  async run<R>(operation: (options: CallOptions) => Promise<R>, options: CallOptions): Promise<R> {
    this.asked.push(options);
    if (this.outcome === 'cancel') throw new ReverificationCancelled();
    return operation({ ...options, reverificationToken: 'token-for-the-test' });
  }
}

describe('ActionController', () => {
  afterEach(() => {
    realTime();
    // Back to the browser's own answer.
    Reflect.deleteProperty(navigator, 'onLine');
  });

  describe('running', () => {
    it('is pending while it runs, and the host re-renders to show it', async () => {
      const { host } = await setup();
      const answer = deferred<string>();
      const action = new ActionController<[], string>(host, { call: () => answer.promise });
      host.shown = action;
      expect(action.pending).to.equal(false);

      const running = action.run();
      expect(action.pending).to.equal(true);
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.contain('busy');

      answer.resolve('done');
      expect(await running).to.equal('done');
      expect(action.pending).to.equal(false);
      expect(action.value).to.equal('done');
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.contain('idle');
    });

    it('resolves with the answer and writes it to the store under its key', async () => {
      const { host, store } = await setup();
      const heard: Account[] = [];
      store.subscribe('account', (account) => heard.push(account));
      const { action, sent } = renameAction(host);

      const account = await action.run('Ada King');
      expect(account?.name).to.equal('Ada King');
      expect(action.value).to.deep.equal(account);
      expect(store.peek('account')).to.deep.equal(account);
      expect(heard).to.deep.equal([account]);
      expect(sent[0]!.options.signal).to.be.instanceOf(AbortSignal);
      expect(sent[0]!.options.idempotencyKey).to.be.a('string');
    });

    it('hands the answer to a `saves` function, with the store and the arguments', async () => {
      const { host, store } = await setup();
      const kept: { result: number; store: AccountStore; args: [number, number] }[] = [];
      const add = new ActionController<[number, number], number>(host, {
        call: (_adapter, [a, b]) => Promise.resolve(a + b),
        saves: (result, into, args) => {
          kept.push({ result, store: into, args });
        },
      });
      expect(await add.run(2, 3)).to.equal(5);
      expect(kept.length).to.equal(1);
      expect(kept[0]!.result).to.equal(5);
      expect(kept[0]!.store === store, 'the store of the adapter').to.equal(true);
      expect(kept[0]!.args).to.deep.equal([2, 3]);
    });

    it('calls onSuccess with the answer and the arguments, once the answer is in the store', async () => {
      const { host } = await setup();
      const { action, successes } = renameAction(host);
      const account = await action.run('Ada King');
      expect(successes).to.have.length(1);
      expect(successes[0]!.account).to.deep.equal(account);
      expect(successes[0]!.args).to.deep.equal(['Ada King']);
      expect(successes[0]!.inStore).to.deep.equal(account);
    });

    it('the last call wins: the older run is aborted and its late answer dropped', async () => {
      const { host, store } = await setup();
      const before = store.peek('account')!;
      const calls: { signal: AbortSignal | undefined; answer: ReturnType<typeof deferred<Account>> }[] = [];
      const successes: string[] = [];
      const action = new ActionController<[string], Account>(host, {
        // Answers only when the test says, whatever the signal says: a server that ignores aborts.
        call: (_adapter, _args, options) => {
          const answer = deferred<Account>();
          calls.push({ signal: options.signal, answer });
          return answer.promise;
        },
        saves: 'account',
        onSuccess: (account) => successes.push(account.name),
      });

      const first = action.run('first');
      const second = action.run('second');
      expect(calls[0]!.signal!.aborted).to.equal(true);
      expect(calls[1]!.signal!.aborted).to.equal(false);

      calls[1]!.answer.resolve({ ...before, name: 'second' });
      expect((await second)?.name).to.equal('second');
      calls[0]!.answer.resolve({ ...before, name: 'first' });
      expect(await first).to.equal(undefined);

      expect(action.value?.name).to.equal('second');
      expect(store.peek('account')?.name).to.equal('second');
      expect(successes).to.deep.equal(['second']);
      expect(action.error).to.equal(undefined);
      expect(reportedCodes(host)).to.deep.equal([]);
    });

    it('with no adapter anywhere, fails as unsupported instead of calling anything', async () => {
      const { host } = await setup();
      host.adapter = undefined;
      let called = false;
      const action = new ActionController<[], string>(host, {
        call: () => {
          called = true;
          return Promise.resolve('never');
        },
      });
      expect(await action.run()).to.equal(undefined);
      expect(called).to.equal(false);
      expect(action.error?.code).to.equal('unsupported');
    });
  });

  describe('the identity check', () => {
    it('goes through the host’s reverifier, with the signal and the idempotency key', async () => {
      const { host } = await setup();
      const reverifier = new FakeReverifier('token');
      host.reverifier = reverifier;
      const { action, sent } = renameAction(host);

      expect((await action.run('Ada King'))?.name).to.equal('Ada King');
      expect(reverifier.asked).to.have.length(1);
      expect(reverifier.asked[0]!.signal).to.equal(sent[0]!.options.signal);
      expect(reverifier.asked[0]!.idempotencyKey).to.equal(sent[0]!.options.idempotencyKey);
      expect(sent[0]!.options.reverificationToken).to.equal('token-for-the-test');
    });

    it('is skipped when the action says `reverifiable: false`', async () => {
      const { host } = await setup();
      const reverifier = new FakeReverifier('token');
      host.reverifier = reverifier;
      const { action, sent } = renameAction(host, { reverifiable: false });

      expect((await action.run('Ada King'))?.name).to.equal('Ada King');
      expect(reverifier.asked).to.deep.equal([]);
      expect(sent[0]!.options.reverificationToken).to.equal(undefined);
    });

    for (const ownFailure of [false, true]) {
      it(`a cancelled identity check is no failure: nothing reported, nothing shown (${ownFailure ? 'its own onFailure' : 'the host’s default'})`, async () => {
        const { host, store } = await setup();
        host.reverifier = new FakeReverifier('cancel');
        const { action, failures, successes } = renameAction(host, { ownFailure });

        expect(await action.run('Ada King')).to.equal(undefined);
        expect(action.pending).to.equal(false);
        expect(action.error).to.equal(undefined);
        expect(failures).to.deep.equal([]);
        expect(successes).to.deep.equal([]);
        expect(reportedCodes(host)).to.deep.equal([]);
        expect(store.peek('account')?.name).to.equal('Ada Lovelace');
      });
    }
  });

  describe('aborting', () => {
    /** An action whose call waits until its signal aborts; with `ownFailure`, it hears its failures itself. */
    function waitingAction(host: ActionHostElement, ownFailure = true) {
      const signals: AbortSignal[] = [];
      const failures: AccountError[] = [];
      const action = new ActionController<[], string>(host, {
        call: (_adapter, _args, { signal }) =>
          new Promise<string>((_resolve, reject) => {
            signals.push(signal!);
            signal!.addEventListener('abort', () => reject(signal!.reason));
          }),
        onFailure: ownFailure ? (error) => failures.push(error) : undefined,
      });
      return { action, signals, failures };
    }

    for (const ownFailure of [false, true]) {
      it(`abort() stops the run in flight, and that is no failure (${ownFailure ? 'its own onFailure' : 'the host’s default'})`, async () => {
        const { host } = await setup();
        const { action, signals, failures } = waitingAction(host, ownFailure);
        const running = action.run();
        action.abort();
        expect(await running).to.equal(undefined);
        expect(signals[0]!.aborted).to.equal(true);
        expect(action.pending).to.equal(false);
        expect(action.error).to.equal(undefined);
        expect(failures).to.deep.equal([]);
        expect(reportedCodes(host)).to.deep.equal([]);
      });
    }

    it('the host leaving the page aborts the run in flight', async () => {
      const { host } = await setup();
      const { action, signals } = waitingAction(host);
      const running = action.run();
      host.remove();
      expect(await running).to.equal(undefined);
      expect(signals[0]!.aborted).to.equal(true);
      expect(action.error).to.equal(undefined);
    });
  });

  describe('failures', () => {
    it('without a failure of its own, tells the host’s default the error once it shows', async () => {
      const { host, adapter } = await setup();
      const { action, failures } = renameAction(host);
      adapter.failNext('validation', { method: 'updateProfile', fields: { name: { code: 'required' } } });

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('validation');
      expect(action.error?.fields).to.deep.equal({ name: { code: 'required' } });
      expect(reportedCodes(host)).to.deep.equal(['validation']);
      expect(host.failures[0]!.error).to.equal(action.error);
      expect(host.failures[0]!.pending, 'told once the run has settled').to.equal(false);
      expect(failures).to.deep.equal([]);
    });

    it('its own onFailure replaces the host’s default, told the error and the arguments once it shows', async () => {
      const { host, adapter } = await setup();
      const { action, failures } = renameAction(host, { ownFailure: true });
      adapter.failNext('validation', { method: 'updateProfile', fields: { name: { code: 'required' } } });

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('validation');
      expect(reportedCodes(host)).to.deep.equal([]);
      // Its own view hears about it, once the run has settled.
      expect(failures).to.have.length(1);
      expect(failures[0]!.error).to.equal(action.error);
      expect(failures[0]!.args).to.deep.equal(['Ada King']);
      expect(failures[0]!.pending).to.equal(false);
    });

    it('`shownInPlace` leaves the failure to the action’s own view', async () => {
      const { host, adapter } = await setup();
      const action = new ActionController<[string], Account>(host, {
        call: (adapter, [name], callOptions) => adapter.updateProfile({ name }, callOptions),
        onFailure: shownInPlace,
      });
      adapter.failNext('validation', { method: 'updateProfile' });

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('validation');
      expect(reportedCodes(host)).to.deep.equal([]);
    });

    it('turns anything thrown into an AccountError', async () => {
      const { host } = await setup();
      const action = new ActionController<[], string>(host, {
        call: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      await action.run();
      expect(action.error).to.be.instanceOf(AccountError);
      expect(action.error?.code).to.equal('network');
    });
  });

  describe('rate_limited', () => {
    it('waits out `retryAfter` by the page clock: run does nothing until then, and works after', async () => {
      const clock = pageClock();
      const { host, adapter } = await setup({ now: clock.now });
      const { action, sent } = renameAction(host);
      adapter.failNext('rate_limited', { method: 'updateProfile', retryAfter: 30 });

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('rate_limited');
      expect(action.waitSeconds).to.equal(30);

      clock.advance(10_500);
      expect(action.waitSeconds).to.equal(20);
      expect(await action.run('Ada Byron')).to.equal(undefined);
      expect(await action.retry()).to.equal(undefined);
      expect(sent).to.have.length(1);
      expect(action.pending).to.equal(false);

      clock.advance(19_500);
      expect(action.waitSeconds).to.equal(0);
      expect((await action.run('Ada Byron'))?.name).to.equal('Ada Byron');
      expect(sent).to.have.length(2);
      expect(action.error).to.equal(undefined);
    });
  });

  describe('offline', () => {
    it('says offline after a network failure while the browser is offline; back online, retry sends the same', async () => {
      const backOnline = goOffline();
      const { host, adapter } = await setup();
      const { action, sent } = renameAction(host);
      adapter.failNext('network', { method: 'updateProfile' });

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('network');
      expect(action.offline).to.equal(true);

      await host.updateComplete;
      const renders = host.renders;
      backOnline();
      // The view learns it without anyone calling it.
      await host.updateComplete;
      expect(host.renders).to.be.greaterThan(renders);
      expect(action.offline).to.equal(false);

      expect((await action.retry())?.name).to.equal('Ada King');
      expect(sent.map(({ name }) => name)).to.deep.equal(['Ada King', 'Ada King']);
      expect(action.error).to.equal(undefined);
    });

    it('a network failure while the browser is online is not "offline"', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      const { host, adapter } = await setup();
      const { action } = renameAction(host);
      adapter.failNext('network', { method: 'updateProfile' });
      await action.run('Ada King');
      expect(action.error?.code).to.equal('network');
      expect(action.offline).to.equal(false);
    });
  });

  describe('a write whose answer never came (timeout)', () => {
    it('is uncertain, re-reads what it affects, and the same again goes with the same key', async () => {
      const { host, adapter, store } = await setup();
      const { action, sent } = renameAction(host);
      const reads = adapter.count('getAccount');
      const versionBefore = adapter.etag('/account');
      loseNextUpdateAnswer(adapter);

      expect(await action.run('Ada King')).to.equal(undefined);
      expect(action.error?.code).to.equal('timeout');
      expect(action.uncertain).to.equal(true);
      // The write did happen: the store is brought up to date by a fresh read, not by the answer.
      await waitUntil(() => adapter.count('getAccount') === reads + 1, 'the account was not read again');
      await waitUntil(() => store.peek('account')?.name === 'Ada King', 'the store missed the change');
      const versionAfterWrite = adapter.etag('/account');
      expect(versionAfterWrite).not.to.equal(versionBefore);

      expect((await action.run('Ada King'))?.name).to.equal('Ada King');
      expect(sent[1]!.options.idempotencyKey).to.equal(sent[0]!.options.idempotencyKey);
      // The backend recognised the key and answered without doing it twice.
      expect(adapter.etag('/account')).to.equal(versionAfterWrite);
      expect(action.uncertain).to.equal(false);

      // Once the outcome is known, the same input is a new request.
      await action.run('Ada King');
      expect(sent[2]!.options.idempotencyKey).not.to.equal(sent[0]!.options.idempotencyKey);
    });

    it('retry() after a timeout sends the same arguments with the same key', async () => {
      const { host, adapter } = await setup();
      const { action, sent } = renameAction(host);
      adapter.failNext('timeout', { method: 'updateProfile' });
      await action.run('Ada King');
      expect(action.uncertain).to.equal(true);

      expect((await action.retry())?.name).to.equal('Ada King');
      expect(sent.map(({ name }) => name)).to.deep.equal(['Ada King', 'Ada King']);
      expect(sent[1]!.options.idempotencyKey).to.equal(sent[0]!.options.idempotencyKey);
    });

    it('other arguments after a timeout get a new key', async () => {
      const { host, adapter } = await setup();
      const { action, sent } = renameAction(host);
      adapter.failNext('timeout', { method: 'updateProfile' });
      await action.run('Ada King');
      expect(action.uncertain).to.equal(true);

      expect((await action.run('Ada Byron'))?.name).to.equal('Ada Byron');
      expect(sent[1]!.options.idempotencyKey).to.be.a('string');
      expect(sent[1]!.options.idempotencyKey).not.to.equal(sent[0]!.options.idempotencyKey);
    });
  });

  describe('reset', () => {
    it('forgets the last answer', async () => {
      const { host } = await setup();
      const { action } = renameAction(host);
      await action.run('Ada King');
      expect(action.value?.name).to.equal('Ada King');
      await host.updateComplete;
      const renders = host.renders;

      action.reset();
      expect(action.value).to.equal(undefined);
      await host.updateComplete;
      expect(host.renders).to.be.greaterThan(renders);
    });

    it('forgets the last failure, and an uncertain outcome with it', async () => {
      const { host, adapter } = await setup();
      const { action, sent } = renameAction(host);
      adapter.failNext('timeout', { method: 'updateProfile' });
      await action.run('Ada King');
      expect(action.uncertain).to.equal(true);

      action.reset();
      expect(action.error).to.equal(undefined);
      expect(action.uncertain).to.equal(false);
      // The person moved on: what they send next is a new request.
      await action.run('Ada King');
      expect(sent[1]!.options.idempotencyKey).not.to.equal(sent[0]!.options.idempotencyKey);
    });

    it('leaves a wait counting down', async () => {
      const clock = pageClock();
      const { host, adapter } = await setup({ now: clock.now });
      const { action } = renameAction(host);
      adapter.failNext('rate_limited', { method: 'updateProfile', retryAfter: 30 });
      await action.run('Ada King');

      action.reset();
      expect(action.error).to.equal(undefined);
      expect(action.waitSeconds).to.equal(30);
      expect(await action.run('Ada King')).to.equal(undefined);
    });
  });
});
