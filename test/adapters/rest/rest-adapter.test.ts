import { expect } from '@open-wc/testing';
import { RestAdapter, type RestAdapterOptions } from '../../../src/adapters/rest/index.js';
import { AVATAR_MAX_BYTES } from '../../../src/api/index.js';
import { ACCOUNT, MESSAGES, NOTIFICATIONS, VERIFICATION, VOICE, pngBlob } from './fixtures.js';
import { fakeFetch, type Answer } from './fake-fetch.js';
import { accountErrorOf } from './rejection.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setup(answers: Answer[], options: Partial<RestAdapterOptions> = {}) {
  const fake = fakeFetch(answers);
  const adapter = new RestAdapter({ baseUrl: '/api', retries: 0, ...options, fetch: fake.fetch });
  return { adapter, requests: fake.requests };
}

describe('RestAdapter addresses in answers', () => {
  const addressed = (url: string) => ({ json: { ...ACCOUNT, avatarUrl: url } });

  it('takes https, the page’s own origin and loopback addresses, made absolute', async () => {
    for (const [given, expected] of [
      ['https://cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
      ['/files/a.png', new URL('/files/a.png', location.href).href],
      [`${location.origin}/b.png`, `${location.origin}/b.png`],
      ['http://127.0.0.1:8787/files/c.png', 'http://127.0.0.1:8787/files/c.png'],
      ['http://localhost:9999/d.png', 'http://localhost:9999/d.png'],
    ]) {
      const { adapter } = setup([addressed(given!)]);
      expect((await adapter.getAccount()).avatarUrl, given).to.equal(expected);
    }
  });

  it('refuses script, data and plain-http addresses elsewhere as an invalid answer', async () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'http://pictures.example.com/a.png',
      'ftp://example.com/a.png',
    ]) {
      const { adapter } = setup([addressed(url)]);
      expect((await accountErrorOf(adapter.getAccount())).code, url).to.equal('invalid_response');
    }
  });

  it('checks the checkout, the sales chat and the greeting too', async () => {
    const checkout = setup([{ json: { url: 'javascript:alert(document.cookie)' } }]);
    const refused = await accountErrorOf(checkout.adapter.startCheckout('business'));
    expect(refused.code).to.equal('invalid_response');
    const greeting = {
      ...VOICE,
      voicemail: {
        ...VOICE.voicemail,
        greeting: { mode: 'audio', text: '', audioUrl: 'data:audio/mpeg;base64,AA' },
      },
    };
    const voice = setup([{ json: greeting }]);
    expect((await accountErrorOf(voice.adapter.getVoiceSettings())).code).to.equal('invalid_response');
  });
});

