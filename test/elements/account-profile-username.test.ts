import { expect, waitUntil } from '@open-wc/testing';
import { AccountError, type CallOptions, type UsernameAvailability } from '../../src/api/index.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import {
  deferred,
  en,
  maybe,
  part,
  readyProfile,
  RecordingAdapter,
  saveButton,
  text,
  typeInto,
  type AccountProfile,
} from './profile-helpers.js';

function usernameInput(el: AccountProfile): HTMLInputElement {
  return part<HTMLInputElement>(el, '#username');
}

function usernameError(el: AccountProfile): string {
  return text(maybe(el, '#username-error'));
}

function availability(el: AccountProfile): string {
  return text(part(el, '.availability'));
}

/**
 * Waits until a pause in typing has surely passed for everything typed into other profiles before
 * this call: types into `witness` and waits until its check reaches its adapter. The pause is a
 * timer of the same length in every profile, and such timers fire in the order they were set, so
 * any check scheduled earlier would have reached its adapter by then. That proves "nothing was
 * asked" without sleeping past the pause.
 */
async function afterPauseInTyping(witness: AccountProfile, adapter: RecordingAdapter): Promise<void> {
  const asked = adapter.usernameChecks.length;
  await typeInto(witness, '#username', `witness.${asked}`);
  await waitUntil(() => adapter.usernameChecks.length > asked, 'the witness profile was never checked');
}

/** The username field shows this error, tied to the input. */
function expectUsernameError(el: AccountProfile, message: string): void {
  const input = usernameInput(el);
  expect(usernameError(el)).to.equal(message);
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
  expect(describedBy).to.include('username-error');
  expect(describedBy).to.include('username-hint');
}

