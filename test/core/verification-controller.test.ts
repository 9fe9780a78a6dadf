import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import type {
  Account,
  AccountAdapter,
  AccountError,
  CallOptions,
  Verification,
} from '../../src/api/index.js';
import {
  DEMO_PASSWORD,
  MAX_ATTEMPTS,
  MemoryAdapter,
  RESEND_COOLDOWN_MS,
  VERIFICATION_TTL_MS,
  type MemoryAdapterOptions,
} from '../../src/adapters/memory/index.js';
import type { Connection } from '../../src/core/account-element.js';
import type { ActionHost, Reverifier } from '../../src/core/action-controller.js';
import { configure } from '../../src/core/configure.js';
import { ReverificationController } from '../../src/core/reverification-controller.js';
import { storeFor } from '../../src/core/store.js';
import { VerificationController } from '../../src/core/verification-controller.js';

const NEW_PHONE = '+14155550999';

/** A phone change as an element would wire it: start with the number, confirm with the code. */
@customElement('test-verification-host')
class VerificationHost extends LitElement implements ActionHost {
  adapter?: AccountAdapter;
  reverifier?: Reverifier;
  renders = 0;
  readonly reported: AccountError[] = [];
  readonly sent: Verification[] = [];
  readonly verified: Account[] = [];

  readonly verification = new VerificationController<[string], [], Account>(this, {
    start: (adapter, [phone], options) => adapter.startPhoneChange({ phone }, options),
    confirm: (adapter, verification, code, _args, options) =>
      adapter.confirmPhoneChange({ verificationId: verification.id, code }, options),
    saves: 'account',
    affects: ['account'],
    onSent: (verification) => this.sent.push(verification),
    onVerified: (account) => this.verified.push(account),
  });

  get connection(): Connection | undefined {
    return this.adapter && { adapter: this.adapter, store: storeFor(this.adapter) };
  }

  reportFailure(error: AccountError): void {
    this.reported.push(error);
  }

  override render() {
    this.renders++;
    return html`<p>${this.verification.step}</p>`;
  }
}

/** Counts the account's reads, to see what a timeout makes the store read again. */
class CountingAdapter extends MemoryAdapter {
  accountReads = 0;

  override getAccount(options?: CallOptions): Promise<Account> {
    this.accountReads++;
    return super.getAccount(options);
  }
}

/** One clock for the adapter and the page (`configure({ now })`), moved by the test. */
class Clock {
  now = Date.parse('2025-03-01T12:00:00.000Z');
  advance(ms: number): void {
    this.now += ms;
  }
}

async function setup(options: MemoryAdapterOptions = {}) {
  const clock = new Clock();
  configure({ now: () => clock.now });
  const host = await fixture<VerificationHost>(html`<test-verification-host></test-verification-host>`);
  const adapter = new CountingAdapter({ now: () => clock.now, reverify: [], ...options });
  host.adapter = adapter;
  return { host, adapter, clock, controller: host.verification };
}

/** The code that was "sent", and one that is surely not it. */
function codes(adapter: MemoryAdapter): { right: string; wrong: string } {
  const right = adapter.lastMessage('phone_change')!.secret;
  const wrong = right === '000000' ? '111111' : '000000';
  return { right, wrong };
}

/**
 * Stands in for `setInterval` with a one-second period: the test runs the ticks itself, so a
 * once-a-second re-render is checked without waiting seconds of real time.
 */
class SecondTicks {
  private readonly handlers = new Map<number, () => void>();
  private nextId = 1_000_000;
  private readonly realSet = globalThis.setInterval;
  private readonly realClear = globalThis.clearInterval;