describe('RestAdapter requests', () => {
  it('joins the base URL and the route with one slash, trailing slash or not', async () => {
    for (const baseUrl of ['https://api.example.com/v1', 'https://api.example.com/v1/']) {
      const { adapter, requests } = setup([{ json: ACCOUNT }], { baseUrl });
      await adapter.getAccount();
      expect(requests[0]?.url).to.equal('https://api.example.com/v1/account');
    }
    const { adapter, requests } = setup([{ json: VERIFICATION }]);
    await adapter.resendVerification('ver_1');
    expect(requests[0]?.url).to.equal('/api/verifications/ver_1/resend');
    expect(requests[0]?.method).to.equal('POST');
  });

  it('refuses an id with a slash instead of sending it encoded', async () => {
    const { adapter, requests } = setup([{ json: VERIFICATION }]);
    const error = await accountErrorOf(adapter.resendVerification('ver/1'));
    expect(error.code).to.equal('validation');
    expect(error.fields.verificationId?.code).to.equal('invalid_format');
    expect(requests).to.have.length(0);
  });

  it('sends a bearer token from getToken, asked again for every request', async () => {
    let token = 'first';
    const { adapter, requests } = setup([{ json: ACCOUNT }, { json: ACCOUNT }], {
      getToken: async () => token,
    });
    await adapter.getAccount();
    token = 'refreshed';
    await adapter.getAccount();
    expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal([
      'Bearer first',
      'Bearer refreshed',
    ]);
  });

  it('sends no Authorization when there is no token', async () => {
    const { adapter, requests } = setup([{ json: ACCOUNT }], { getToken: () => null });
    await adapter.getAccount();
    expect(requests[0]?.headers.has('Authorization')).to.equal(false);
  });

  it('fails with unauthorized and sends nothing when getToken throws', async () => {
    const { adapter, requests } = setup([], {
      getToken: () => {
        throw new Error('refresh failed');
      },
    });
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('unauthorized');
    expect(requests).to.have.length(0);
  });

  it('passes credentials and the host headers, static or per request', async () => {
    let calls = 0;
    const { adapter, requests } = setup([{ json: ACCOUNT }], {
      credentials: 'include',
      headers: () => ({ 'X-Tenant': `t${++calls}`, Accept: 'text/html' }),
    });
    await adapter.getAccount();
    expect(requests[0]?.credentials).to.equal('include');
    expect(requests[0]?.headers.get('X-Tenant')).to.equal('t1');
    // The contract's own headers win over the host's.
    expect(requests[0]?.headers.get('Accept')).to.equal('application/json');

    const second = setup([{ json: ACCOUNT }], { headers: { 'X-Static': 'yes' } });
    await second.adapter.getAccount();
    expect(second.requests[0]?.headers.get('X-Static')).to.equal('yes');
    expect(second.requests[0]?.credentials).to.equal(undefined);
  });

  it('sends validated input as JSON', async () => {
    const { adapter, requests } = setup([{ json: ACCOUNT }]);
    await adapter.updateProfile({ name: '  Ada  ', username: ' Ada.L ' });
    expect(requests[0]?.method).to.equal('PATCH');
    expect(requests[0]?.url).to.equal('/api/account');
    expect(requests[0]?.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(String(requests[0]?.body))).to.deep.equal({ name: 'Ada', username: 'ada.l' });
  });

  it('asks for username availability with a query parameter', async () => {
    const { adapter, requests } = setup([{ json: { username: 'ada.l', available: true } }]);
    const result = await adapter.checkUsername('Ada.L');
    expect(requests[0]?.url).to.equal('/api/account/username-availability?username=ada.l');
    expect(result).to.deep.equal({ username: 'ada.l', available: true });
  });

  it('uploads the avatar as the raw body with its own type', async () => {
    const image = pngBlob();
    const { adapter, requests } = setup([{ json: { ...ACCOUNT, avatarUrl: '/a.png' } }]);
    const updated = await adapter.uploadAvatar(image);
    expect(requests[0]?.method).to.equal('PUT');
    expect(requests[0]?.url).to.equal('/api/account/avatar');
    expect(requests[0]?.body).to.equal(image);
    expect(requests[0]?.headers.get('Content-Type')).to.equal('image/png');
    // A relative address is read against the API's base, where the backend meant it.
    expect(updated.avatarUrl).to.equal(new URL('/a.png', location.href).href);
  });

  it('sends an avatar with the type its bytes show, not the one it declares', async () => {
    const { adapter, requests } = setup([{ json: ACCOUNT }]);
    await adapter.uploadAvatar(pngBlob(''));
    expect(requests[0]?.headers.get('Content-Type')).to.equal('image/png');
    expect(requests[0]?.body).to.be.instanceOf(Blob);
  });

  it('resolves void methods on 204', async () => {
    const { adapter, requests } = setup([{ status: 204 }]);
    const result = await adapter.completePasswordReset({
      verificationId: 'ver_1',
      code: '123456',
      newPassword: 'correct horse 1',
    });
    expect(result).to.equal(undefined);
    expect(requests[0]?.url).to.equal('/api/account/password/reset');
    expect(JSON.parse(String(requests[0]?.body))).to.deep.equal({
      verificationId: 'ver_1',
      code: '123456',
      newPassword: 'correct horse 1',
    });
  });
});

describe('RestAdapter idempotency and reverification headers', () => {
  it('puts a fresh Idempotency-Key on every POST, and none on other methods', async () => {
    const { adapter, requests } = setup([{ json: VERIFICATION }, { json: VERIFICATION }, { json: ACCOUNT }]);
    await adapter.startPhoneChange({ phone: '+15555550199' });
    await adapter.startPhoneChange({ phone: '+15555550199' });
    await adapter.getAccount();
    const [first, second, read] = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(first).to.match(UUID);
    expect(second).to.match(UUID);
    expect(first).to.not.equal(second);
    expect(read).to.equal(null);
  });

  it('sends the given Idempotency-Key and Reverification-Token', async () => {
    const { adapter, requests } = setup([{ status: 204 }]);
    await adapter.deleteAccount('ada', { idempotencyKey: 'key-1', reverificationToken: 'rt-1' });
    expect(requests[0]?.headers.get('Idempotency-Key')).to.equal('key-1');
    expect(requests[0]?.headers.get('Reverification-Token')).to.equal('rt-1');
    expect(JSON.parse(String(requests[0]?.body))).to.deep.equal({ confirmation: 'ada' });
  });
});

