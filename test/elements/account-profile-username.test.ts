import { expect, waitUntil } from '@open-wc/testing';
import { AccountError, type UsernameAvailability } from '../../src/api/index.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { configure } from '../../src/core/configure.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { until } from '../harness/element-harness.js';
import { deferred } from '../support/deferred.js';
import { mount } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

/**
 * Waits until a pause in typing has surely passed for everything typed into other profiles before
 * this call: types into `witness` and waits until its check reaches its adapter. The pause is a
 * timer of the same length in every profile, and such timers fire in the order they were set, so
 * any check scheduled earlier would have reached its adapter by then. That proves "nothing was
 * asked" without sleeping past the pause.
 */
async function afterPauseInTyping(witness: AccountProfileHarness, adapter: RecordingAdapter): Promise<void> {
  const asked = adapter.count('checkUsername');
  await witness.fill(en.profile.username, `witness.${asked}`);
  await until(() => adapter.count('checkUsername') > asked, 'the witness profile was never checked');
}

/** The username field shows this error, tied to the input. */
function expectUsernameError(harness: AccountProfileHarness, message: string): void {
  const input = harness.usernameInput;
  expect(harness.usernameError).to.equal(message);
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
  expect(describedBy).to.include('username-error');
  expect(describedBy).to.include('username-hint');
}

/** The first value typed is answered only when the test says, whatever the abort; the rest at once. */
function slowFirstAnswer(): {
  adapter: RecordingAdapter;
  slow: ReturnType<typeof deferred<UsernameAvailability>>;
} {
  const slow = deferred<UsernameAvailability>();
  const adapter = new RecordingAdapter();
  adapter.answer('checkUsername', (args, backend) =>
    args[0] === 'first.try' ? slow.promise : backend(...args),
  );
  return { adapter, slow };
}

/** A backend that answers the first name check with `rate_limited` (a wait of `seconds`), then as usual. */
function limitingTheFirstCheck(seconds: number): RecordingAdapter {
  const adapter = new RecordingAdapter();
  adapter.answer('checkUsername', (args, backend) =>
    adapter.count('checkUsername') === 1
      ? Promise.reject(new AccountError('rate_limited', 'too many', { retryAfter: seconds }))
      : backend(...args),
  );
  return adapter;
}

