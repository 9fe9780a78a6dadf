import { expect, fixture, html } from '@open-wc/testing';
import type { Account } from '../../src/api/index.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { AccountStore, storeFor } from '../../src/core/store.js';
import '../../src/elements/account-provider/account-provider.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { text } from '../harness/element-harness.js';
import { mount } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

/** One `getAccount` call as the store made it: its signal, and a way to answer it. */
interface PendingRead {
  signal: AbortSignal | undefined;
  resolve: (account: Account) => void;
  reject: (reason: unknown) => void;
}

/** An adapter whose `getAccount` answers only when the test says so: the one method the store reads. */
function controlledAdapter(): { adapter: RecordingAdapter; reads: PendingRead[] } {
  const reads: PendingRead[] = [];
  const adapter = new RecordingAdapter();
  adapter.answer(
    'getAccount',
    ([options]) =>
      new Promise<Account>((resolve, reject) => reads.push({ signal: options?.signal, resolve, reject })),
  );
  return { adapter, reads };
}

function account(name: string): Account {
  return {
    id: 'acc_1',
    name,
    username: 'ada',
    email: 'ada@example.com',
    pendingEmail: null,
    phone: null,
    avatarUrl: null,
    role: 'admin',
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Lets queued promise callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AccountStore', () => {
  it('makes one request for callers that ask at the same time, and caches the answer', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const first = store.load('account');
    const second = store.load('account');
    expect(reads).to.have.length(1);

    reads[0]!.resolve(account('Ada'));
    expect((await first).name).to.equal('Ada');
    expect((await second).name).to.equal('Ada');
    expect(store.peek('account')?.name).to.equal('Ada');

    expect((await store.load('account')).name).to.equal('Ada');
    expect(reads).to.have.length(1);
  });

  it('asks again when forced, or after invalidate', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const first = store.load('account');
    reads[0]!.resolve(account('Ada'));
    await first;

    const forced = store.load('account', { force: true });
    expect(reads).to.have.length(2);
    reads[1]!.resolve(account('Ada King'));
    expect((await forced).name).to.equal('Ada King');

    store.invalidate('account');
    expect(store.peek('account')).to.equal(undefined);
    const again = store.load('account');
    expect(reads).to.have.length(3);
    reads[2]!.resolve(account('Ada Byron'));
    expect((await again).name).to.equal('Ada Byron');
  });

  it('tells subscribers about a value set elsewhere, until they unsubscribe', () => {
    const { adapter } = controlledAdapter();
    const store = new AccountStore(adapter);
    const heard: string[] = [];
    const stop = store.subscribe('account', (value) => heard.push(value.name));
    store.set('account', account('One'));
    stop();
    store.set('account', account('Two'));
    expect(heard).to.deep.equal(['One']);
    expect(store.peek('account')?.name).to.equal('Two');
  });

  it('one caller leaving does not abort the request the others wait for', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = store.load('account', { signal: leaving.signal });
    const kept = store.load('account', { signal: staying.signal });
    const withoutSignal = store.load('account');
    expect(reads).to.have.length(1);

    leaving.abort();
    await left.then(
      () => expect.fail('the caller that left should be rejected'),
      (error: unknown) => expect((error as DOMException).name).to.equal('AbortError'),
    );
    expect(reads[0]!.signal!.aborted).to.equal(false);

    reads[0]!.resolve(account('Ada'));
    expect((await kept).name).to.equal('Ada');
    expect((await withoutSignal).name).to.equal('Ada');
  });

  it('aborts the request when every caller has left', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const callers = [new AbortController(), new AbortController(), new AbortController()];
    const loads = callers.map((caller) =>
      store.load('account', { signal: caller.signal }).catch((e: unknown) => e),
    );
    expect(reads).to.have.length(1);
    const signal = reads[0]!.signal!;

    callers[0]!.abort();
    callers[1]!.abort();
    expect(signal.aborted).to.equal(false);
    callers[2]!.abort();
    expect(signal.aborted).to.equal(true);
    for (const outcome of await Promise.all(loads))
      expect((outcome as DOMException).name).to.equal('AbortError');

    // The next caller starts a fresh request rather than joining the aborted one.
    const next = store.load('account');
    expect(reads).to.have.length(2);
    expect(reads[1]!.signal!.aborted).to.equal(false);
    reads[1]!.resolve(account('Ada'));
    expect((await next).name).to.equal('Ada');
  });

  it('rejects at once a caller whose signal is already aborted, without asking', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const outcome = await store.load('account', { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((outcome as DOMException).name).to.equal('AbortError');
    expect(reads).to.have.length(0);
  });

  it('an older forced load’s answer never overwrites a newer set', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    store.set('account', account('Cached'));
    const forced = store.load('account', { force: true });
    expect(reads).to.have.length(1);

    store.set('account', account('Saved just now'));
    reads[0]!.resolve(account('Read before the save'));
    // Its caller gets the newer value too.
    expect((await forced).name).to.equal('Saved just now');
    expect(store.peek('account')?.name).to.equal('Saved just now');
  });

  it('an older load’s late answer never overwrites a newer forced load', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const older = store.load('account');
    const newer = store.load('account', { force: true });
    expect(reads).to.have.length(2);

    reads[1]!.resolve(account('Newer'));
    await newer;
    reads[0]!.resolve(account('Older'));
    await older;
    expect(store.peek('account')?.name).to.equal('Newer');
  });

  it('aborts a request that a forced load replaced once its callers have left', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const caller = new AbortController();
    const replaced = store.load('account', { signal: caller.signal }).catch((e: unknown) => e);
    const forced = store.load('account', { force: true });
    expect(reads).to.have.length(2);

    caller.abort();
    await replaced;
    expect(reads[0]!.signal!.aborted).to.equal(true);
    expect(reads[1]!.signal!.aborted).to.equal(false);
    reads[1]!.resolve(account('Ada'));
    expect((await forced).name).to.equal('Ada');
  });

  it('passes a failure to every caller and caches nothing', async () => {
    const { adapter, reads } = controlledAdapter();
    const store = new AccountStore(adapter);
    const first = store.load('account').catch((e: unknown) => e);
    const second = store.load('account').catch((e: unknown) => e);
    reads[0]!.reject(new Error('down'));
    expect(((await first) as Error).message).to.equal('down');
    expect(((await second) as Error).message).to.equal('down');
    expect(store.peek('account')).to.equal(undefined);
    void store.load('account');
    expect(reads).to.have.length(2);
  });

  it('storeFor gives one store per adapter', () => {
    const one = new MemoryAdapter();
    const other = new MemoryAdapter();
    expect(storeFor(one)).to.equal(storeFor(one));
    expect(storeFor(one)).not.to.equal(storeFor(other));
  });
});

