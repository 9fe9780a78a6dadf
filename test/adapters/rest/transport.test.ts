import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { RestAdapter, type RestAdapterOptions } from '../../../src/adapters/rest/index.js';
import { MAX_RESPONSE_BYTES } from '../../../src/adapters/rest/body.js';
import { useMockApi } from '../../support/mock-api.js';
import {
  ACCOUNT,
  API_KEY_INFO,
  API_KEY_SECRET,
  REVERIFICATION_TOKEN,
  VERIFICATION,
  VOICE,
} from './fixtures.js';
import { fakeFetch, type Answer } from './fake-fetch.js';
import { accountErrorOf } from './rejection.js';

function setup(answers: Answer[], options: Partial<RestAdapterOptions> = {}) {
  const fake = fakeFetch(answers);
  const adapter = new RestAdapter({ baseUrl: '/api', retries: 0, ...options, fetch: fake.fetch });
  return { adapter, requests: fake.requests };
}

const CHUNK_BYTES = 64 * 1024;

/**
 * A JSON-typed answer whose body is `total` bytes of spaces, made one chunk per read (no read-ahead),
 * so a huge body costs nothing unless it is read, and `progress` shows how far the reader went.
 */
function lazyAnswer(total: number, status = 200) {
  const chunk = new Uint8Array(CHUNK_BYTES).fill(0x20);
  const progress = { produced: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (progress.produced >= total) {
          controller.close();
          return;
        }
        progress.produced += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        progress.cancelled = true;
      },
    },
    new CountQueuingStrategy({ highWaterMark: 0 }),
  );
  const response = new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  return { response, progress };
}

/** What a browser's fetch hands back for a redirect under `redirect: 'manual'`: status 0, no headers. */
function opaqueRedirect(): Response {
  const response = new Response(null);
  Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 } });
  return response;
}

describe('RestAdapter redirects', () => {
  it('asks fetch to refuse redirects on every request, whatever the method', async () => {
    const { adapter, requests } = setup([
      { json: ACCOUNT },
      { json: ACCOUNT },
      { json: VOICE },
      { json: ACCOUNT },
      { status: 204 },
    ]);
    await adapter.getAccount();
    await adapter.updateProfile({ name: 'Ada' });
    await adapter.updateVoiceSettings(VOICE);
    await adapter.removeAvatar();
    await adapter.completePasswordReset({
      verificationId: 'ver_1',
      code: '123456',
      newPassword: 'correct horse 1',
    });
    expect(requests.map((request) => request.method)).to.deep.equal([
      'GET',
      'PATCH',
      'PUT',
      'DELETE',
      'POST',
    ]);
    expect(requests.map((request) => request.redirect)).to.deep.equal(Array(5).fill('error'));
  });

  it('turns a 307 handed back anyway into invalid_response, without reading its body or following it', async () => {
    const { adapter, requests } = setup([
      {
        status: 307,
        headers: { Location: 'https://collector.example/reset' },
        json: { title: 'Sign in', status: 401, code: 'unauthorized' },
      },
    ]);
    const error = await accountErrorOf(
      adapter.completePasswordReset({
        verificationId: 'ver_1',
        code: '123456',
        newPassword: 'correct horse 1',
      }),
    );
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(307);
    expect(requests.map((request) => request.url)).to.deep.equal(['/api/account/password/reset']);
  });

  it('turns an opaque redirect into invalid_response and does not retry it', async () => {
    const { adapter, requests } = setup([opaqueRedirect(), { json: ACCOUNT }], { retries: 2 });
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(requests).to.have.length(1);
  });

  describe('with the browser fetch', () => {
    const collected: string[] = [];

    beforeEach(async () => {
      collected.length = 0;
      await useMockApi([
        http.post(
          '/api/account/password/reset',
          () => new HttpResponse(null, { status: 307, headers: { Location: '/collector/reset' } }),
        ),
        http.post('/collector/reset', async ({ request }) => {
          collected.push(await request.text());
          return new HttpResponse(null, { status: 204 });
        }),
      ]);
    });

    it('fails with network, and the body (a password) never reaches the Location', async () => {
      const adapter = new RestAdapter({ baseUrl: '/api', retries: 0 });
      const error = await accountErrorOf(
        adapter.completePasswordReset({
          verificationId: 'ver_1',
          code: '123456',
          newPassword: 'correct horse 1',
        }),
      );
      expect(error.code).to.equal('network');
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(collected).to.deep.equal([]);
    });
  });
});

