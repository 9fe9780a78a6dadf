import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { AccountError, profileUpdate, type CallOptions, type ProfileUpdate } from '../../src/api/index.js';
import { FormController } from '../../src/core/form-controller.js';
import { deferred } from '../elements/profile-helpers.js';

interface Profile {
  name: string;
  username: string;
}

interface Sent {
  data: ProfileUpdate;
  options: CallOptions;
  changed: string[];
}

/**
 * A host whose "server" the test controls: `loaded` is what `initial` reads (the shared store of a
 * real element), and `answer` decides how each submit ends.
 */
@customElement('test-form-host')
class FormHost extends LitElement {
  loaded: Profile | undefined = { name: 'Ada Lovelace', username: 'ada' };
  sent: Sent[] = [];
  saved: Profile[] = [];
  answer: (data: ProfileUpdate) => Promise<Profile> = (data) =>
    Promise.resolve({ ...this.loaded!, ...data } as Profile);

  readonly form = new FormController(this, {
    schema: profileUpdate,
    initial: () => this.loaded,
    submit: (data, options, changed) => {
      this.sent.push({ data, options, changed });
      return this.answer(data);
    },
    onSaved: (profile) => {
      this.saved.push(profile);
      this.loaded = profile;
    },
  });

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
      expect(late.form.values).to.deep.equal({});
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
      expect(el.form.values).to.deep.equal({});
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
      expect(el.sent[0]!.options.idempotencyKey).to.be.a('string');
      expect(el.saved).to.deep.equal([{ name: 'Ada Lovelace', username: 'ada.k' }]);
      expect(el.form.state).to.equal('saved');
      expect(el.form.values).to.deep.equal({ name: 'Ada Lovelace', username: 'ada.k' });
      expect(el.form.dirty).to.equal(false);
    });

    it('is clean after a save the server normalised back to the value it had', async () => {
      const el = await host();
      el.form.set('name', 'Ada Lovelace  ');
      expect(await el.form.submit()).to.equal(true);
      expect(el.form.values.name).to.equal('Ada Lovelace');
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
      expect(el.form.values.username).to.equal('grace');
      expect(el.form.dirty).to.equal(true);
    });

    it('keeps a failure that belongs to no field as the form’s error, and the input', async () => {
      const el = await host();
      el.answer = () => Promise.reject(new AccountError('network', 'offline'));
      el.form.set('name', 'Ada King');
      expect(await el.form.submit()).to.equal(false);
      expect(el.form.state).to.equal('failed');
      expect(el.form.error?.code).to.equal('network');
      expect(el.form.errors).to.deep.equal({});
      expect(el.form.values.name).to.equal('Ada King');
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
});