describe('elements sharing one adapter', () => {
  /** The profiles in the markup, once each is ready. */
  async function profilesIn(root: HTMLElement): Promise<AccountProfileHarness[]> {
    const profiles = [...root.querySelectorAll('account-profile')].map(
      (element) => new AccountProfileHarness(element),
    );
    return Promise.all(profiles.map((profile) => profile.ready(AccountProfileHarness.readySelector)));
  }

  async function threeProfiles(adapter: MemoryAdapter): Promise<AccountProfileHarness[]> {
    const root = await fixture<HTMLElement>(
      html`<div>
        <account-profile .adapter=${adapter}></account-profile>
        <account-profile .adapter=${adapter}></account-profile>
        <account-profile .adapter=${adapter}></account-profile>
      </div>`,
    );
    return profilesIn(root);
  }

  it('three profiles make one getAccount call', async () => {
    const adapter = new RecordingAdapter({ latency: 20 });
    const profiles = await threeProfiles(adapter);
    expect(adapter.count('getAccount')).to.equal(1);
    for (const profile of profiles) expect(profile.nameInput.value).to.equal('Ada Lovelace');
  });

  it('three profiles inside one provider make one getAccount call', async () => {
    const adapter = new RecordingAdapter();
    const root = await fixture<HTMLElement>(
      html`<account-provider .adapter=${adapter}>
        <account-profile></account-profile>
        <section><account-profile></account-profile></section>
        <account-profile></account-profile>
      </account-provider>`,
    );
    await profilesIn(root);
    expect(adapter.count('getAccount')).to.equal(1);
  });

  it('a save in one shows in the others at once, without asking the adapter again', async () => {
    const adapter = new RecordingAdapter();
    const [first, second, third] = await threeProfiles(adapter);
    await first!.rename('Ada King');
    await first!.announced(en.profile.saved);
    await Promise.all([second!.element.updateComplete, third!.element.updateComplete]);

    for (const profile of [second!, third!]) {
      expect(profile.nameInput.value).to.equal('Ada King');
      expect(text(profile.avatar)).to.equal('AK');
      // Only the element that saved says so.
      expect(text(profile.statusRegion)).to.equal('');
    }
    expect(adapter.count('getAccount')).to.equal(1);
  });

  it('an element added later uses the cached account', async () => {
    const adapter = new RecordingAdapter();
    await threeProfiles(adapter);
    const late = await mount(AccountProfileHarness, adapter, { ready: false });
    // Ready on its first render: no skeleton, no second request.
    expect(late.maybe('#name')).to.exist;
    expect(adapter.count('getAccount')).to.equal(1);
  });

  it('a profile removed while loading does not stop the others', async () => {
    const adapter = new RecordingAdapter({ latency: 50 });
    const root = await fixture<HTMLElement>(
      html`<div>
        <account-profile .adapter=${adapter}></account-profile>
        <account-profile .adapter=${adapter}></account-profile>
      </div>`,
    );
    const [leaving, staying] = [...root.querySelectorAll('account-profile')];
    leaving!.remove();
    await flush();
    await new AccountProfileHarness(staying!).ready(AccountProfileHarness.readySelector);
    expect(adapter.count('getAccount')).to.equal(1);
  });
});