  install(): void {
    globalThis.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      if (timeout !== 1000 || typeof handler !== 'function')
        return Reflect.apply(this.realSet, globalThis, [handler, timeout, ...rest]) as number;
      const id = this.nextId++;
      this.handlers.set(id, handler as () => void);
      return id;
    }) as typeof setInterval;
    globalThis.clearInterval = ((id?: number) => {
      if (id !== undefined && this.handlers.delete(id)) return;
      Reflect.apply(this.realClear, globalThis, [id]);
    }) as typeof clearInterval;
  }

  restore(): void {
    globalThis.setInterval = this.realSet;
    globalThis.clearInterval = this.realClear;
  }

  /** Intervals set and not cleared. */
  get running(): number {
    return this.handlers.size;
  }

  /** One second passes, as far as the intervals know. */
  tick(): void {
    for (const handler of [...this.handlers.values()]) handler();
  }
}

describe('VerificationController', () => {
  afterEach(() => configure({ now: undefined }));

  it('starts idle, with nothing to resend and no tries', async () => {
    const { controller } = await setup();
    expect(controller.step).to.equal('idle');
    expect(controller.resendIn).to.equal(0);
    expect(controller.expired).to.equal(false);
    expect(controller.attemptsLeft).to.equal(0);
    expect(controller.spent).to.equal(false);
    expect(controller.busy).to.equal(false);
    expect(controller.error).to.equal(undefined);
  });

  it('start sends a code: busy while sending, then the step, the cooldown and the tries', async () => {
    const { host, adapter, controller } = await setup();
    const sending = controller.start(NEW_PHONE);
    expect(controller.starting.pending).to.equal(true);
    expect(controller.busy).to.equal(true);
    const verification = await sending;
    await host.updateComplete;

    expect(controller.busy).to.equal(false);
    expect(verification?.purpose).to.equal('phone_change');
    expect(controller.verification).to.deep.equal(verification);
    expect(controller.step).to.equal('code-sent');
    expect(controller.resendIn).to.equal(RESEND_COOLDOWN_MS / 1000);
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS);
    expect(controller.expired).to.equal(false);
    expect(controller.spent).to.equal(false);
    expect(adapter.outbox).to.have.length(1);
    expect(host.sent).to.deep.equal([verification]);
    expect(host.shadowRoot!.textContent).to.contain('code-sent');
  });

  it('counts the cooldown down with the page clock, and refuses a resend before it ends', async () => {
    const { host, adapter, clock, controller } = await setup();
    await controller.start(NEW_PHONE);
    const first = controller.verification!;

    clock.advance(10_500);
    expect(controller.resendIn).to.equal(20);
    expect(await controller.resend()).to.equal(undefined);
    expect(adapter.outbox).to.have.length(1);
    expect(controller.verification).to.equal(first);

    clock.advance(19_500);
    expect(controller.resendIn).to.equal(0);
    const again = await controller.resend();
    expect(again?.id).to.equal(first.id);
    expect(adapter.outbox).to.have.length(2);
    expect(controller.step).to.equal('code-sent');
    expect(controller.verification).to.deep.equal(again);
    expect(host.sent).to.have.length(2);
    // A new cooldown from now.
    expect(controller.resendIn).to.equal(RESEND_COOLDOWN_MS / 1000);
  });

  it('does not resend before anything was sent', async () => {
    const { adapter, controller } = await setup();
    expect(await controller.resend()).to.equal(undefined);
    expect(adapter.outbox).to.have.length(0);
    expect(controller.resending.error).to.equal(undefined);
  });

  it('a resend refused with rate_limited makes the wait longer than the cooldown', async () => {
    const { adapter, clock, controller } = await setup();
    await controller.start(NEW_PHONE);
    clock.advance(RESEND_COOLDOWN_MS);
    adapter.failNext('rate_limited', { method: 'resendVerification', retryAfter: 60 });

    expect(await controller.resend()).to.equal(undefined);
    expect(controller.error?.code).to.equal('rate_limited');
    expect(controller.resendIn).to.equal(60);
    expect(await controller.resend()).to.equal(undefined);
    expect(adapter.outbox).to.have.length(1);

    clock.advance(60_000);
    expect(controller.resendIn).to.equal(0);
    expect(await controller.resend()).to.not.equal(undefined);
    expect(adapter.outbox).to.have.length(2);
  });

  it('knows when the code has expired, and the backend agrees', async () => {
    const { host, adapter, clock, controller } = await setup();
    await controller.start(NEW_PHONE);
    const { right } = codes(adapter);

    clock.advance(VERIFICATION_TTL_MS - 1000);
    expect(controller.expired).to.equal(false);
    clock.advance(1000);
    expect(controller.expired).to.equal(true);
    expect(controller.spent).to.equal(true);

    controller.setCode(right);
    expect(await controller.confirm()).to.equal(undefined);
    expect(controller.error?.code).to.equal('verification_expired');
    expect(controller.step).to.equal('code-sent');
    expect(host.reported.map(({ code }) => code)).to.deep.equal(['verification_expired']);
  });

  it('takes the backend’s word that the code expired, whatever the page clock says', async () => {
    const { adapter, controller } = await setup();
    await controller.start(NEW_PHONE);
    expect(controller.expired).to.equal(false);
    adapter.failNext('verification_expired', { method: 'confirmPhoneChange' });

    controller.setCode(codes(adapter).right);
    expect(await controller.confirm()).to.equal(undefined);
    expect(controller.expired).to.equal(true);
    expect(controller.spent).to.equal(true);
  });

  it('a wrong code leaves one try fewer and is cleared; the right one then works and is saved', async () => {
    const { host, adapter, controller } = await setup();
    await controller.start(NEW_PHONE);
    const { right, wrong } = codes(adapter);

    controller.setCode(wrong);
    const confirming = controller.confirm();
    expect(controller.confirming.pending).to.equal(true);
    expect(await confirming).to.equal(undefined);
    expect(controller.step).to.equal('code-sent');
    expect(controller.error?.code).to.equal('verification_failed');
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);
    expect(controller.verification!.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);
    expect(controller.code).to.equal('');

    // Typing again clears the error; the count of tries stays.
    controller.setCode(right);
    expect(controller.error).to.equal(undefined);
    expect(controller.attemptsLeft).to.equal(MAX_ATTEMPTS - 1);

    const saved = await controller.confirm();
    expect(saved?.phone).to.equal(NEW_PHONE);
    expect(controller.step).to.equal('done');
    expect(host.verified).to.deep.equal([saved]);
    expect(storeFor(adapter).peek('account')?.phone).to.equal(NEW_PHONE);
  });

  it('counts down to no tries left, and then the code is spent', async () => {
    const { adapter, controller } = await setup();
    await controller.start(NEW_PHONE);
    const { wrong } = codes(adapter);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      controller.setCode(wrong);
      await controller.confirm();
    }
    expect(controller.attemptsLeft).to.equal(0);
    expect(controller.spent).to.equal(true);
  });

  it('a failed start stays idle with the error, and waits out `retryAfter`', async () => {
    const { adapter, clock, controller } = await setup();
    adapter.failNext('rate_limited', { method: 'startPhoneChange', retryAfter: 30 });
    expect(await controller.start(NEW_PHONE)).to.equal(undefined);
    expect(controller.step).to.equal('idle');
    expect(controller.error?.code).to.equal('rate_limited');
    expect(controller.error?.retryAfter).to.equal(30);
    expect(controller.verification).to.equal(undefined);
    expect(controller.starting.waitSeconds).to.equal(30);

    expect(await controller.start(NEW_PHONE)).to.equal(undefined);
    clock.advance(30_000);
    expect(await controller.start(NEW_PHONE)).to.not.equal(undefined);
    expect(controller.step).to.equal('code-sent');
    expect(adapter.outbox).to.have.length(1);
  });

  it('a second start replaces the one still sending: one code goes out, the older answer is dropped', async () => {
    // A little latency, so the first request is still on its way when the second one starts.
    const { host, adapter, controller } = await setup({ latency: 20 });
    const first = controller.start(NEW_PHONE);
    const second = controller.start(NEW_PHONE);
    expect(await first).to.equal(undefined);
    const verification = await second;
    expect(verification).to.not.equal(undefined);
    expect(controller.verification).to.deep.equal(verification);
    expect(adapter.outbox).to.have.length(1);
    expect(host.sent).to.have.length(1);
    expect(controller.error).to.equal(undefined);
  });

  it('a start that timed out re-reads the account it may have changed', async () => {
    const { adapter, controller } = await setup();
    const reads = adapter.accountReads;
    adapter.failNext('timeout', { method: 'startPhoneChange' });
    expect(await controller.start(NEW_PHONE)).to.equal(undefined);
    expect(controller.starting.uncertain).to.equal(true);
    await waitUntil(() => adapter.accountReads === reads + 1, 'the account was not read again');
  });

  it('a start the backend wants an identity check for goes through the host’s check', async () => {
    const { host, adapter, controller } = await setup({ reverify: ['startPhoneChange'] });
    const check = new ReverificationController(host);
    const starting = controller.start(NEW_PHONE);
    await waitUntil(() => check.open, 'the identity check did not open');
    check.setPassword(DEMO_PASSWORD);
    await check.confirm();
    expect((await starting)?.purpose).to.equal('phone_change');
    expect(controller.step).to.equal('code-sent');
    expect(adapter.outbox.filter(({ purpose }) => purpose === 'phone_change')).to.have.length(1);
  });

  it('reset forgets the verification', async () => {
    const { adapter, controller } = await setup();
    await controller.start(NEW_PHONE);
    controller.setCode(codes(adapter).wrong);
    await controller.confirm();
    controller.reset();
    expect(controller.step).to.equal('idle');
    expect(controller.verification).to.equal(undefined);
    expect(controller.code).to.equal('');
    expect(controller.resendIn).to.equal(0);
    expect(controller.error).to.equal(undefined);
    expect(controller.confirming.error).to.equal(undefined);
  });

  describe('the once-a-second re-render', () => {
    let ticks: SecondTicks;
    // A fresh one per test: an interval a test leaves behind is no business of the next.
    beforeEach(() => {
      ticks = new SecondTicks();
      ticks.install();
    });
    afterEach(() => ticks.restore());

    it('re-renders the host every second while a countdown shows, stops when it leaves, resumes when back', async () => {
      const { host, controller } = await setup();
      expect(ticks.running).to.equal(0);
      await controller.start(NEW_PHONE);
      await host.updateComplete;
      expect(ticks.running).to.equal(1);

      for (let second = 0; second < 2; second++) {
        const before = host.renders;
        ticks.tick();
        await host.updateComplete;
        expect(host.renders).to.equal(before + 1);
      }

      const parent = host.parentNode!;
      host.remove();
      expect(ticks.running).to.equal(0);
      parent.appendChild(host);
      expect(ticks.running).to.equal(1);
    });

    it('stops once nothing counts down any more: expired and resendable', async () => {
      const { host, clock, controller } = await setup();
      await controller.start(NEW_PHONE);
      clock.advance(VERIFICATION_TTL_MS);
      ticks.tick();
      expect(ticks.running).to.equal(0);
      // The last tick still shows the end of the countdown.
      await host.updateComplete;
      expect(controller.expired).to.equal(true);
    });

    it('stops when the code is confirmed, and on reset', async () => {
      const { adapter, clock, controller } = await setup();
      await controller.start(NEW_PHONE);
      controller.setCode(codes(adapter).right);
      await controller.confirm();
      expect(controller.step).to.equal('done');
      expect(ticks.running).to.equal(0);

      // The backend sends one code per cooldown, whatever the number.
      clock.advance(RESEND_COOLDOWN_MS);
      expect(await controller.start('+14155550998')).to.not.equal(undefined);
      expect(ticks.running).to.equal(1);
      controller.reset();
      expect(ticks.running).to.equal(0);
    });
  });
});