describe('<account-profile> username', () => {
  it('shows a broken rule at the field as it is typed', async () => {
    const el = await readyProfile(new MemoryAdapter());
    const input = usernameInput(el);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('username-hint');

    await typeInto(el, '#username', 'ab');
    expectUsernameError(el, en.fields.too_short(3));

    await typeInto(el, '#username', '9lives');
    expectUsernameError(el, en.fields.invalid_format);
    expect(availability(el)).to.equal('');

    await typeInto(el, '#username', 'nine.lives');
    expect(maybe(el, '#username-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('does not ask the server about a username that breaks the rules', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    const witnessAdapter = new RecordingAdapter();
    const witness = await readyProfile(witnessAdapter);
    await typeInto(el, '#username', 'no--dashes');
    await afterPauseInTyping(witness, witnessAdapter);
    expect(adapter.usernameChecks).to.deep.equal([]);
    expectUsernameError(el, en.fields.invalid_format);
  });

  it('says a taken username is taken, after the pause in typing', async () => {
    const el = await readyProfile(new MemoryAdapter());
    await typeInto(el, '#username', 'grace');
    expect(availability(el)).to.equal(en.profile.usernameChecking);
    expect(maybe(el, '#username-error')).to.equal(null);
    await waitUntil(() => usernameError(el) === en.fields.username_taken, 'no "taken" message');
    expectUsernameError(el, en.fields.username_taken);
    expect(availability(el)).to.equal('');
  });

  it('says a reserved username is reserved', async () => {
    const el = await readyProfile(new MemoryAdapter());
    await typeInto(el, '#username', 'admin');
    await waitUntil(() => usernameError(el) === en.fields.username_reserved);
    expectUsernameError(el, en.fields.username_reserved);
  });

  it('says a free username is available', async () => {
    const el = await readyProfile(new MemoryAdapter());
    await typeInto(el, '#username', 'ada.k');
    await waitUntil(() => availability(el) === en.profile.usernameAvailable, 'no "available" note');
    expect(part(el, '.availability').getAttribute('role')).to.equal('status');
    expect(usernameInput(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks once per pause in typing, about the latest value only', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    for (const value of ['a', 'ad', 'ada', 'ada.', 'ada.k']) await typeInto(el, '#username', value);
    await waitUntil(() => availability(el) === en.profile.usernameAvailable);
    expect(adapter.usernameChecks).to.deep.equal(['ada.k']);
  });

  it('says nothing about the username the account already has', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    const witnessAdapter = new RecordingAdapter();
    const witness = await readyProfile(witnessAdapter);
    await typeInto(el, '#username', 'ada.k');
    await typeInto(el, '#username', 'ada');
    await afterPauseInTyping(witness, witnessAdapter);
    expect(adapter.usernameChecks).to.deep.equal([]);
    expect(availability(el)).to.equal('');
    expect(maybe(el, '#username-error')).to.equal(null);
  });

  it('ignores a late answer about an older value', async () => {
    const slow = deferred<UsernameAvailability>();
    const asked: string[] = [];
    class SlowFirstAnswer extends MemoryAdapter {
      override checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
        asked.push(username);
        // The first answer ignores the abort and comes whenever the test says: after the second one.
        if (username === 'first.try') return slow.promise;
        return super.checkUsername(username, options);
      }
    }
    const el = await readyProfile(new SlowFirstAnswer());

    await typeInto(el, '#username', 'first.try');
    await waitUntil(() => asked.includes('first.try'), 'the first value was not checked');
    await typeInto(el, '#username', 'grace');
    await waitUntil(() => usernameError(el) === en.fields.username_taken, 'the second answer was not shown');

    slow.resolve({ username: 'first.try', available: true });
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;

    expect(asked).to.deep.equal(['first.try', 'grace']);
    expectUsernameError(el, en.fields.username_taken);
    expect(availability(el)).not.to.equal(en.profile.usernameAvailable);
  });

  it('ignores a late "taken" about an older value once the newer one is free', async () => {
    const slow = deferred<UsernameAvailability>();
    const asked: string[] = [];
    class SlowFirstAnswer extends MemoryAdapter {
      override checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
        asked.push(username);
        if (username === 'first.try') return slow.promise;
        return super.checkUsername(username, options);
      }
    }
    const el = await readyProfile(new SlowFirstAnswer());
    await typeInto(el, '#username', 'first.try');
    await waitUntil(() => availability(el) === en.profile.usernameChecking);
    // The older value must really be asked about, so its answer has somewhere to come from.
    await waitUntil(() => asked.includes('first.try'), 'the first value was not checked');
    await typeInto(el, '#username', 'ada.k');
    await waitUntil(() => availability(el) === en.profile.usernameAvailable);

    slow.resolve({ username: 'first.try', available: false, reason: 'username_taken' });
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(availability(el)).to.equal(en.profile.usernameAvailable);
    expect(maybe(el, '#username-error')).to.equal(null);
  });

  it('pauses the live check calmly when the backend limits it, saves meanwhile, then checks again', async () => {
    const asked: string[] = [];
    class LimitedOnce extends MemoryAdapter {
      override checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
        asked.push(username);
        if (asked.length === 1) {
          return Promise.reject(new AccountError('rate_limited', 'too many', { retryAfter: 2 }));
        }
        return super.checkUsername(username, options);
      }
    }
    const adapter = new LimitedOnce();
    const el = await readyProfile(adapter);
    await typeInto(el, '#username', 'grace');
    const [before, after] = en.profile.usernameChecksPaused('\u0000').split('\u0000');
    await waitUntil(() => availability(el).startsWith(before!), 'no word of the pause');
    expect(availability(el)).to.match(/\d/);
    expect(availability(el).endsWith(after!)).to.equal(true);
    expect(maybe(el, '#username-error'), 'a pause is not a problem with the name').to.equal(null);
    expect(usernameInput(el).getAttribute('aria-invalid')).to.equal('false');

    // Typing on during the pause asks nothing; saving still works, checked on its own.
    await typeInto(el, '#username', 'ada.k');
    expect(asked).to.deep.equal(['grace']);
    saveButton(el).click();
    await waitUntil(
      async () => (await adapter.getAccount()).username === 'ada.k',
      'the save did not go through',
    );

    await typeInto(el, '#username', 'grace');
    await waitUntil(() => usernameError(el) === en.fields.username_taken, 'the check did not resume', {
      timeout: 5000,
    });
    expect(asked).to.deep.equal(['grace', 'grace']);
  });

  it('saving a taken username shows the server’s error at the field and keeps the input', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#username', 'grace');
    // Saved before the availability check could answer: the server refuses it.
    saveButton(el).click();
    await waitUntil(() => adapter.updates.length === 1);
    await waitUntil(() => usernameError(el) === en.fields.username_taken, 'no field error after the save');
    expect(adapter.updates).to.deep.equal([{ username: 'grace' }]);
    expectUsernameError(el, en.fields.username_taken);
    expect(usernameInput(el).value).to.equal('grace');
    expect(deepActiveElement()).to.equal(usernameInput(el));
    expect((await adapter.getAccount()).username).to.equal('ada');
  });

  it('does not send a username that breaks the rules, and takes focus to it', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#username', 'x');
    saveButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(adapter.updates).to.deep.equal([]);
    expectUsernameError(el, en.fields.too_short(3));
    expect(deepActiveElement()).to.equal(usernameInput(el));
  });

  it('saves a free username, lower-cased', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#username', 'Ada.K');
    saveButton(el).click();
    await waitUntil(() => usernameInput(el).value === 'ada.k', 'the saved username was not shown');
    expect(adapter.updates).to.deep.equal([{ username: 'ada.k' }]);
    expect((await adapter.getAccount()).username).to.equal('ada.k');
  });
});
