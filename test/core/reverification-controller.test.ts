import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  AccountError,
  type Account,
  type AccountAdapter,
  type CallOptions,
  type ReverificationProof,
  type ReverificationToken,
} from '../../src/api/index.js';
import { DEMO_PASSWORD, MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { Connection } from '../../src/core/account-element.js';
import { ActionController, type ActionHost, type Reverifier } from '../../src/core/action-controller.js';
import {
  ReverificationCancelled,
  ReverificationController,
} from '../../src/core/reverification-controller.js';
import { storeFor } from '../../src/core/store.js';
import { appCode } from '../harness/two-step-settings.js';

@customElement('test-reverification-host')
class ReverificationHost extends LitElement implements ActionHost {
  adapter?: AccountAdapter;
  // Declared without a value: the controller below puts itself here, and an initializer would undo it.
  reverifier?: Reverifier;
  readonly reported: AccountError[] = [];
  readonly check = new ReverificationController(this);

  get connection(): Connection | undefined {
    return this.adapter && { adapter: this.adapter, store: storeFor(this.adapter) };
  }

  reportFailure(error: AccountError): void {
    this.reported.push(error);
  }

  override render() {
    return html`<p>${this.check.open ? 'asking' : 'closed'}</p>`;
  }
}

/** Records the proofs traded for tokens, to see which operation each names. */
class ProofRecordingAdapter extends MemoryAdapter {
  readonly proofs: ReverificationProof[] = [];

  override completeReverification(
    proof: ReverificationProof,
    options?: CallOptions,
  ): Promise<ReverificationToken> {
    this.proofs.push(proof);
    return super.completeReverification(proof, options);
  }
}

async function setup(options: MemoryAdapterOptions = {}) {
  const host = await fixture<ReverificationHost>(html`<test-reverification-host></test-reverification-host>`);
  const adapter = new ProofRecordingAdapter({ reverify: ['updateProfile'], ...options });
  // An update names the version it changes: the one just read.
  await adapter.getAccount();
  host.adapter = adapter;
  const sent: CallOptions[] = [];
  const rename = (callOptions: CallOptions) => {
    sent.push(callOptions);
    return adapter.updateProfile({ name: 'Ada King' }, callOptions);
  };
  return { host, adapter, check: host.check, sent, rename };
}

describe('ReverificationController', () => {
  it('is the identity check of its host, where the host’s actions find it', async () => {
    const { host, check } = await setup();
    expect(host.reverifier === check, 'host.reverifier').to.equal(true);
  });

  it('runs an operation that needs no check straight through', async () => {
    const { check, adapter } = await setup({ reverify: [] });
    const account = await check.run((options) => adapter.updateProfile({ name: 'Ada King' }, options), {});
    expect(account.name).to.equal('Ada King');
    expect(check.open).to.equal(false);
  });

  it('asks when the backend wants proof, then replays once with the same idempotency key and a token', async () => {
    const { host, check, adapter, sent, rename } = await setup();
    const running = check.run(rename, { idempotencyKey: 'key-of-the-rename' });
    await waitUntil(() => check.open, 'the check did not open');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('asking');
    expect(check.methods).to.deep.equal(['password', 'sms']);
    expect(check.method).to.equal('password');

    check.setPassword(DEMO_PASSWORD);
    await check.confirm();
    const account = await running;
    expect(account.name).to.equal('Ada King');
    expect(check.open).to.equal(false);
    expect(check.password).to.equal('');
    expect(sent).to.have.length(2);
    expect(sent[0]!.idempotencyKey).to.equal('key-of-the-rename');
    expect(sent[1]!.idempotencyKey).to.equal('key-of-the-rename');
    expect(sent[0]!.reverificationToken).to.equal(undefined);
    expect(sent[1]!.reverificationToken).to.be.a('string');
    expect((await adapter.getAccount()).name).to.equal('Ada King');
  });

  it('binds the proof to the operation the backend named', async () => {
    const { check, adapter, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    check.setPassword(DEMO_PASSWORD);
    await check.confirm();
    await running;
    expect(adapter.proofs).to.have.length(1);
    expect(adapter.proofs[0]!.operation).to.equal('updateProfile');
  });

  it('is what an action of its host goes through, without any wiring', async () => {
    const { host, check, adapter } = await setup();
    const keys: (string | undefined)[] = [];
    const rename = new ActionController<[string], Account>(host, {
      call: (adapter, [name], options) => {
        keys.push(options.idempotencyKey);
        return adapter.updateProfile({ name }, options);
      },
      saves: 'account',
    });
    const running = rename.run('Ada King');
    await waitUntil(() => check.open, 'the check did not open');
    expect(rename.pending).to.equal(true);
    check.setPassword(DEMO_PASSWORD);
    await check.confirm();

    expect((await running)?.name).to.equal('Ada King');
    expect(storeFor(adapter).peek('account')?.name).to.equal('Ada King');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(host.reported).to.deep.equal([]);
  });

  it('keeps asking after a wrong password, with the error, which is not reported to the host', async () => {
    const { host, check, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    check.setPassword('wrong password 1');
    await check.confirm();
    expect(check.open).to.equal(true);
    expect(check.error?.code).to.equal('verification_failed');
    // The dialog says it; the element's own live region stays out of it.
    expect(host.reported).to.deep.equal([]);
    check.setPassword(DEMO_PASSWORD);
    expect(check.error).to.equal(undefined);
    await check.confirm();
    expect((await running).name).to.equal('Ada King');
  });

  it('takes a code sent by SMS instead', async () => {
    const { check, adapter, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    check.choose('sms');
    expect(check.verification).to.equal(undefined);
    await check.sendCode();
    expect(check.verification?.purpose).to.equal('reverification');
    check.setCode(adapter.lastMessage('reverification')!.secret);
    await check.confirm();
    expect((await running).name).to.equal('Ada King');
    expect(adapter.proofs[0]!.method).to.equal('sms');
  });

  it('takes a code from the authenticator app, or a backup code, once two-step is on', async () => {
    const { check, adapter, rename } = await setup();
    const setupOfApp = await adapter.startTotpSetup();
    const now = Date.now();
    const change = await adapter.confirmTotpSetup({
      setupId: setupOfApp.id,
      code: appCode(setupOfApp.secret, now),
    });
    const [backup] = change.backupCodes!.codes;

    const byApp = check.run(rename, {});
    await waitUntil(() => check.open);
    expect(check.methods).to.deep.equal(['password', 'sms', 'totp', 'backup_code']);
    check.setCode('123');
    check.choose('totp');
    expect(check.code, 'a code typed for another way is not carried over').to.equal('');
    // The code of the next 30 seconds: the one that turned the app on is spent.
    check.setCode(appCode(setupOfApp.secret, now + 30_000));
    await check.confirm();
    await byApp;

    const byBackup = check.run(rename, {});
    await waitUntil(() => check.open);
    check.choose('backup_code');
    check.setCode(backup!);
    await check.confirm();
    await byBackup;
    expect(adapter.proofs.map(({ method, operation }) => [method, operation])).to.deep.equal([
      ['totp', 'updateProfile'],
      ['backup_code', 'updateProfile'],
    ]);
  });

  it('shows a failure to send the code in the check, not to the host', async () => {
    const { host, check, adapter, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    check.choose('sms');
    adapter.failNext('rate_limited', { method: 'startReverification', retryAfter: 30 });
    await check.sendCode();
    expect(check.error?.code).to.equal('rate_limited');
    expect(check.sending.waitSeconds).to.be.greaterThan(0);
    expect(host.reported).to.deep.equal([]);
    check.cancel();
    await running.catch(() => undefined);
  });

  it('cancel rejects with ReverificationCancelled and changes nothing', async () => {
    const { check, adapter, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    check.setPassword('half typed');
    check.cancel();
    const outcome = await running.catch((error: unknown) => error);
    expect(outcome).to.be.instanceOf(ReverificationCancelled);
    expect(check.open).to.equal(false);
    expect(check.password).to.equal('');
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('a cancelled check leaves the action that asked for it without a failure', async () => {
    const { host, check, rename } = await setup();
    const action = new ActionController<[], Account>(host, {
      call: (_adapter, _args, options) => rename(options),
    });
    const running = action.run();
    await waitUntil(() => check.open);
    check.cancel();
    expect(await running).to.equal(undefined);
    expect(action.error).to.equal(undefined);
    expect(host.reported).to.deep.equal([]);
  });

  it('cancels when its host leaves the page', async () => {
    const { host, check, rename } = await setup();
    const running = check.run(rename, {});
    await waitUntil(() => check.open);
    host.remove();
    expect(await running.catch((error: unknown) => error)).to.be.instanceOf(ReverificationCancelled);
    expect(check.open).to.equal(false);
  });

  it('passes other failures through without asking', async () => {
    const { check, adapter, rename } = await setup();
    adapter.failNext('network', { method: 'updateProfile' });
    const outcome = await check.run(rename, {}).catch((error: unknown) => error);
    expect((outcome as { code?: string }).code).to.equal('network');
    expect(check.open).to.equal(false);
  });

  it('does not ask when what asking needs cannot be had, and fails with its reason', async () => {
    const { host, adapter } = await setup();
    // As the identity check does when its dialog cannot be fetched (offline).
    class Unreachable extends ReverificationController {
      protected override beforeAsking(): Promise<void> {
        return Promise.reject(new AccountError('network', 'A part of the page could not be fetched'));
      }
    }
    const check = new Unreachable(host);
    const outcome = await check
      .run((options) => adapter.updateProfile({ name: 'Ada King' }, options), {})
      .catch((error: unknown) => error);
    expect((outcome as { code?: string }).code).to.equal('network');
    expect(check.open).to.equal(false);
    expect((await adapter.getAccount()).name).to.not.equal('Ada King');
  });
});
