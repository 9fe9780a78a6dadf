import { expect } from '@open-wc/testing';
import { getResponse, type HttpHandler } from 'msw';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { ROUTES, type ProblemBody } from '../../src/api/index.js';
import { tinyPng } from '../support/images.js';

/** The mock API answered in-process, without a service worker: the handlers are plain functions. */
function api(adapter: MemoryAdapter, baseUrl = '/api') {
  const handlers: HttpHandler[] = createHandlers(adapter, { baseUrl });
  const root = (baseUrl.startsWith('http') ? baseUrl : `${location.origin}${baseUrl}`).replace(/\/+$/, '');
  return async (
    method: string,
    path: string,
    init: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
  ) => {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const response = await getResponse(handlers, new Request(`${root}${path}`, { method, headers, body }));
    if (!response) throw new Error(`no handler for ${method} ${path}`);
    return response;
  };
}

async function problem(response: Response): Promise<ProblemBody> {
  expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
  return (await response.json()) as ProblemBody;
}

describe('mock API handlers', () => {
  it('serves one handler per route', () => {
    expect(createHandlers(new MemoryAdapter())).to.have.length(Object.keys(ROUTES).length);
  });

  it('answers a versioned read with its ETag, and refuses a stale If-Match with 412', async () => {
    const adapter = new MemoryAdapter();
    const call = api(adapter);
    const read = await call('GET', '/account');
    expect(read.status).to.equal(200);
    const etag = read.headers.get('ETag')!;
    expect(etag).to.equal(adapter.etag('/account'));

    const saved = await call('PATCH', '/account', {
      json: { name: 'Ada King' },
      headers: { 'If-Match': etag },
    });
    expect(saved.status).to.equal(200);
    expect(saved.headers.get('ETag')).to.not.equal(etag);
    expect((await saved.json()).name).to.equal('Ada King');

    const stale = await call('PATCH', '/account', {
      json: { name: 'Ada Byron' },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).to.equal(412);
    expect((await problem(stale)).code).to.equal('conflict');
    expect((await adapter.getAccount()).name).to.equal('Ada King');
  });

  it('tags other answers that carry the whole account with its ETag', async () => {
    const adapter = new MemoryAdapter();
    const response = await api(adapter)('DELETE', '/account/email/pending');
    expect(response.headers.get('ETag')).to.equal(adapter.etag('/account'));
  });

  it('turns field errors into a problem body', async () => {
    const adapter = new MemoryAdapter();
    const response = await api(adapter)('PATCH', '/account', {
      json: { username: 'grace' },
      headers: { 'If-Match': adapter.etag('/account') },
    });
    expect(response.status).to.equal(422);
    const body = await problem(response);
    expect(body).to.include({ code: 'validation', status: 422 });
    expect(body.errors).to.deep.include({
      field: 'username',
      code: 'username_taken',
      message: 'username_taken',
    });
  });

  it('sends Retry-After with rate_limited, methods with reverification_required, attemptsLeft with verification_failed', async () => {
    const adapter = new MemoryAdapter({ reverify: ['revealApiKey'] });
    const call = api(adapter);
    const sent = (await (
      await call('POST', '/account/phone/verifications', { json: { phone: '+14155550199' } })
    ).json()) as { id: string };

    const tooSoon = await call('POST', `/verifications/${sent.id}/resend`);
    expect(tooSoon.status).to.equal(429);
    expect(tooSoon.headers.get('Retry-After')).to.equal('30');
    expect((await problem(tooSoon)).retryAfter).to.equal(30);

    const guarded = await call('POST', '/api-key/reveal');
    expect(guarded.status).to.equal(403);
    expect((await problem(guarded)).methods).to.deep.equal(['password', 'sms']);

    const right = adapter.lastMessage('phone_change')!.secret;
    const wrong = await call('POST', `/account/phone/verifications/${sent.id}/confirm`, {
      json: { code: right === '000000' ? '111111' : '000000' },
    });
    expect(await problem(wrong)).to.include({ code: 'verification_failed', attemptsLeft: 4 });
  });

  it('passes Idempotency-Key and Reverification-Token to the adapter', async () => {
    const adapter = new MemoryAdapter({ reverify: ['regenerateApiKey'] });
    const call = api(adapter);
    const headers = { 'Idempotency-Key': 'k1' };
    expect((await call('POST', '/api-key/regenerate', { headers })).status).to.equal(403);
    const { token } = await adapter.completeReverification({
      method: 'password',
      password: 'correct horse 1',
      operation: 'regenerateApiKey',
    });
    const first = await call('POST', '/api-key/regenerate', {
      headers: { ...headers, 'Reverification-Token': token },
    });
    const replay = await call('POST', '/api-key/regenerate', {
      headers: { ...headers, 'Reverification-Token': token },
    });
    expect(await replay.json()).to.deep.equal(await first.json());
    const withoutCheck = await call('POST', '/api-key/regenerate', { headers });
    expect((await problem(withoutCheck)).code).to.equal('reverification_required');
  });

  it('answers 204 for void methods and 400 for a body that is not JSON', async () => {
    const call = api(new MemoryAdapter({ reverify: [] }));
    expect((await call('POST', '/account/deletion', { json: { confirmation: 'ada' } })).status).to.equal(204);
    const broken = await api(new MemoryAdapter())('POST', '/plan/checkout', {
      body: '{not json',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).to.equal(400);
    expect((await problem(broken)).code).to.equal('validation');
  });

  it('takes the avatar as raw bytes and reads the username from the query', async () => {
    const call = api(new MemoryAdapter());
    const png = tinyPng();
    const uploaded = await call('PUT', '/account/avatar', {
      body: png,
      headers: { 'Content-Type': 'image/png' },
    });
    expect((await uploaded.json()).avatarUrl).to.match(/^blob:/);
    const availability = await call('GET', '/account/username-availability?username=Grace');
    expect(await availability.json()).to.deep.equal({
      username: 'grace',
      available: false,
      reason: 'username_taken',
    });
  });

  it('refuses an update without If-Match with 428, before changing anything', async () => {
    const adapter = new MemoryAdapter();
    const response = await api(adapter)('PATCH', '/account', { json: { name: 'Blind Write' } });
    expect(response.status).to.equal(428);
    expect((await problem(response)).code).to.equal('precondition_required');
    expect(adapter.etag('/account')).to.equal('"1"');
  });

  it('names the operation an identity check is for', async () => {
    const response = await api(new MemoryAdapter())('POST', '/api-key/reveal');
    expect(await problem(response)).to.include({
      code: 'reverification_required',
      operation: 'revealApiKey',
    });
  });

  it('marks answers that carry a secret no-store, and only those', async () => {
    const call = api(new MemoryAdapter({ reverify: [] }));
    const reveal = await call('POST', '/api-key/reveal');
    expect(reveal.headers.get('Cache-Control')).to.equal('no-store');
    const token = await call('POST', '/reverifications', {
      json: { method: 'password', password: 'correct horse 1', operation: 'revealApiKey' },
    });
    expect(token.headers.get('Cache-Control')).to.equal('no-store');
    expect((await call('GET', '/api-key')).headers.get('Cache-Control')).to.equal(null);
  });

  it('passes the limits of a length rule on with the field error', async () => {
    const adapter = new MemoryAdapter();
    const response = await api(adapter)('PATCH', '/account', {
      json: { name: 'x'.repeat(81) },
      headers: { 'If-Match': adapter.etag('/account') },
    });
    expect((await problem(response)).errors).to.deep.include({
      field: 'name',
      code: 'too_long',
      message: 'too_long',
      max: 80,
    });
  });

  it('serves an absolute base URL', async () => {
    const call = api(new MemoryAdapter(), 'https://api.example.com/v1/');
    const response = await call('GET', '/plans');
    expect(response.status).to.equal(200);
    expect(await response.json()).to.have.length(4);
  });
});
