import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { AccountAdapter, CallOptions } from '../../src/api/index.js';
import { DEMO_PASSWORD, MemoryAdapter } from '../../src/adapters/memory/index.js';
import {
  ReverificationCancelled,
  ReverificationController,
} from '../../src/core/reverification-controller.js';

@customElement('test-reverification-host')
class ReverificationHost extends LitElement {
  adapter?: AccountAdapter;
  readonly check = new ReverificationController(this, () => this.adapter);

  override render() {
    return html`<p>${this.check.open ? 'asking' : 'closed'}</p>`;
  }
}

async function setup(options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) {
  const host = await fixture<ReverificationHost>(html`<test-reverification-host></test-reverification-host>`);
  const adapter = new MemoryAdapter({ reverify: ['updateProfile'], ...options });
  // An update names the version it changes: the one just read.
  await adapter.getAccount();
  host.adapter = adapter;
  const sent: CallOptions[] = [];
  const rename = (options: CallOptions) => {
    sent.push(options);
    return adapter.updateProfile({ name: 'Ada King' }, options);
  };
  return { host, adapter, check: host.check, sent, rename };
}

describe('ReverificationController', () => {
  it('runs an operation that needs no check straight through', async () => {
    const { check, adapter } = await setup({ reverify: [] });
    const account = await check.run((options) => adapter.updateProfile({ name: 'Ada King' }, options));
    expect(account.name).to.equal('Ada King');
    expect(check.open).to.equal(false);
  });

  it('asks when the backend wants proof, then replays once with the same idempotency key and a token', async () => {
    const { check, adapter, sent, rename } = await setup();
    const running = check.run(rename);
    await waitUntil(() => check.open, 'the check did not open');
    expect(check.methods).to.deep.equal(['password', 'sms']);
    expect(check.method).to.equal('password');

    check.setPassword(DEMO_PASSWORD);
    await check.confirm();
    const account = await running;
    expect(account.name).to.equal('Ada King');
    expect(check.open).to.equal(false);
    expect(check.password).to.equal('');
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
    expect(sent[0]!.reverificationToken).to.equal(undefined);
    expect(sent[1]!.reverificationToken).to.be.a('string');
    expect((await adapter.getAccount()).name).to.equal('Ada King');
  });

  it('keeps asking after a wrong password, with the error', async () => {
    const { check, rename } = await setup();
    const running = check.run(rename);
    await waitUntil(() => check.open);
    check.setPassword('wrong password 1');
    await check.confirm();
    expect(check.open).to.equal(true);
    expect(check.error?.code).to.equal('verification_failed');
    check.setPassword(DEMO_PASSWORD);
    expect(check.error).to.equal(undefined);
    await check.confirm();
    expect((await running).name).to.equal('Ada King');
  });

  it('takes a code sent by SMS instead', async () => {
    const { check, adapter, rename } = await setup();
    const running = check.run(rename);
    await waitUntil(() => check.open);
    check.choose('sms');
    await check.sendCode();
    expect(check.verification?.purpose).to.equal('reverification');
    check.setCode(adapter.lastMessage('reverification')!.secret);
    await check.confirm();
    expect((await running).name).to.equal('Ada King');
  });

  it('cancel rejects with ReverificationCancelled and changes nothing', async () => {
    const { check, adapter, rename } = await setup();
    const running = check.run(rename);
    await waitUntil(() => check.open);
    check.setPassword('half typed');
    check.cancel();
    const outcome = await running.catch((error: unknown) => error);
    expect(outcome).to.be.instanceOf(ReverificationCancelled);
    expect(check.open).to.equal(false);
    expect(check.password).to.equal('');
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('cancels when its host leaves the page', async () => {
    const { host, check, rename } = await setup();
    const running = check.run(rename);
    await waitUntil(() => check.open);
    host.remove();
    expect(await running.catch((error: unknown) => error)).to.be.instanceOf(ReverificationCancelled);
  });

  it('passes other failures through without asking', async () => {
    const { check, adapter, rename } = await setup();
    adapter.failNext('network', { method: 'updateProfile' });
    const outcome = await check.run(rename).catch((error: unknown) => error);
    expect((outcome as { code?: string }).code).to.equal('network');
    expect(check.open).to.equal(false);
  });
});
