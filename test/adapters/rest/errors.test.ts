import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { ACCOUNT } from './fixtures.js';
import { fakeFetch, type Answer } from './fake-fetch.js';
import { accountErrorOf } from './rejection.js';

/** Retries off, so each status is seen once, as it came. */
function adapterAnswering(...answers: Answer[]) {
  const fake = fakeFetch(answers);
  return {
    adapter: new RestAdapter({ baseUrl: '/api', retries: 0, fetch: fake.fetch }),
    requests: fake.requests,
  };
}

describe('RestAdapter error mapping', () => {
  const byStatus: [number, string][] = [
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [410, 'verification_expired'],
    [412, 'conflict'],
    [418, 'invalid_response'],
    [422, 'validation'],
    [428, 'precondition_required'],
    [429, 'rate_limited'],
    [500, 'network'],
    [501, 'unsupported'],
    [502, 'network'],
    [503, 'network'],
    [504, 'timeout'],
  ];
  for (const [status, code] of byStatus) {
    it(`maps a bare ${status} (no JSON body) to ${code}`, async () => {
      const { adapter } = adapterAnswering({ status, text: '<html>Bad things</html>' });
      const error = await accountErrorOf(adapter.getAccount());
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
    });
  }

  it('takes the code from a problem body over the status', async () => {
    const { adapter } = adapterAnswering({
      status: 422,
      json: { title: 'Wrong code', status: 422, code: 'verification_failed', attemptsLeft: 2 },
    });
    const error = await accountErrorOf(
      adapter.confirmPhoneChange({ verificationId: 'ver_1', code: '000000' }),
    );
    expect(error.code).to.equal('verification_failed');
    expect(error.attemptsLeft).to.equal(2);
    expect(error.message).to.equal('Wrong code');
  });

  it('ignores a problem code outside the closed set', async () => {
    const { adapter } = adapterAnswering({
      status: 404,
      json: { title: 'Gone', status: 404, code: 'no_such_thing' },
    });
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('not_found');
  });

  it('treats 409 and 412 as conflict whatever the body says', async () => {
    const { adapter } = adapterAnswering(
      { status: 412, json: { title: 'Stale', status: 412, code: 'validation' } },
      { status: 409, json: { title: 'Taken', status: 409, code: 'forbidden' } },
    );
    expect((await accountErrorOf(adapter.updateProfile({ name: 'Ada' }))).code).to.equal('conflict');
    expect((await accountErrorOf(adapter.updateProfile({ name: 'Ada' }))).code).to.equal('conflict');
  });

  it('puts problem field errors on fields, first one per field', async () => {
    const { adapter } = adapterAnswering({
      status: 422,
      json: {
        title: 'Invalid',
        status: 422,
        code: 'validation',
        errors: [
          { field: 'username', code: 'username_taken', message: 'Someone has it' },
          { field: 'username', code: 'too_long' },
          { field: 'name', code: 'required' },
        ],
      },
    });
    const error = await accountErrorOf(adapter.updateProfile({ name: 'Ada', username: 'ada' }));
    expect(error.code).to.equal('validation');
    expect(error.fields).to.deep.equal({
      username: { code: 'username_taken', message: 'Someone has it' },
      name: { code: 'required' },
    });
  });

  it('gives reverification_required with the methods the backend accepts', async () => {
    const { adapter } = adapterAnswering({
      status: 403,
      json: {
        title: 'Prove it',
        status: 403,
        code: 'reverification_required',
        methods: ['password', 'retina', 'sms'],
      },
    });
    const error = await accountErrorOf(adapter.regenerateApiKey());
    expect(error.code).to.equal('reverification_required');
    expect(error.reverificationMethods).to.deep.equal(['password', 'sms']);
    expect(error.status).to.equal(403);
  });

  it('reads retryAfter from a Retry-After header in seconds', async () => {
    const { adapter, requests } = adapterAnswering({
      status: 429,
      headers: { 'Retry-After': '30' },
      json: { title: 'Slow down', status: 429, code: 'rate_limited' },
    });
    const error = await accountErrorOf(adapter.startPhoneChange({ phone: '+15555550199' }));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(30);
    expect(error.retryable).to.equal(true);
    expect(requests).to.have.length(1);
  });

  it('reads retryAfter from a Retry-After HTTP date', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const { adapter } = adapterAnswering({ status: 429, headers: { 'Retry-After': inAMinute } });
    const error = await accountErrorOf(adapter.startPasswordReset());
    expect(error.retryAfter).to.be.within(58, 60);
  });

  it('falls back to the body retryAfter without the header', async () => {
    const { adapter } = adapterAnswering({
      status: 429,
      json: { title: 'Slow down', status: 429, code: 'rate_limited', retryAfter: 12 },
    });
    const error = await accountErrorOf(adapter.resendVerification('ver_1'));
    expect(error.retryAfter).to.equal(12);
  });

  it('keeps the details that fit when one problem extension is malformed', async () => {
    const { adapter } = adapterAnswering({
      status: 422,
      json: { title: 'Wrong', status: 422, code: 'verification_failed', attemptsLeft: 'two', errors: 'nope' },
    });
    const error = await accountErrorOf(adapter.confirmEmailChange('tok'));
    expect(error.code).to.equal('verification_failed');
    expect(error.attemptsLeft).to.equal(undefined);
    expect(error.fields).to.deep.equal({});
  });

  it('keeps a field error whose bounds are malformed, with the bounds that fit', async () => {
    const { adapter } = adapterAnswering({
      status: 422,
      json: {
        title: 'Wrong',
        status: 422,
        code: 'validation',
        errors: [{ field: 'name', code: 'too_long', min: -1, max: 80, extra: true }],
      },
    });
    const error = await accountErrorOf(adapter.updateProfile({ name: 'Ada', username: 'ada' }));
    expect(error.fields).to.deep.equal({ name: { code: 'too_long', max: 80 } });
  });

  it('does not map a 2xx to an error', async () => {
    const { adapter } = adapterAnswering({ status: 201, json: ACCOUNT });
    expect(await adapter.getAccount()).to.deep.equal(ACCOUNT);
  });
});
