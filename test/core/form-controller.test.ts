import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  AccountError,
  profileUpdate,
  type Account,
  type AccountAdapter,
  type CallOptions,
  type ProfileUpdate,
} from '../../src/api/index.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Connection } from '../../src/core/account-element.js';
import type { ActionHost } from '../../src/core/action-controller.js';
import { FormController } from '../../src/core/form-controller.js';
import { storeFor } from '../../src/core/store.js';
import { deferred } from '../support/deferred.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

interface Profile {
  name: string;
  username: string;
}

interface Sent {
  /** The adapter handed to `submit` was the host's. */
  toHostAdapter: boolean;
  data: ProfileUpdate;
  options: CallOptions;
  changed: string[];
}

/**
 * A host whose "server" the test controls: `loaded` is what `initial` reads (the shared store of a
 * real element), and `answer` decides how each submit ends. The adapter is only there to be handed
 * to `submit`, as an element's would be.
 */
@customElement('test-form-host')
class FormHost extends LitElement implements ActionHost {
  adapter: AccountAdapter = new MemoryAdapter({ reverify: [] });
  loaded: Profile | undefined = { name: 'Ada Lovelace', username: 'ada' };
  sent: Sent[] = [];
  saved: Profile[] = [];
  reported: AccountError[] = [];
  answer: (data: ProfileUpdate) => Promise<Profile> = (data) =>
    Promise.resolve({ ...this.loaded!, ...data } as Profile);

  readonly form = new FormController<ProfileUpdate, Profile>(this, {
    schema: () => profileUpdate,
    initial: () => this.loaded,
    submit: {
      call: (adapter, [data, changed], options) => {
        this.sent.push({ toHostAdapter: adapter === this.adapter, data, options, changed: [...changed] });
        return this.answer(data);
      },
    },
    onSaved: (profile) => {
      this.saved.push(profile);
      this.loaded = profile;
    },
  });

  get connection(): Connection {
    return { adapter: this.adapter, store: storeFor(this.adapter) };
  }

  reportFailure(error: AccountError): void {
    this.reported.push(error);
  }

  /** Another element saved, or a reload brought something new. */
  async receive(profile: Profile): Promise<void> {
    this.loaded = profile;
    this.requestUpdate();
    await this.updateComplete;
  }

  override render() {
    return html`<p>${this.form.state}</p>`;
  }
}

async function host(): Promise<FormHost> {
  return fixture<FormHost>(html`<test-form-host></test-form-host>`);
}

/** A profile form as an element builds it: the values from the shared store, the answer saved there. */
@customElement('test-store-form-host')
class StoreFormHost extends LitElement implements ActionHost {
  adapter = new RecordingAdapter({ reverify: [] });
  readonly keys: (string | undefined)[] = [];

  readonly form = new FormController<ProfileUpdate, Account>(this, {
    schema: () => profileUpdate,
    initial: () => {
      const account = this.connection.store.peek('account');
      return account && { name: account.name, username: account.username };
    },
    submit: {
      call: (adapter, [data, changed], options) => {
        this.keys.push(options.idempotencyKey);
        const update: ProfileUpdate = {};
        if (changed.includes('name')) update.name = data.name;
        if (changed.includes('username')) update.username = data.username;
        return adapter.updateProfile(update, options);
      },
      saves: 'account',
    },
    affects: ['account'],
  });

  get connection(): Connection {
    return { adapter: this.adapter, store: storeFor(this.adapter) };
  }

  override render() {
    return html`<p>${this.form.state}</p>`;
  }
}

