import { expect } from '@open-wc/testing';
import { AccountError, type AccountErrorCode } from '../../../src/api/index.js';
import {
  DEMO_PASSWORD,
  MemoryAdapter,
  type MemoryAdapterOptions,
} from '../../../src/adapters/memory/index.js';
import { canvasImage, gifBytes, tinyPng } from '../../support/images.js';

const MINUTE = 60_000;
const PNG = [...tinyPng()];
const GIF = [...gifBytes()];
function image(bytes: number[] | Uint8Array<ArrayBuffer>, type = ''): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the call to fail');
}

async function expectCode(promise: Promise<unknown>, code: AccountErrorCode): Promise<AccountError> {
  const error = await failure(promise);
  expect(error).to.be.instanceOf(AccountError);
  expect((error as AccountError).code, (error as AccountError).message).to.equal(code);
  return error as AccountError;
}

/** These tests are about other things than the identity check, which is off unless a test asks for it. */
function setup(options: MemoryAdapterOptions = {}) {
  const clock = { now: Date.parse('2026-11-27T10:00:00Z') };
  const adapter = new MemoryAdapter({ now: () => clock.now, reverify: [], ...options });
  return { adapter, clock };
}

const COOLDOWN = 30_000;

describe('MemoryAdapter', () => {
  describe('outbox', () => {
    it('records every SMS and email with its full address and secret, and gives copies', async () => {
      const { adapter } = setup();
      await adapter.startPhoneChange({ phone: '+14155550199' });
      await adapter.startEmailChange('new.address@example.org');
      expect(adapter.outbox.map((message) => [message.channel, message.to, message.purpose])).to.deep.equal([
        ['sms', '+14155550199', 'phone_change'],
        ['email', 'new.address@example.org', 'email_change'],
      ]);
      expect(adapter.lastMessage('phone_change')?.secret).to.match(/^\d{6}$/);
      expect(adapter.lastMessage()?.secret).to.match(/^[A-Za-z0-9_-]{40,}$/);
      adapter.outbox.pop();
      expect(adapter.outbox).to.have.length(2);
    });

    it('announces each message with an outbox event and to subscribers', async () => {
      const { adapter } = setup();
      let events = 0;
      adapter.addEventListener('outbox', () => (events += 1));
      const seen: number[] = [];
      const unsubscribe = adapter.subscribe((outbox) => seen.push(outbox.length));
      await adapter.startPasswordReset();
      unsubscribe();
      await adapter.startReverification();
      expect(events).to.equal(2);
      expect(seen).to.deep.equal([1]);
    });

    it('masks where a code went', async () => {
      const { adapter, clock } = setup();
      expect((await adapter.startPhoneChange({ phone: '+14155550199' })).sentTo).to.equal('+1 ••• ••• 0199');
      clock.now += COOLDOWN;
      expect((await adapter.startPhoneChange({ phone: '+447911123456' })).sentTo).to.equal(
        '+44 ••• ••• 3456',
      );
      expect((await adapter.startEmailChange('new.address@example.org')).sentTo).to.equal('n•••@example.org');
    });
  });

  describe('clock', () => {
    it('ends do not disturb at its time: from then on it reads as off', async () => {
      const { adapter, clock } = setup();
      const voice = await adapter.getVoiceSettings();
      const until = new Date(Date.now() + 60 * MINUTE).toISOString();
      await adapter.updateVoiceSettings({ ...voice, doNotDisturb: { enabled: true, until } });
      clock.now = Date.parse(until) - MINUTE;
      const before = (await adapter.getVoiceSettings()).doNotDisturb;
      expect(before.enabled).to.equal(true);
      expect(Date.parse(before.until ?? '')).to.equal(Date.parse(until));
      clock.now = Date.parse(until);
      expect((await adapter.getVoiceSettings()).doNotDisturb).to.deep.equal({ enabled: false, until: null });
    });

    it('times expiry and the resend cooldown by the injected clock', async () => {
      const { adapter, clock } = setup();
      const sent = await adapter.startPhoneChange({ phone: '+14155550199' });
      expect(sent.expiresAt).to.equal(new Date(clock.now + 10 * MINUTE).toISOString());
      expect((await expectCode(adapter.resendVerification(sent.id), 'rate_limited')).retryAfter).to.equal(30);
      clock.now += 29_500;
      expect((await expectCode(adapter.resendVerification(sent.id), 'rate_limited')).retryAfter).to.equal(1);
      clock.now += 500;
      const resent = await adapter.resendVerification(sent.id);
      expect(resent.expiresAt).to.equal(new Date(clock.now + 10 * MINUTE).toISOString());
    });

    it('lets a resend revive an expired code', async () => {
      const { adapter, clock } = setup();
      const sent = await adapter.startPhoneChange({ phone: '+14155550199' });
      clock.now += 11 * MINUTE;
      await adapter.resendVerification(sent.id);
      const code = adapter.lastMessage('phone_change')!.secret;
      expect((await adapter.confirmPhoneChange({ verificationId: sent.id, code })).phone).to.equal(
        '+14155550199',
      );
    });

    it('ends a reverification token after five minutes', async () => {
      const { adapter, clock } = setup({ reverify: ['revealApiKey'] });
      const { token, expiresAt } = await adapter.completeReverification({
        method: 'password',
        password: DEMO_PASSWORD,
        operation: 'revealApiKey',
      });
      expect(expiresAt).to.equal(new Date(clock.now + 5 * MINUTE).toISOString());
      clock.now += 5 * MINUTE;
      await expectCode(adapter.revealApiKey({ reverificationToken: token }), 'reverification_required');
    });

    it('seeds the billing cycle around now', async () => {
      const { adapter, clock } = setup();
      const plan = await adapter.getPlan();
      expect(Date.parse(plan.cycleStart)).to.be.below(clock.now);
      expect(Date.parse(plan.cycleEnd)).to.be.above(clock.now);
    });
  });

  describe('persistence', () => {
    const key = 'memory-adapter-test';
    const clear = () => {
      for (const stored of Object.keys(localStorage))
        if (stored.startsWith(key)) localStorage.removeItem(stored);
    };
    beforeEach(clear);
    afterEach(clear);

    it('keeps changes, pending verifications and the outbox across instances', async () => {
      const first = new MemoryAdapter({ persist: key, reverify: [] });
      const apiKey = (await first.revealApiKey()).key;
      await first.getAccount();
      await first.updateProfile({ username: 'ada.king' });
      await first.startEmailChange('new.address@example.org');

      const second = new MemoryAdapter({ persist: key, reverify: [] });
      expect((await second.revealApiKey()).key).to.equal(apiKey);
      expect((await second.getAccount()).pendingEmail).to.equal('new.address@example.org');
      const token = second.lastMessage('email_change')!.secret;
      expect((await second.confirmEmailChange(token)).email).to.equal('new.address@example.org');
      expect((await second.getAccount()).username).to.equal('ada.king');
      expect(second.etag('/account')).to.equal('"4"');
    });

    it('brings the profile picture back as a new blob: URL with the same bytes', async () => {
      const first = new MemoryAdapter({ persist: key });
      await first.uploadAvatar(image(PNG));
      const url = (await new MemoryAdapter({ persist: key }).getAccount()).avatarUrl!;
      expect(url).to.match(/^blob:/);
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      expect([...bytes]).to.deep.equal(PNG);
    });

    it('keeps a deleted account deleted', async () => {
      await new MemoryAdapter({ persist: key, reverify: [] }).deleteAccount('ada');
      await expectCode(new MemoryAdapter({ persist: key }).getAccount(), 'unauthorized');
    });

    it('signs in the chosen person on a saved state', async () => {
      const admin = new MemoryAdapter({ persist: key });
      await admin.getAccount();
      await admin.updateProfile({ name: 'Ada King' });
      const member = new MemoryAdapter({ persist: key, user: 'member' });
      expect((await member.getAccount()).username).to.equal('grace');
    });

    it('takes up what another tab saves under its key, keeping its own signed-in person', async () => {
      const here = new MemoryAdapter({ persist: key, reverify: [] });
      await here.startEmailChange('new.address@example.org');
      // What the browser tells every other tab of the origin after one tab's write.
      const saved = () =>
        dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));

      // The link followed in another tab of the demo, on the same saved state.
      const otherTab = new MemoryAdapter({ persist: key, reverify: [] });
      await otherTab.confirmEmailChange(otherTab.lastMessage('email_change')!.secret);
      saved();
      const account = await here.getAccount();
      expect(account.email).to.equal('new.address@example.org');
      expect(account.pendingEmail).to.equal(null);
      expect(here.outbox.map((message) => message.purpose)).to.include('email_changed');

      // A tab signed in as the member saves: this one stays signed in as Ada.
      const memberTab = new MemoryAdapter({ persist: key, reverify: [], user: 'member' });
      await memberTab.getAccount();
      await memberTab.updateProfile({ name: 'Grace B. Hopper' });
      saved();
      expect((await here.getAccount()).username).to.equal('ada');
    });

    it('reset goes back to the seed and forgets the saved state', async () => {
      const adapter = new MemoryAdapter({ persist: key });
      await adapter.getAccount();
      await adapter.updateProfile({ name: 'Ada King' });
      await adapter.startPasswordReset();
      adapter.reset();
      expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
      expect(adapter.outbox).to.deep.equal([]);
      expect((await new MemoryAdapter({ persist: key }).getAccount()).name).to.equal('Ada Lovelace');
    });

    it('writes nothing without a key', async () => {
      const before = localStorage.length;
      const adapter = new MemoryAdapter();
      await adapter.getAccount();
      await adapter.updateProfile({ name: 'Ada King' });
      expect(localStorage.length).to.equal(before);
    });

    it('never saves a password in clear, only a salted hash', async () => {
      const adapter = new MemoryAdapter({ persist: key, reverify: [] });
      await adapter.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'quite another phrase' });
      const saved = Object.keys(localStorage)
        .filter((stored) => stored.startsWith(key))
        .map((stored) => localStorage.getItem(stored) ?? '')
        .join('\n');
      expect(saved).to.not.contain(DEMO_PASSWORD);
      expect(saved).to.not.contain('quite another phrase');
      const hashes = [...saved.matchAll(/pbkdf2-sha256\$\d+\$([^$]+)\$/g)].map((match) => match[1]);
      expect(hashes).to.have.length(2);
      expect(new Set(hashes).size, 'each account has its own salt').to.equal(2);
      const reloaded = new MemoryAdapter({ persist: key });
      const { token } = await reloaded.completeReverification({
        method: 'password',
        password: 'quite another phrase',
        operation: 'revealApiKey',
      });
      expect((await reloaded.revealApiKey({ reverificationToken: token })).key).to.be.a('string');
    });
  });

  describe('fault injection', () => {
    it('fails the next call with the code and details asked for, then recovers', async () => {
      const { adapter } = setup();
      adapter.failNext('rate_limited', { retryAfter: 7 });
      expect((await expectCode(adapter.getPlan(), 'rate_limited')).retryAfter).to.equal(7);
      expect(await adapter.getPlan()).to.be.an('object');
    });

    it('fails only the given method, as many times as asked', async () => {
      const { adapter } = setup();
      adapter.failNext('validation', {
        method: 'updateProfile',
        times: 2,
        fields: { name: { code: 'too_long' } },
      });
      expect(await adapter.getAccount()).to.be.an('object');
      for (let i = 0; i < 2; i++) {
        const error = await expectCode(adapter.updateProfile({ name: 'Ada' }), 'validation');
        expect(error.fields.name?.code).to.equal('too_long');
      }
      expect((await adapter.updateProfile({ name: 'Ada King' })).name).to.equal('Ada King');
    });

    it('gives reverification_required the methods the account can use', async () => {
      const { adapter } = setup({ seed: { admin: { phone: null } } });
      adapter.failNext('reverification_required');
      const error = await expectCode(adapter.getApiKey(), 'reverification_required');
      expect(error.reverificationMethods).to.deep.equal(['password']);
    });

    it('makes the listed methods unsupported', async () => {
      const { adapter } = setup({ unsupported: ['getVoiceSettings'] });
      await expectCode(adapter.getVoiceSettings(), 'unsupported');
      expect(await adapter.getMessageSettings()).to.be.an('object');
    });
  });

  describe('latency and abort', () => {
    it('waits the given latency before answering', async () => {
      const { adapter } = setup({ latency: { min: 40, max: 60 } });
      const start = performance.now();
      await adapter.getAccount();
      expect(performance.now() - start).to.be.at.least(35);
    });

    it('rejects with the signal’s reason when aborted during the wait, and does nothing', async () => {
      const { adapter } = setup({ latency: 5_000 });
      const controller = new AbortController();
      const reason = new DOMException('Left the page', 'AbortError');
      const pending = adapter.updateProfile(
        { name: 'Ada King' },
        { signal: controller.signal, ifMatch: '"1"' },
      );
      controller.abort(reason);
      expect(await failure(pending)).to.equal(reason);
      expect(adapter.etag('/account')).to.equal('"1"');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const { adapter } = setup();
      const controller = new AbortController();
      controller.abort('gone');
      expect(await failure(adapter.startPasswordReset({ signal: controller.signal }))).to.equal('gone');
      expect(adapter.outbox).to.deep.equal([]);
    });
  });

  describe('idempotency', () => {
    it('returns the first result again for a replayed key, without doing the work twice', async () => {
      const { adapter } = setup();
      const first = await adapter.regenerateApiKey({ idempotencyKey: 'k1' });
      const replay = await adapter.regenerateApiKey({ idempotencyKey: 'k1' });
      expect(replay).to.deep.equal(first);
      expect((await adapter.getApiKey()).id).to.equal(first.info.id);
      expect((await adapter.regenerateApiKey({ idempotencyKey: 'k2' })).key).to.not.equal(first.key);
    });

    it('forgets a failed call, so corrected input may use the same key', async () => {
      const { adapter } = setup();
      await expectCode(adapter.deleteAccount('wrong', { idempotencyKey: 'k1' }), 'validation');
      await adapter.deleteAccount('ada', { idempotencyKey: 'k1' });
      await expectCode(adapter.getAccount(), 'unauthorized');
    });

    it('keeps no secret in its record: a replayed reveal reads the key again', async () => {
      const { adapter } = setup();
      const first = await adapter.revealApiKey({ idempotencyKey: 'k1' });
      const log = (
        adapter as unknown as {
          pipeline: { idempotency: { entries: Map<string, { outcome: Promise<unknown> }> } };
        }
      ).pipeline.idempotency.entries;
      const kept = await Promise.all([...log.values()].map((entry) => entry.outcome));
      expect(JSON.stringify(kept)).to.not.contain(first.key);
      expect((await adapter.revealApiKey({ idempotencyKey: 'k1' })).key).to.equal(first.key);
    });

    it('does the work once for a key sent twice at once: the second hears it is in use, then the answer', async () => {
      // No latency: both arrive in one turn, so the second is looked up while the first still runs,
      // in every engine. With a latency each wakes from a timer of its own, and whether the first has
      // finished by the second's depends on the engine (WebKit finishes it within its own turn).
      const { adapter } = setup();
      const [first, second] = await Promise.allSettled([
        adapter.startPhoneChange({ phone: '+14155550199' }, { idempotencyKey: 'k1' }),
        adapter.startPhoneChange({ phone: '+14155550199' }, { idempotencyKey: 'k1' }),
      ]);
      expect(first.status).to.equal('fulfilled');
      expect(second.status).to.equal('rejected');
      const inUse = (second as PromiseRejectedResult).reason as AccountError;
      expect(inUse.code).to.equal('idempotency_key_in_use');
      expect(inUse.retryAfter).to.be.greaterThan(0);
      const again = await adapter.startPhoneChange({ phone: '+14155550199' }, { idempotencyKey: 'k1' });
      expect(again.id).to.equal((first as PromiseFulfilledResult<{ id: string }>).value.id);
      expect(adapter.outbox).to.have.length(1);
    });

    it('does not remember refusals that came before the work: injected faults, reverification', async () => {
      const { adapter } = setup({ reverify: ['regenerateApiKey'] });
      adapter.failNext('network');
      await expectCode(adapter.regenerateApiKey({ idempotencyKey: 'k1' }), 'network');
      await expectCode(adapter.regenerateApiKey({ idempotencyKey: 'k1' }), 'reverification_required');
      const { token } = await adapter.completeReverification({
        method: 'password',
        password: DEMO_PASSWORD,
        operation: 'regenerateApiKey',
      });
      const options = { idempotencyKey: 'k1', reverificationToken: token };
      const done = await adapter.regenerateApiKey(options);
      expect(await adapter.regenerateApiKey(options)).to.deep.equal(done);
    });

    it('keeps the token when the guarded call fails, and spends it when it succeeds', async () => {
      const { adapter } = setup({ reverify: ['deleteAccount'] });
      const { token } = await adapter.completeReverification({
        method: 'password',
        password: DEMO_PASSWORD,
        operation: 'deleteAccount',
      });
      await expectCode(adapter.deleteAccount('wrong', { reverificationToken: token }), 'validation');
      await adapter.deleteAccount('ada', { reverificationToken: token });
      await expectCode(adapter.getAccount(), 'unauthorized');
    });
  });

  describe('versions', () => {
    it('bumps a resource’s ETag on each change of it, and only then', async () => {
      const { adapter } = setup();
      expect(adapter.etag('/account')).to.equal('"1"');
      await adapter.getAccount();
      await adapter.getNotificationSettings();
      await adapter.updateNotificationSettings({ voicemails: true });
      expect(adapter.etag('/account')).to.equal('"1"');
      expect(adapter.etag('/account/notifications')).to.equal('"2"');
      await adapter.updateProfile({ name: 'Ada King' });
      await adapter.updateProfile({ name: 'Ada King' });
      await expectCode(adapter.updateProfile({ name: '' }), 'validation');
      expect(adapter.etag('/account')).to.equal('"2"');
      await adapter.startEmailChange('new.address@example.org');
      expect(adapter.etag('/account')).to.equal('"3"');
      const voice = await adapter.getVoiceSettings();
      await adapter.updateVoiceSettings(voice);
      expect(adapter.etag('/settings/voice')).to.equal('"2"');
    });
  });

  describe('answers', () => {
    it('are copies: changing one leaves the backend alone', async () => {
      const { adapter } = setup();
      const voice = await adapter.getVoiceSettings();
      voice.hours.days.length = 0;
      expect((await adapter.getVoiceSettings()).hours.days).to.have.length(5);
    });
  });

  describe('avatar', () => {
    it('accepts PNG, JPEG, GIF and WebP by their bytes, whatever type they claim', async () => {
      const { adapter } = setup();
      const jpeg = await canvasImage('image/jpeg');
      const webp = await canvasImage('image/webp');
      for (const bytes of [PNG, jpeg, GIF, webp]) {
        expect((await adapter.uploadAvatar(image(bytes, 'text/plain'))).avatarUrl).to.match(/^blob:/);
      }
    });

    it('refuses empty, oversized and unknown content on the field avatar', async () => {
      const { adapter } = setup();
      expect((await expectCode(adapter.uploadAvatar(image([])), 'validation')).fields.avatar?.code).to.equal(
        'required',
      );
      const huge = new Blob([new Uint8Array(PNG), new Uint8Array(5 * 1024 * 1024)]);
      expect((await expectCode(adapter.uploadAvatar(huge), 'validation')).fields.avatar?.code).to.equal(
        'too_long',
      );
      const text = image([0x3c, 0x73, 0x76, 0x67], 'image/png');
      expect((await expectCode(adapter.uploadAvatar(text), 'validation')).fields.avatar?.code).to.equal(
        'invalid_format',
      );
    });

    it('revokes the URL of the picture it replaces', async () => {
      const { adapter } = setup();
      const old = (await adapter.uploadAvatar(image(PNG))).avatarUrl!;
      await adapter.uploadAvatar(image(GIF));
      await failure(fetch(old));
    });
  });

  describe('choices of this backend', () => {
    it('refuses a checkout of a plan sold by sales only, and of the current plan', async () => {
      const { adapter } = setup();
      const plans = await adapter.listPlans();
      await expectCode(adapter.startCheckout(plans.find((plan) => plan.contactSales)!.id), 'forbidden');
      const current = await expectCode(
        adapter.startCheckout(plans.find((plan) => plan.current)!.id),
        'validation',
      );
      expect(current.fields.planId?.code).to.equal('same_as_current');
    });

    it('offers only the password for reverification, and no SMS codes, without a cell number', async () => {
      const { adapter } = setup({ seed: { admin: { phone: null } }, reverify: ['revealApiKey'] });
      const error = await expectCode(adapter.revealApiKey(), 'reverification_required');
      expect(error.reverificationMethods).to.deep.equal(['password']);
      await expectCode(adapter.startReverification(), 'precondition_required');
      await expectCode(adapter.startPasswordReset(), 'precondition_required');
    });

    it('treats a link replaced by a resend as unknown', async () => {
      const { adapter, clock } = setup();
      const sent = await adapter.startEmailChange('new.address@example.org');
      const old = adapter.lastMessage('email_change')!.secret;
      clock.now += MINUTE;
      await adapter.resendVerification(sent.id);
      await expectCode(adapter.confirmEmailChange(old), 'not_found');
      await expectCode(adapter.startEmailChange('ADA@example.com'), 'validation');
    });

    it('refuses reserved usernames whatever their case', async () => {
      const { adapter } = setup();
      await adapter.getAccount();
      const error = await expectCode(adapter.updateProfile({ username: 'Support' }), 'validation');
      expect(error.fields.username?.code).to.equal('username_reserved');
    });
  });
});
