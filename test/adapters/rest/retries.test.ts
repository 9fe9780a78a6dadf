import { expect } from '@open-wc/testing';
import { RestAdapter, type RestAdapterOptions } from '../../../src/adapters/rest/index.js';
import { backoffDelay, parseRetryAfter } from '../../../src/adapters/rest/timing.js';
import { isAbort } from '../../../src/api/index.js';
import { ACCOUNT, VERIFICATION } from './fixtures.js';
import { fakeFetch, type Answer } from './fake-fetch.js';
import { accountErrorOf, rejectionOf } from './rejection.js';

/** Waits between retries are zero unless a test asks otherwise, so the suite stays fast. */
function setup(answers: Answer[], options: Partial<RestAdapterOptions> = {}) {
  const fake = fakeFetch(answers);
  const adapter = new RestAdapter({ baseUrl: '/api', random: () => 0, ...options, fetch: fake.fetch });
  return { adapter, requests: fake.requests };
}

const unavailable: Answer = { status: 503, text: 'Service Unavailable' };

describe('RestAdapter timeouts and network failures', () => {
  it('gives timeout when an attempt gets no answer in time', async () => {
    const { adapter, requests } = setup(['hang'], { timeout: 50, retries: 0 });
    const started = performance.now();
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.within(40, 1000);
    expect(requests[0]?.signal?.aborted).to.equal(true);
  });

  it('gives network when fetch itself fails', async () => {
    const failure = new TypeError('Failed to fetch');
    const { adapter } = setup([failure], { retries: 0 });
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('network');
    expect(error.cause).to.equal(failure);
  });
});