async function storeHost(): Promise<StoreFormHost> {
  const el = await fixture<StoreFormHost>(html`<test-store-form-host></test-store-form-host>`);
  await el.connection.store.load('account');
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('FormController', () => {
  describe('dirty tracking', () => {
    it('starts from the loaded values, clean', async () => {
      const el = await host();
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada' });
      expect(el.form.dirty).to.equal(false);
      expect(el.form.changed).to.deep.equal([]);
      expect(el.form.state).to.equal('idle');
    });

    it('waits for values that are still loading', async () => {
      const late = await fixture<FormHost>(html`<test-form-host .loaded=${undefined}></test-form-host>`);
      expect(late.form.values).to.equal(undefined);
      await late.receive({ name: 'Grace Hopper', username: 'grace' });
      expect(late.form.values).to.deep.equal({ name: 'Grace Hopper', username: 'grace' });
      expect(late.form.dirty).to.equal(false);
    });

    it('names the fields that differ, and is clean again when they are typed back', async () => {
      const el = await host();
      el.form.set('name', 'Ada King');
      expect(el.form.dirty).to.equal(true);
      expect(el.form.changed).to.deep.equal(['name']);
      el.form.set('username', 'ada.k');
      expect(el.form.changed).to.deep.equal(['name', 'username']);
      el.form.set('name', 'Ada Lovelace');
      el.form.set('username', 'ada');
      expect(el.form.dirty).to.equal(false);
    });

    it('discard brings back the loaded values and clears the errors', async () => {
      const el = await host();
      el.form.set('username', 'x');
      expect(el.form.errors['username']).to.exist;
      el.form.discard();
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada' });
      expect(el.form.errors).to.deep.equal({});
      expect(el.form.dirty).to.equal(false);
    });

    it('takes fresh values into untouched fields and keeps the edited ones', async () => {
      const el = await host();
      el.form.set('name', 'Ada King');
      await el.receive({ name: 'Ada Byron', username: 'ada.b' });
      expect(el.form.values).to.deep.equal({ name: 'Ada King', username: 'ada.b' });
      expect(el.form.changed).to.deep.equal(['name']);
    });

    it('forgets the input when the values go away (another account is loading)', async () => {
      const el = await host();
      el.form.set('name', 'Typed for Ada');
      el.form.set('username', 'x');
      el.loaded = undefined;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.form.values).to.equal(undefined);
      expect(el.form.errors).to.deep.equal({});
      await el.receive({ name: 'Grace Hopper', username: 'grace' });
      expect(el.form.values).to.deep.equal({ name: 'Grace Hopper', username: 'grace' });
      expect(el.form.dirty).to.equal(false);
    });

    it('takes fresh values wholesale when nothing is edited', async () => {
      const el = await host();
      await el.receive({ name: 'Ada Byron', username: 'ada.b' });
      expect(el.form.values).to.deep.equal({ name: 'Ada Byron', username: 'ada.b' });
      expect(el.form.dirty).to.equal(false);
    });
  });

  describe('validation as typed', () => {
    it('shows a broken rule on the field at once, and clears it when fixed', async () => {
      const el = await host();
      el.form.set('username', 'ab');
      expect(el.form.errors['username']?.code).to.equal('too_short');
      el.form.set('username', 'ab--c');
      expect(el.form.errors['username']?.code).to.equal('invalid_format');
      el.form.set('username', 'abc');
      expect(el.form.errors['username']).to.equal(undefined);
    });

    it('does not blame a field for another field’s problem', async () => {
      const el = await host();
      el.form.set('name', '');
      expect(Object.keys(el.form.errors)).to.deep.equal(['name']);
      expect(el.form.errors['name']?.code).to.equal('required');
    });

    it('does not send invalid input, and shows every problem', async () => {
      const el = await host();
      el.form.set('name', ' ');
      el.form.set('username', 'x');
      expect(await el.form.submit()).to.equal(false);
      expect(el.sent).to.have.length(0);
      expect(el.form.state).to.equal('failed');
      expect(Object.keys(el.form.errors).sort()).to.deep.equal(['name', 'username']);
      expect(el.form.error).to.equal(undefined);
    });
  });

  describe('submit', () => {
    it('sends the parsed input, names what changed, and adopts the saved answer', async () => {
      const el = await host();
      el.form.set('username', ' Ada.K ');
      const submitting = el.form.submit();
      expect(el.form.state).to.equal('submitting');
      expect(el.form.submitting).to.equal(true);
      expect(await submitting).to.equal(true);

      expect(el.sent).to.have.length(1);
      expect(el.sent[0]!.data).to.deep.equal({ name: 'Ada Lovelace', username: 'ada.k' });
      expect(el.sent[0]!.changed).to.deep.equal(['username']);
      expect(el.sent[0]!.toHostAdapter).to.equal(true);
      expect(el.sent[0]!.options.idempotencyKey).to.be.a('string');
      expect(el.sent[0]!.options.signal).to.be.instanceOf(AbortSignal);
      expect(el.saved).to.deep.equal([{ name: 'Ada Lovelace', username: 'ada.k' }]);
      expect(el.form.state).to.equal('saved');
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada.k' });
      expect(el.form.dirty).to.equal(false);
    });

    it('is clean after a save the server normalised back to the value it had', async () => {
      const el = await host();
      el.form.set('name', 'Ada Lovelace  ');
      expect(await el.form.submit()).to.equal(true);
      expect(el.form.values?.name).to.equal('Ada Lovelace');
      expect(el.form.dirty).to.equal(false);

      // Later input is the person's again: a save elsewhere does not replace it.
      el.form.set('name', 'Ada Byron');
      await el.receive({ name: 'Ada Lovelace', username: 'ada.elsewhere' });
      expect(el.form.values).to.deep.equal({ name: 'Ada Byron', username: 'ada.elsewhere' });
    });

    it('runs one submit at a time', async () => {
      const el = await host();
      const answer = deferred<Profile>();
      el.answer = () => answer.promise;
      el.form.set('name', 'Ada King');
      const first = el.form.submit();
      expect(await el.form.submit()).to.equal(false);
      answer.resolve({ name: 'Ada King', username: 'ada' });
      expect(await first).to.equal(true);
      expect(el.sent).to.have.length(1);
    });

    it('goes back to idle when the person types after a save or a failure', async () => {
      const el = await host();
      el.form.set('name', 'Ada King');
      await el.form.submit();
      expect(el.form.state).to.equal('saved');
      el.form.set('name', 'Ada Byron');
      expect(el.form.state).to.equal('idle');

      el.answer = () => Promise.reject(new AccountError('network', 'offline'));
      await el.form.submit();
      expect(el.form.state).to.equal('failed');
      el.form.set('name', 'Ada Byron-King');
      expect(el.form.state).to.equal('idle');
      expect(el.form.error).to.equal(undefined);
    });

    it('typing while a save is on its way neither stops it nor is lost when it lands', async () => {
      const el = await host();
      const answer = deferred<Profile>();
      el.answer = () => answer.promise;
      el.form.set('name', 'Ada King');
      const saving = el.form.submit();
      el.form.set('username', 'ada.k');
      expect(el.form.state).to.equal('submitting');
      answer.resolve({ name: 'Ada King', username: 'ada' });
      expect(await saving).to.equal(true);
      expect(el.sent).to.have.length(1);
      expect(el.sent[0]!.data).to.deep.equal({ name: 'Ada King', username: 'ada' });
      // The saved name is the new start; the username typed meanwhile is still the person's.
      expect(el.form.values).to.deep.equal({ name: 'Ada King', username: 'ada.k' });
      expect(el.form.changed).to.deep.equal(['username']);
    });

    it('shows the host what it is doing: the state renders', async () => {
      const el = await host();
      const answer = deferred<Profile>();
      el.answer = () => answer.promise;
      el.form.set('name', 'Ada King');
      const saving = el.form.submit();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('submitting');
      answer.resolve({ name: 'Ada King', username: 'ada' });
      await saving;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('saved');
    });
  });

  describe('failures', () => {
    it('puts server field errors on their fields and keeps the input', async () => {
      const el = await host();
      el.answer = () =>
        Promise.reject(
          new AccountError('validation', 'no', { fields: { username: { code: 'username_taken' } } }),
        );
      el.form.set('username', 'grace');
      expect(await el.form.submit()).to.equal(false);
      expect(el.form.state).to.equal('failed');
      expect(el.form.errors).to.deep.equal({ username: { code: 'username_taken' } });
      expect(el.form.error).to.equal(undefined);
      expect(el.form.values?.username).to.equal('grace');
      expect(el.form.dirty).to.equal(true);
      // The element is told, so it can take focus to the field.
      expect(el.reported.map(({ code }) => code)).to.deep.equal(['validation']);
    });

    it('keeps the server’s error on a field while the person fixes another', async () => {
      const el = await host();
      el.answer = () =>
        Promise.reject(
          new AccountError('validation', 'no', {
            fields: { name: { code: 'invalid_format' }, username: { code: 'username_taken' } },
          }),
        );
      el.form.set('username', 'grace');
      await el.form.submit();
      el.form.set('name', 'Ada King');
      expect(el.form.errors).to.deep.equal({ username: { code: 'username_taken' } });
      el.form.set('username', 'grace.h');
      expect(el.form.errors).to.deep.equal({});
    });

    it('keeps a failure that belongs to no field as the form’s error, and the input', async () => {
      const el = await host();
      el.answer = () => Promise.reject(new AccountError('network', 'offline'));
      el.form.set('name', 'Ada King');
      expect(await el.form.submit()).to.equal(false);
      expect(el.form.state).to.equal('failed');
      expect(el.form.error?.code).to.equal('network');
      expect(el.form.errors).to.deep.equal({});
      expect(el.form.values?.name).to.equal('Ada King');
      expect(el.reported.map(({ code }) => code)).to.deep.equal(['network']);
    });

    it('turns anything thrown into an AccountError', async () => {
      const el = await host();
      el.answer = () => Promise.reject(new TypeError('Failed to fetch'));
      el.form.set('name', 'Ada King');
      await el.form.submit();
      expect(el.form.error).to.be.instanceOf(AccountError);
      expect(el.form.error?.code).to.equal('network');
    });

    it('a conflict offers reloadKeepingInput: the latest becomes the base, the typed input stays', async () => {
      const el = await host();
      el.answer = () => Promise.reject(new AccountError('conflict', 'changed elsewhere'));
      el.form.set('name', 'Ada King');
      expect(await el.form.submit()).to.equal(false);
      expect(el.form.state).to.equal('conflict');
      expect(el.form.error?.code).to.equal('conflict');

      await el.form.reloadKeepingInput(() => el.receive({ name: 'Ada Byron', username: 'ada.elsewhere' }));
      expect(el.form.state).to.equal('idle');
      expect(el.form.error).to.equal(undefined);
      expect(el.form.values).to.deep.equal({ name: 'Ada King', username: 'ada.elsewhere' });
      expect(el.form.changed).to.deep.equal(['name']);

      el.answer = (data) => Promise.resolve({ name: data.name!, username: data.username! });
      expect(await el.form.submit()).to.equal(true);
      expect(el.sent.at(-1)!.changed).to.deep.equal(['name']);
      expect(el.sent.at(-1)!.data).to.deep.equal({ name: 'Ada King', username: 'ada.elsewhere' });
    });

    it('keeps the input when the reload brings nothing new', async () => {
      const el = await host();
      el.answer = () => Promise.reject(new AccountError('conflict', 'changed elsewhere'));
      el.form.set('username', 'ada.k');
      await el.form.submit();
      await el.form.reloadKeepingInput(() => el.receive({ name: 'Ada Lovelace', username: 'ada' }));
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada.k' });
      expect(el.form.state).to.equal('idle');
    });
  });

  describe('on the shared store', () => {
    it('writes the saved answer to the store, and the form starts again from it', async () => {
      const el = await storeHost();
      el.form.set('username', 'Ada.K');
      expect(await el.form.submit()).to.equal(true);
      expect(el.connection.store.peek('account')?.username).to.equal('ada.k');
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada.k' });
      expect(el.form.dirty).to.equal(false);
      expect(el.form.state).to.equal('saved');
    });

    it('after a timeout: failed and uncertain, the account read again, the input kept', async () => {
      const el = await storeHost();
      const reads = el.adapter.count('getAccount');
      el.adapter.failNext('timeout', { method: 'updateProfile' });
      el.form.set('name', 'Ada King');
      expect(await el.form.submit()).to.equal(false);
      expect(el.form.state).to.equal('failed');
      expect(el.form.error?.code).to.equal('timeout');
      expect(el.form.save.uncertain).to.equal(true);
      await waitUntil(() => el.adapter.count('getAccount') === reads + 1, 'the account was not read again');
      expect(el.form.values?.name).to.equal('Ada King');

      // Saving the same again is safe: it goes under the same key.
      expect(await el.form.submit()).to.equal(true);
      expect(el.keys).to.have.length(2);
      expect(el.keys[1]).to.equal(el.keys[0]);
      expect(el.connection.store.peek('account')?.name).to.equal('Ada King');
    });
  });
});