describe('RestAdapter ETags', () => {
  it('sends no If-Match before any ETag was seen', async () => {
    const { adapter, requests } = setup([{ json: NOTIFICATIONS }]);
    await adapter.updateNotificationSettings({ voicemails: true });
    expect(requests[0]?.headers.has('If-Match')).to.equal(false);
  });

  it('sends the last ETag of the resource as If-Match on its update', async () => {
    const { adapter, requests } = setup([
      { json: ACCOUNT, headers: { ETag: '"v1"' } },
      { json: ACCOUNT, headers: { ETag: '"v2"' } },
      { json: ACCOUNT },
      { json: ACCOUNT },
    ]);
    await adapter.getAccount();
    await adapter.updateProfile({ name: 'Ada' });
    await adapter.updateProfile({ name: 'Ada B' });
    await adapter.updateProfile({ name: 'Ada C' });
    expect(requests.map((request) => request.headers.get('If-Match'))).to.deep.equal([
      null,
      '"v1"',
      '"v2"',
      '"v2"',
    ]);
  });

  it('keeps one ETag per resource', async () => {
    const { adapter, requests } = setup([
      { json: ACCOUNT, headers: { ETag: '"account"' } },
      { json: VOICE, headers: { ETag: '"voice"' } },
      { json: MESSAGES },
      { json: VOICE },
    ]);
    await adapter.getAccount();
    await adapter.getVoiceSettings();
    await adapter.updateMessageSettings(MESSAGES);
    await adapter.updateVoiceSettings(VOICE);
    expect(requests[2]?.headers.has('If-Match')).to.equal(false);
    expect(requests[3]?.headers.get('If-Match')).to.equal('"voice"');
  });

  it('takes a new account ETag from other methods that answer with the account', async () => {
    const image = pngBlob();
    const { adapter, requests } = setup([
      { json: ACCOUNT, headers: { ETag: '"v1"' } },
      { json: ACCOUNT, headers: { ETag: '"v2"' } },
      { json: ACCOUNT },
      { json: ACCOUNT },
    ]);
    await adapter.getAccount();
    await adapter.uploadAvatar(image);
    // No ETag on this answer: the last one known stays.
    await adapter.removeAvatar();
    await adapter.updateProfile({ name: 'Ada' });
    expect(requests[1]?.headers.has('If-Match')).to.equal(false);
    expect(requests[3]?.headers.get('If-Match')).to.equal('"v2"');
  });
});

describe('RestAdapter parsing', () => {
  it('rejects malformed JSON on a 200 with invalid_response', async () => {
    const { adapter } = setup([{ text: '{"id": "acc_1",', headers: { 'Content-Type': 'application/json' } }]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(error.cause).to.be.instanceOf(SyntaxError);
  });

  it('rejects a body that breaks the schema with invalid_response and the issues', async () => {
    const { adapter } = setup([{ json: { ...ACCOUNT, role: 'owner', createdAt: 'yesterday' } }]);
    const error = await accountErrorOf(adapter.getAccount());
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(200);
    expect(error.cause).to.be.an('array').with.length.greaterThan(0);
  });

  it('rejects an empty 2xx where data was promised', async () => {
    const { adapter } = setup([{ status: 204 }]);
    const error = await accountErrorOf(adapter.getPlan());
    expect(error.code).to.equal('invalid_response');
  });
});

describe('RestAdapter input validation', () => {
  it('rejects bad input with validation and the field, without a request', async () => {
    const { adapter, requests } = setup([]);
    const error = await accountErrorOf(adapter.updateProfile({ username: '9lives' }));
    expect(error.code).to.equal('validation');
    expect(error.fields.username?.code).to.equal('invalid_format');
    const phone = await accountErrorOf(adapter.startPhoneChange({ phone: '555' }));
    expect(phone.fields.phone?.code).to.equal('invalid_phone');
    expect(requests).to.have.length(0);
  });

  it('answers a malformed username as unavailable without a request', async () => {
    const { adapter, requests } = setup([]);
    const result = await adapter.checkUsername('ab');
    expect(result).to.deep.equal({ username: 'ab', available: false, reason: 'too_short' });
    expect(requests).to.have.length(0);
  });

  it('refuses an avatar that is empty, too big or not an image by its bytes, without uploading', async () => {
    const { adapter, requests } = setup([]);
    const empty = await accountErrorOf(adapter.uploadAvatar(new Blob([], { type: 'image/png' })));
    expect(empty.fields.avatar?.code).to.equal('required');
    const huge = new Blob([pngBlob(), new Uint8Array(AVATAR_MAX_BYTES)], { type: 'image/png' });
    expect((await accountErrorOf(adapter.uploadAvatar(huge))).fields.avatar?.code).to.equal('too_long');
    const renamedText = new Blob(['just some text'], { type: 'image/png' });
    const notImage = await accountErrorOf(adapter.uploadAvatar(renamedText));
    expect(notImage.code).to.equal('validation');
    expect(notImage.fields.avatar?.code).to.equal('invalid_format');
    expect(requests).to.have.length(0);
  });
});