describe('RestAdapter retries', () => {
  it('retries a read after 503 and returns the answer that came', async () => {
    const { adapter, requests } = setup([unavailable, { json: ACCOUNT }]);
    expect(await adapter.getAccount()).to.deep.equal(ACCOUNT);
    expect(requests).to.have.length(2);
  });

  it('retries a read after a network failure, a timeout, 429, 502 and 504', async () => {
    const { adapter, requests } = setup(
      [
        new TypeError('offline'),
        'hang',
        { status: 429 },
        { status: 502 },
        { status: 504 },
        { json: ACCOUNT },
      ],
      { retries: 5, timeout: 50 },
    );
    expect(await adapter.getAccount()).to.deep.equal(ACCOUNT);
    expect(requests).to.have.length(6);
  });

  it('gives up after `retries` more tries, with the last failure', async () => {
    const { adapter, requests } = setup([unavailable, unavailable, unavailable, { json: ACCOUNT }], {
      retries: 2,
    });
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('network');
    expect(error.status).to.equal(503);
    expect(requests).to.have.length(3);
  });

  it('does not retry an answer that will not change, like 404', async () => {
    const { adapter, requests } = setup([{ status: 404 }, { json: ACCOUNT }]);
    expect((await accountErrorOf(adapter.getAccount())).code).to.equal('not_found');
    expect(requests).to.have.length(1);
  });

  it('never retries a write', async () => {
    const { adapter, requests } = setup(
      [unavailable, new TypeError('offline'), 'hang', unavailable, { json: ACCOUNT }],
      {
        retries: 3,
        timeout: 50,
      },
    );
    expect((await accountErrorOf(adapter.startPhoneChange({ phone: '+15555550199' }))).code).to.equal(
      'network',
    );
    expect((await accountErrorOf(adapter.updateProfile({ name: 'Ada' }))).code).to.equal('network');
    expect((await accountErrorOf(adapter.removeAvatar())).code).to.equal('timeout');
    expect((await accountErrorOf(adapter.updateVoiceSettings(VOICE_OFF))).code).to.equal('network');
    expect(requests.map((request) => request.method)).to.deep.equal(['POST', 'PATCH', 'DELETE', 'PUT']);
  });

  it('asks again, with the same key, after a write whose idempotency key was still in use', async () => {
    const inUse: Answer = {
      status: 409,
      json: { code: 'idempotency_key_in_use', title: 'In use', status: 409, retryAfter: 0 },
      headers: { 'Retry-After': '0' },
    };
    const { adapter, requests } = setup([inUse, inUse, { json: VERIFICATION }], { retries: 2 });
    expect(await adapter.startPhoneChange({ phone: '+15555550199' })).to.deep.equal(VERIFICATION);
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(3);
    expect(new Set(keys).size, 'one key for every attempt').to.equal(1);

    const { adapter: patient, requests: asked } = setup([inUse, inUse], { retries: 1 });
    const error = await accountErrorOf(patient.startPhoneChange({ phone: '+15555550199' }));
    expect(error.code).to.equal('idempotency_key_in_use');
    expect(error.retryable).to.equal(true);
    expect(asked).to.have.length(2);
  });

  it('waits the Retry-After before retrying', async () => {
    const { adapter, requests } = setup([
      { status: 503, headers: { 'Retry-After': '1' } },
      { json: ACCOUNT },
    ]);
    await adapter.getAccount();
    const waited = (requests[1]?.at ?? 0) - (requests[0]?.at ?? 0);
    expect(waited).to.be.within(950, 2500);
  });

  it('does not wait out a Retry-After longer than its longest wait', async () => {
    const { adapter, requests } = setup([
      { status: 429, headers: { 'Retry-After': '120' } },
      { json: ACCOUNT },
    ]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(120);
    expect(requests).to.have.length(1);
  });

  it('backs off with jitter between retries', async () => {
    const { adapter, requests } = setup([unavailable, unavailable, { json: ACCOUNT }], {
      retryDelay: 100,
      random: () => 0.999,
    });
    await adapter.getAccount();
    const first = (requests[1]?.at ?? 0) - (requests[0]?.at ?? 0);
    const second = (requests[2]?.at ?? 0) - (requests[1]?.at ?? 0);
    expect(first).to.be.within(90, 400);
    expect(second).to.be.within(190, 600);
  });
});

describe('RestAdapter caller abort', () => {
  it('rejects with the signal reason, unwrapped, when aborted mid-request', async () => {
    const { adapter } = setup(['hang'], { retries: 0 });
    const controller = new AbortController();
    const reason = { why: 'left the page' };
    const call = adapter.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    expect(await rejectionOf(call)).to.equal(reason);
  });

  it('stops retrying when aborted during the wait', async () => {
    const { adapter, requests } = setup([unavailable, { json: ACCOUNT }], {
      retryDelay: 4000,
      random: () => 1,
    });
    const controller = new AbortController();
    const started = performance.now();
    const call = adapter.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(call);
    expect(isAbort(error)).to.equal(true);
    expect(performance.now() - started).to.be.below(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).to.have.length(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { adapter } = setup([{ json: VERIFICATION }]);
    const reason = new Error('never mind');
    const error = await rejectionOf(adapter.startPasswordReset({ signal: AbortSignal.abort(reason) }));
    expect(error).to.equal(reason);
  });
});

describe('retry timing', () => {
  it('parses Retry-After seconds and dates, and ignores anything else', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).to.equal(7);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('grows the backoff ceiling exponentially up to the cap', () => {
    expect(backoffDelay(0, 300, 5000, () => 0.5)).to.equal(150);
    expect(backoffDelay(2, 300, 5000, () => 0.5)).to.equal(600);
    expect(backoffDelay(10, 300, 5000, () => 0.5)).to.equal(2500);
    expect(backoffDelay(3, 300, 5000, () => 0)).to.equal(0);
  });
});

const VOICE_OFF = {
  forwarding: { enabled: false, number: null },
  voicemail: {
    enabled: false,
    greeting: { mode: 'text' as const, text: '', audioUrl: null },
    ringSeconds: 20,
  },
  callerId: { mode: 'private' as const },
  hours: { enabled: false, timezone: 'UTC', days: [] },
  doNotDisturb: { enabled: false, until: null },
};
