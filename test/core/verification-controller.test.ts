import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Account, AccountAdapter, CallOptions, Verification } from '../../src/api/index.js';
import {
  MAX_ATTEMPTS,
  MemoryAdapter,
  RESEND_COOLDOWN_MS,
  VERIFICATION_TTL_MS,
} from '../../src/adapters/memory/index.js';
import { VerificationController } from '../../src/core/verification-controller.js';

/** One clock for the adapter and the controller, moved by the test. */
class Clock {
  now = Date.parse('2025-03-01T12:00:00.000Z');
  advance(ms: number): void {
    this.now += ms;
  }
}

@customElement('test-verification-host')
class VerificationHost extends LitElement {
  adapter?: AccountAdapter;
  clock = new Clock();
  renders = 0;
  readonly verification = new VerificationController(this, () => this.adapter, { now: () => this.clock.now });

  override render() {
    this.renders++;
    return html`<p>${this.verification.step}</p>`;
  }
}

const NEW_PHONE = '+14155550999';

async function setup() {
  const host = await fixture<VerificationHost>(html`<test-verification-host></test-verification-host>`);
  const adapter = new MemoryAdapter({ now: () => host.clock.now, reverify: [] });
  host.adapter = adapter;
  return { host, adapter, controller: host.verification };
}

function startPhoneChange(adapter: MemoryAdapter) {
  return (options: CallOptions) => adapter.startPhoneChange({ phone: NEW_PHONE }, options);
}

function confirmPhone(adapter: MemoryAdapter) {
  return (verification: Verification, code: string, options: CallOptions): Promise<Account> =>
    adapter.confirmPhoneChange({ verificationId: verification.id, code }, options);
}

/** The code that was "sent", and one that is surely not it. */
function codes(adapter: MemoryAdapter): { right: string; wrong: string } {
  const right = adapter.lastMessage('phone_change')!.secret;
  const wrong = right === '000000' ? '111111' : '000000';
  return { right, wrong };
}

describe('VerificationController', () => {
  it('starts idle, with nothing to resend and no tries', async () => {
    const { controller } = await setup();
    expect(controller.step).to.equal('idle');
    expect(controller.resendIn).to.equal(0);
    expect(controller.expired).to.equal(false);
    expect(controller.attemptsLeft).to.equal(0);
  });

  it('start sends a code: the step, the cooldown and the tries', async () => {
    const { host, adapter, controller } = await setup();
    const sending = controller.start(startPhoneChange(adapter));
    expect(controller.step).to.equal('sending');
    expect(await sending).to.equal(true);
    await host.updateComplete;

    expect(controller.step).to.equal('code-sent');
    expect(controller.verification!.purpose).to.equal('phone_change');
    expect(controller.resendIn).to.equal(RESEND_COOLDOWN_MS / 1000);
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS);
    expect(controller.expired).to.equal(false);
    expect(adapter.outbox).to.have.length(1);
    expect(host.shadowRoot!.textContent).to.contain('code-sent');
  });

  it('counts the cooldown down with the clock, and refuses a resend before it ends', async () => {
    const { host, adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    const first = controller.verification!;

    host.clock.advance(10_500);
    expect(controller.resendIn).to.equal(20);
    expect(await controller.resend()).to.equal(false);
    expect(adapter.outbox).to.have.length(1);
    expect(controller.verification).to.equal(first);

    host.clock.advance(19_500);
    expect(controller.resendIn).to.equal(0);
    expect(await controller.resend()).to.equal(true);
    expect(adapter.outbox).to.have.length(2);
    expect(controller.step).to.equal('code-sent');
    expect(controller.verification!.id).to.equal(first.id);
    // A new cooldown from now.
    expect(controller.resendIn).to.equal(RESEND_COOLDOWN_MS / 1000);
  });

  it('does not resend before anything was sent', async () => {
    const { adapter, controller } = await setup();
    expect(await controller.resend()).to.equal(false);
    expect(adapter.outbox).to.have.length(0);
  });

  it('knows when the code has expired, and the backend agrees', async () => {
    const { host, adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    const { right } = codes(adapter);

    host.clock.advance(VERIFICATION_TTL_MS - 1000);
    expect(controller.expired).to.equal(false);
    host.clock.advance(1000);
    expect(controller.expired).to.equal(true);

    controller.setCode(right);
    expect(await controller.confirm(confirmPhone(adapter))).to.equal(undefined);
    expect(controller.error?.code).to.equal('verification_expired');
    expect(controller.step).to.equal('code-sent');
  });

  it('a wrong code leaves one try fewer, and the right one then works', async () => {
    const { adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    const { right, wrong } = codes(adapter);

    controller.setCode(wrong);
    const confirming = controller.confirm(confirmPhone(adapter));
    expect(controller.step).to.equal('confirming');
    expect(await confirming).to.equal(undefined);
    expect(controller.step).to.equal('code-sent');
    expect(controller.error?.code).to.equal('verification_failed');
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);
    expect(controller.verification!.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);

    // Typing again clears the error; the count of tries stays.
    controller.setCode(right);
    expect(controller.error).to.equal(undefined);
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);

    const saved = await controller.confirm(confirmPhone(adapter));
    expect(saved?.phone).to.equal(NEW_PHONE);
    expect(controller.step).to.equal('done');
  });

  it('counts down to no tries left', async () => {
    const { adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    const { wrong } = codes(adapter);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      controller.setCode(wrong);
      await controller.confirm(confirmPhone(adapter));
    }
    expect(controller.attemptsLeft).to.equal(0);
  });

  it('a failed start goes back to idle with the error', async () => {
    const { adapter, controller } = await setup();
    adapter.failNext('rate_limited', { method: 'startPhoneChange', retryAfter: 30 });
    expect(await controller.start(startPhoneChange(adapter))).to.equal(false);
    expect(controller.step).to.equal('idle');
    expect(controller.error?.code).to.equal('rate_limited');
    expect(controller.error?.retryAfter).to.equal(30);
    expect(controller.verification).to.equal(undefined);
  });

  it('a second start while one is sending does nothing', async () => {
    const { adapter, controller } = await setup();
    const first = controller.start(startPhoneChange(adapter));
    expect(await controller.start(startPhoneChange(adapter))).to.equal(false);
    expect(await first).to.equal(true);
    expect(adapter.outbox).to.have.length(1);
  });

  it('reset forgets the verification', async () => {
    const { adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    controller.setCode('123');
    controller.reset();
    expect(controller.step).to.equal('idle');
    expect(controller.verification).to.equal(undefined);
    expect(controller.code).to.equal('');
    expect(controller.resendIn).to.equal(0);
  });

  it('re-renders the host every second while a countdown shows, and stops when it leaves', async () => {
    const { host, adapter, controller } = await setup();
    await controller.start(startPhoneChange(adapter));
    await host.updateComplete;
    const before = host.renders;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(host.renders).to.be.greaterThan(before);

    host.remove();
    const detached = host.renders;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(host.renders).to.equal(detached);
  });
});