describe('RestAdapter body limit', () => {
  it(`reads a body of exactly ${MAX_RESPONSE_BYTES} bytes`, async () => {
    const json = JSON.stringify(ACCOUNT);
    const padded = json + ' '.repeat(MAX_RESPONSE_BYTES - new TextEncoder().encode(json).byteLength);
    const { adapter } = setup([{ text: padded, headers: { 'Content-Type': 'application/json' } }]);
    expect(await adapter.getAccount()).to.deep.equal(ACCOUNT);
  });

  it('refuses a body one byte over the limit with invalid_response', async () => {
    const json = JSON.stringify(ACCOUNT);
    const padded = json + ' '.repeat(MAX_RESPONSE_BYTES + 1 - new TextEncoder().encode(json).byteLength);
    const { adapter } = setup([{ text: padded, headers: { 'Content-Type': 'application/json' } }]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(200);
  });

  it('stops reading a 300 MB answer just past the limit and cancels the rest', async () => {
    const { response, progress } = lazyAnswer(300 * 1024 * 1024);
    const { adapter } = setup([response]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(progress.produced).to.be.at.most(MAX_RESPONSE_BYTES + 2 * CHUNK_BYTES);
    expect(progress.cancelled).to.equal(true);
  });

  it('drops an error body over the limit but keeps what the status says', async () => {
    const { response, progress } = lazyAnswer(300 * 1024 * 1024, 404);
    const { adapter } = setup([response]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('not_found');
    expect(error.message).to.equal('HTTP 404');
    expect(progress.produced).to.be.at.most(MAX_RESPONSE_BYTES + 2 * CHUNK_BYTES);
    expect(progress.cancelled).to.equal(true);
  });
});

describe('RestAdapter content type', () => {
  it('refuses a 200 labelled text/html even when its body would parse', async () => {
    const { adapter } = setup([{ text: JSON.stringify(ACCOUNT), headers: { 'Content-Type': 'text/html' } }]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(200);
  });

  it('refuses a 2xx body with no Content-Type, also where no body is expected', async () => {
    const untyped = (): Response => new Response(new Blob([JSON.stringify(ACCOUNT)]));
    expect(untyped().headers.has('Content-Type')).to.equal(false);
    const { adapter } = setup([untyped(), untyped()]);
    expect((await accountErrorOf(adapter.getAccount())).code).to.equal('invalid_response');
    expect((await accountErrorOf(adapter.deleteAccount('ada'))).code).to.equal('invalid_response');
  });

  it('takes application/json with parameters, in any case, and application/*+json', async () => {
    const types = [
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/vnd.example.account+json',
    ];
    const { adapter } = setup(
      types.map((type) => ({ text: JSON.stringify(ACCOUNT), headers: { 'Content-Type': type } })),
    );
    for (const type of types) expect(await adapter.getAccount(), type).to.deep.equal(ACCOUNT);
  });

  it('takes an empty answer where no body is expected, with or without a type', async () => {
    const { adapter } = setup([{ status: 204 }, { status: 200, text: '' }]);
    expect(await adapter.deleteAccount('ada')).to.equal(undefined);
    expect(await adapter.deleteAccount('ada')).to.equal(undefined);
  });
});

describe('RestAdapter server errors', () => {
  it('never takes a 5xx code or message from its body', async () => {
    const { adapter } = setup([
      {
        status: 500,
        json: {
          title: 'Forbidden',
          status: 500,
          code: 'forbidden',
          detail: 'SQL error near "password_hash" in SELECT * FROM users',
          errors: [{ field: 'name', code: 'required', message: 'column "name" is null' }],
        },
      },
    ]);
    const error = await accountErrorOf(adapter.updateProfile({ name: 'Ada' }));
    expect(error.code).to.equal('network');
    expect(error.message).to.equal('HTTP 500');
    expect(error.fields).to.deep.equal({});
    expect(error.status).to.equal(500);
  });

  it('maps a 5xx by its status alone and still honours Retry-After on 503', async () => {
    const { adapter } = setup([
      { status: 501, json: { title: 'Nope', status: 501, code: 'not_found', detail: 'stack trace' } },
      {
        status: 503,
        headers: { 'Retry-After': '7' },
        json: { title: 'Busy', status: 503, code: 'validation', detail: 'pool exhausted' },
      },
    ]);
    const unsupported = await accountErrorOf(adapter.startPasswordReset());
    expect(unsupported.code).to.equal('unsupported');
    expect(unsupported.message).to.equal('HTTP 501');
    const busy = await accountErrorOf(adapter.startPasswordReset());
    expect(busy.code).to.equal('network');
    expect(busy.message).to.equal('HTTP 503');
    expect(busy.retryAfter).to.equal(7);
  });
});

describe('RestAdapter ids in paths', () => {
  const unsafe = [
    '..',
    '.',
    '...',
    '.hidden',
    'ver/1',
    'ver?x=1',
    'ver#1',
    '%2e%2e',
    'ver 1',
    'v'.repeat(129),
  ];

  for (const id of unsafe) {
    it(`refuses ${JSON.stringify(id.length > 20 ? `${id.slice(0, 8)}… (${id.length})` : id)} without sending anything`, async () => {
      const { adapter, requests } = setup([{ json: VERIFICATION }, { json: ACCOUNT }]);
      const resend = await accountErrorOf(adapter.resendVerification(id));
      expect(resend.code).to.equal('validation');
      expect(resend.fields.verificationId?.code).to.equal('invalid_format');
      const confirm = await accountErrorOf(
        adapter.confirmPhoneChange({ verificationId: id, code: '123456' }),
      );
      expect(confirm.fields.verificationId?.code).to.equal('invalid_format');
      expect(requests).to.have.length(0);
    });
  }

  it('sends opaque tokens of unreserved characters as they are', async () => {
    const longest = 'v'.repeat(128);
    const { adapter, requests } = setup([{ json: VERIFICATION }, { json: ACCOUNT }]);
    await adapter.resendVerification('ver_1.a~b-c');
    await adapter.confirmPhoneChange({ verificationId: longest, code: '123456' });
    expect(requests.map((request) => request.url)).to.deep.equal([
      '/api/verifications/ver_1.a~b-c/resend',
      `/api/account/phone/verifications/${longest}/confirm`,
    ]);
  });
});

describe('RestAdapter ETag of a refused update', () => {
  const stale = { title: 'Stale', status: 412, code: 'conflict' };

  it('sends the ETag of a 412 as If-Match on the next update', async () => {
    const { adapter, requests } = setup([
      { json: ACCOUNT, headers: { ETag: '"v1"' } },
      { status: 412, json: stale, headers: { ETag: '"v2"' } },
      { json: ACCOUNT },
    ]);
    await adapter.getAccount();
    expect((await accountErrorOf(adapter.updateProfile({ name: 'Ada' }))).code).to.equal('conflict');
    await adapter.updateProfile({ name: 'Ada' });
    expect(requests.map((request) => request.headers.get('If-Match'))).to.deep.equal([null, '"v1"', '"v2"']);
  });

  it('keeps the last version when the 412 has no ETag, and touches no other resource', async () => {
    const { adapter, requests } = setup([
      { json: ACCOUNT, headers: { ETag: '"account-1"' } },
      { json: VOICE, headers: { ETag: '"voice-1"' } },
      { status: 412, json: stale },
      { status: 412, json: stale, headers: { ETag: '"voice-2"' } },
      { json: ACCOUNT },
      { json: VOICE },
    ]);
    await adapter.getAccount();
    await adapter.getVoiceSettings();
    await accountErrorOf(adapter.updateProfile({ name: 'Ada' }));
    await accountErrorOf(adapter.updateVoiceSettings(VOICE));
    await adapter.updateProfile({ name: 'Ada' });
    await adapter.updateVoiceSettings(VOICE);
    expect(requests.slice(4).map((request) => request.headers.get('If-Match'))).to.deep.equal([
      '"account-1"',
      '"voice-2"',
    ]);
  });
});

describe('RestAdapter secret answers', () => {
  it('asks for no caching of the API key and reverification tokens, and only of those', async () => {
    const { adapter, requests } = setup([
      { json: API_KEY_SECRET },
      { json: API_KEY_SECRET },
      { json: REVERIFICATION_TOKEN },
      { json: API_KEY_INFO },
      { json: ACCOUNT },
      { json: VERIFICATION },
    ]);
    await adapter.revealApiKey();
    await adapter.regenerateApiKey();
    await adapter.completeReverification({ method: 'password', password: 'correct horse 1' });
    await adapter.getApiKey();
    await adapter.getAccount();
    await adapter.startReverification();
    expect(requests.map((request) => request.cache)).to.deep.equal([
      'no-store',
      'no-store',
      'no-store',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