describe('<account-profile> username', () => {
  it('shows a broken rule at the field as it is typed', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    const input = harness.usernameInput;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('username-hint');

    await harness.fill(en.profile.username, 'ab');
    expectUsernameError(harness, en.fields.too_short(3));

    await harness.fill(en.profile.username, '9lives');
    expectUsernameError(harness, en.fields.invalid_format);
    expect(harness.availability).to.equal('');

    await harness.fill(en.profile.username, 'nine.lives');
    expect(harness.maybe('#username-error')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('does not ask the server about a username that breaks the rules', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    const witnessAdapter = new RecordingAdapter();
    const witness = await mount(AccountProfileHarness, witnessAdapter);
    await harness.fill(en.profile.username, 'no--dashes');
    await afterPauseInTyping(witness, witnessAdapter);
    expect(adapter.sent('checkUsername')).to.deep.equal([]);
    expectUsernameError(harness, en.fields.invalid_format);
  });

  it('says a taken username is taken, after the pause in typing', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    await harness.fill(en.profile.username, 'grace');
    expect(harness.availability).to.equal(en.profile.usernameChecking);
    expect(harness.maybe('#username-error')).to.equal(null);
    await until(() => harness.usernameError === en.fields.username_taken, 'no "taken" message');
    expectUsernameError(harness, en.fields.username_taken);
    expect(harness.availability).to.equal('');
  });

  it('says a reserved username is reserved', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    await harness.fill(en.profile.username, 'admin');
    await until(() => harness.usernameError === en.fields.username_reserved, 'no "reserved" message');
    expectUsernameError(harness, en.fields.username_reserved);
  });

  it('says a free username is available', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    await harness.fill(en.profile.username, 'ada.k');
    await until(() => harness.availability === en.profile.usernameAvailable, 'no "available" note');
    expect(harness.find('.availability').getAttribute('role')).to.equal('status');
    expect(harness.usernameInput.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks once per pause in typing, about the latest value only', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    for (const value of ['a', 'ad', 'ada', 'ada.', 'ada.k']) await harness.fill(en.profile.username, value);
    await until(() => harness.availability === en.profile.usernameAvailable, 'no "available" note');
    expect(adapter.sent('checkUsername')).to.deep.equal(['ada.k']);
  });

  it('says nothing about the username the account already has', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    const witnessAdapter = new RecordingAdapter();
    const witness = await mount(AccountProfileHarness, witnessAdapter);
    await harness.fill(en.profile.username, 'ada.k');
    await harness.fill(en.profile.username, 'ada');
    await afterPauseInTyping(witness, witnessAdapter);
    expect(adapter.sent('checkUsername')).to.deep.equal([]);
    expect(harness.availability).to.equal('');
    expect(harness.maybe('#username-error')).to.equal(null);
  });

  it('ignores a late answer about an older value', async () => {
    const { adapter, slow } = slowFirstAnswer();
    const harness = await mount(AccountProfileHarness, adapter);

    await harness.fill(en.profile.username, 'first.try');
    await until(() => adapter.sent('checkUsername').includes('first.try'), 'the first value was not checked');
    await harness.fill(en.profile.username, 'grace');
    await until(() => harness.usernameError === en.fields.username_taken, 'the second answer was not shown');

    slow.resolve({ username: 'first.try', available: true });
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.element.updateComplete;

    expect(adapter.sent('checkUsername')).to.deep.equal(['first.try', 'grace']);
    expectUsernameError(harness, en.fields.username_taken);
    expect(harness.availability).not.to.equal(en.profile.usernameAvailable);
  });

  it('ignores a late "taken" about an older value once the newer one is free', async () => {
    const { adapter, slow } = slowFirstAnswer();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.username, 'first.try');
    await until(() => harness.availability === en.profile.usernameChecking, 'no "checking" note');
    // The older value must really be asked about, so its answer has somewhere to come from.
    await until(() => adapter.sent('checkUsername').includes('first.try'), 'the first value was not checked');
    await harness.fill(en.profile.username, 'ada.k');
    await until(() => harness.availability === en.profile.usernameAvailable, 'no "available" note');

    slow.resolve({ username: 'first.try', available: false, reason: 'username_taken' });
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.element.updateComplete;
    expect(harness.availability).to.equal(en.profile.usernameAvailable);
    expect(harness.maybe('#username-error')).to.equal(null);
  });

  it('pauses the live check calmly when the backend limits it, saves meanwhile, then checks again', async () => {
    const adapter = limitingTheFirstCheck(2);
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.username, 'grace');
    const [before, after] = en.profile.usernameChecksPaused('\u0000').split('\u0000');
    await until(() => harness.availability.startsWith(before!), 'no word of the pause');
    expect(harness.availability).to.match(/\d/);
    expect(harness.availability.endsWith(after!)).to.equal(true);
    expect(harness.maybe('#username-error'), 'a pause is not a problem with the name').to.equal(null);
    expect(harness.usernameInput.getAttribute('aria-invalid')).to.equal('false');

    // Typing on during the pause asks nothing; saving still works, checked on its own.
    await harness.fill(en.profile.username, 'ada.k');
    expect(adapter.sent('checkUsername')).to.deep.equal(['grace']);
    await harness.save();
    await waitUntil(
      async () => (await adapter.getAccount()).username === 'ada.k',
      'the save did not go through',
    );

    await harness.fill(en.profile.username, 'grace');
    await until(() => harness.usernameError === en.fields.username_taken, 'the check did not resume', 5000);
    expect(adapter.sent('checkUsername')).to.deep.equal(['grace', 'grace']);
  });

  it('checks again when the pause is over, even by a clock that reads a little behind the timers', async () => {
    // Firefox rounds and jitters Date.now(): a timer set for the pause's end may fire before the
    // clock reads it. A clock that runs at nine tenths of the timers' pace is always behind them.
    const start = Date.now();
    configure({ now: () => start + (Date.now() - start) * 0.9 });
    try {
      const adapter = limitingTheFirstCheck(1);
      const harness = await mount(AccountProfileHarness, adapter);
      await harness.fill(en.profile.username, 'grace');
      await until(() => adapter.count('checkUsername') === 2, 'the check did not resume');
      await until(() => harness.usernameError === en.fields.username_taken, 'no answer after the pause');
    } finally {
      configure({ now: undefined });
    }
  });

  it('saving a taken username shows the server’s error at the field and keeps the input', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.username, 'grace');
    // Saved before the availability check could answer: the server refuses it.
    await harness.save();
    await until(() => adapter.count('updateProfile') === 1, 'nothing was saved');
    await until(() => harness.usernameError === en.fields.username_taken, 'no field error after the save');
    expect(adapter.sent('updateProfile')).to.deep.equal([{ username: 'grace' }]);
    expectUsernameError(harness, en.fields.username_taken);
    expect(harness.usernameInput.value).to.equal('grace');
    expect(deepActiveElement()).to.equal(harness.usernameInput);
    expect((await adapter.getAccount()).username).to.equal('ada');
  });

  it('does not send a username that breaks the rules, and takes focus to it', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.username, 'x');
    await harness.save();
    await harness.element.updateComplete;
    expect(adapter.sent('updateProfile')).to.deep.equal([]);
    expectUsernameError(harness, en.fields.too_short(3));
    expect(deepActiveElement()).to.equal(harness.usernameInput);
  });

  it('saves a free username, lower-cased', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.username, 'Ada.K');
    await harness.save();
    await until(() => harness.usernameInput.value === 'ada.k', 'the saved username was not shown');
    expect(adapter.sent('updateProfile')).to.deep.equal([{ username: 'ada.k' }]);
    expect((await adapter.getAccount()).username).to.equal('ada.k');
  });
});
