import { expect } from '@open-wc/testing';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../src/api/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import { NEW_PASSWORD, PasswordSettingsHarness, passwordWorks } from '../harness/password-settings.js';
import { mount } from '../support/mount.js';
import { lastSent } from '../support/outbox.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

/** A passphrase of exactly 128 code points, most of them emoji: 200-odd UTF-16 units. */
const EMOJI_PASSPHRASE = [...'🌋🦜🎻 violet 🧊🍋🚲 tractor '.repeat(10)].slice(0, PASSWORD_MAX).join('');

async function changeForm(adapter: RecordingAdapter = backend()): Promise<PasswordSettingsHarness> {
  const harness = await mount(PasswordSettingsHarness, adapter);
  await harness.openChange();
  return harness;
}

describe('<password-settings> the new password field', () => {
  it('loads the strength estimate only once a new password is typed, then shows it', async () => {
    const loaded = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('password-strength'));
    // The page loaded a few hundred modules before this test: room for the entries that matter.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(1000);
    const harness = await changeForm();
    expect(loaded(), 'loaded before anyone typed a new password').to.equal(false);
    await harness.fill(en.password.current, 'anything at all');
    expect(loaded(), 'loaded for the current password').to.equal(false);
    await harness.fill(en.password.new, 'aaaaaaaa');
    await until(() => harness.strength !== '', 'no strength was shown');
    expect(loaded()).to.equal(true);
    expect(harness.strength).to.equal(en.password.strength.weak);
    await harness.fill(en.password.new, NEW_PASSWORD);
    expect(harness.strength).to.equal(en.password.strength.strong);
    // It is a live region, so a change of level is said; empty, it says nothing.
    const region = harness.element.querySelector('.strength')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await harness.fill(en.password.new, '');
    expect(harness.strength).to.equal('');
  });

  it('says its rules before anything is typed, with the limits from the contract', async () => {
    const harness = await changeForm();
    const hint = harness.find(`#${harness.newPassword.id}-hint`);
    expect(hint.textContent).to.contain(`${PASSWORD_MIN} to ${PASSWORD_MAX} characters`);
    expect(harness.newPassword.getAttribute('aria-describedby')).to.contain(hint.id);
    expect(harness.newPassword.autocomplete).to.equal('new-password');
    expect(harness.currentPassword.autocomplete).to.equal('current-password');
  });

  it('shows and hides the password with a pressed button that keeps focus, hidden again to send', async () => {
    const harness = await changeForm();
    await harness.fill(en.password.new, NEW_PASSWORD);
    const toggle = harness.showButton;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.type).to.equal('button');
    toggle.focus();
    toggle.click();
    await harness.element.updateComplete;
    expect(harness.newPassword.type).to.equal('text');
    expect(harness.showButton).to.equal(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement()).to.equal(toggle);
    expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    expect(harness.newPassword.spellcheck).to.equal(false);

    await harness.fill(en.password.current, DEMO_PASSWORD);
    await harness.save();
    expect(harness.newPassword.type, 'sent as a password, not as text').to.equal('password');
    await harness.announced(en.password.changed);
  });
});

describe('<password-settings> bad new passwords', () => {
  async function expectRefusedAsTyped(value: string, message: string): Promise<void> {
    const adapter = backend();
    const harness = await changeForm(adapter);
    await harness.fill(en.password.current, DEMO_PASSWORD);
    await harness.fill(en.password.new, value);
    expect(harness.errorOf(en.password.new), 'said as it is typed').to.equal(message);
    expect(harness.newPassword.getAttribute('aria-invalid')).to.equal('true');
    harness.currentPassword.focus();
    await harness.save();
    await until(() => deepActiveElement() === harness.newPassword, 'focus did not go to the new password');
    expect(adapter.count('changePassword'), 'sent anyway').to.equal(0);
    expect(harness.newPassword.value, 'the input is kept').to.equal(value);
  }

  async function expectRefusedByBackend(value: string, message: string): Promise<void> {
    const adapter = backend();
    const harness = await changeForm(adapter);
    await harness.fill(en.password.current, DEMO_PASSWORD);
    await harness.fill(en.password.new, value);
    expect(harness.errorOf(en.password.new)).to.equal('');
    await harness.save();
    await until(() => harness.errorOf(en.password.new) === message, `"${message}" was not said at the field`);
    expect(adapter.count('changePassword')).to.equal(1);
    expect(deepActiveElement()).to.equal(harness.newPassword);
    expect(harness.newPassword.value, 'the input is kept').to.equal(value);
    expect(harness.currentPassword.value).to.equal(DEMO_PASSWORD);
    // Typing again takes the backend's answer away.
    await harness.fill(en.password.new, `${value}x`);
    expect(harness.errorOf(en.password.new)).to.equal('');
  }

  it('7 characters (code points: 7 emoji are 14 UTF-16 units) is too short', () =>
    expectRefusedAsTyped('🦜🦜🎻🎻🧊🧊🍋', en.fields.too_short(PASSWORD_MIN)));

  it('129 characters is too long', () =>
    expectRefusedAsTyped(`${'a1b2c3d4'.repeat(16)}🦜`, en.fields.too_long(PASSWORD_MAX)));

  it('only spaces is no password', () => expectRefusedAsTyped('          ', en.fields.required));

  it('password1 is refused as common, at the new password', () =>
    expectRefusedByBackend('password1', en.fields.password_common));

  it('a password containing the username is refused', () =>
    expectRefusedByBackend('blue ada kite 77', en.fields.password_contains_username));

  it('the current password is refused as the new one', () =>
    expectRefusedByBackend(DEMO_PASSWORD, en.password.sameAsCurrent));

  it('a long emoji passphrase of 128 characters is accepted, and works', async () => {
    expect([...EMOJI_PASSPHRASE].length).to.equal(PASSWORD_MAX);
    expect(EMOJI_PASSPHRASE.length).to.be.greaterThan(PASSWORD_MAX);
    const adapter = backend();
    const harness = await changeForm(adapter);
    await harness.fill(en.password.new, EMOJI_PASSPHRASE);
    expect(harness.errorOf(en.password.new)).to.equal('');
    await until(() => harness.strength === en.password.strength.strong, 'not rated strong');
    await harness.fill(en.password.current, DEMO_PASSWORD);
    await harness.save();
    await harness.announced(en.password.changed);
    expect(await passwordWorks(adapter, EMOJI_PASSPHRASE)).to.equal(true);
  });

  it('empty fields are required when saving, and focus goes to the first', async () => {
    const adapter = backend();
    const harness = await changeForm(adapter);
    await harness.save();
    expect(harness.errorOf(en.password.current)).to.equal(en.fields.required);
    expect(harness.errorOf(en.password.new)).to.equal(en.fields.required);
    await until(() => deepActiveElement() === harness.currentPassword, 'focus is not on the first problem');
    expect(adapter.count('changePassword')).to.equal(0);
  });

  it('in the reset, a refused password is said at it, not at the code, and costs no try', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.startReset();
    await harness.resetPassword(lastSent(adapter, 'password_reset'), 'password1');
    await until(
      () => harness.errorOf(en.password.new) === en.fields.password_common,
      'not said at the field',
    );
    expect(harness.errorOf(en.verification.code)).to.equal('');
    expect(harness.codeStepPiece('attempts')?.textContent).to.equal(en.verification.attemptsLeft(5));
    await harness.fill(en.password.new, NEW_PASSWORD);
    await harness.save();
    await harness.announced(en.password.resetDone);
  });
});

describe('<password-settings> bad codes', () => {
  it('a code too short is not sent: said, and focus goes to it', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.startReset();
    await harness.resetPassword(lastSent(adapter, 'password_reset').slice(0, 5), NEW_PASSWORD);
    await harness.alerted(en.password.codeIncomplete);
    expect(deepActiveElement()).to.equal(harness.code);
    expect(adapter.count('completePasswordReset')).to.equal(0);
  });

  it('letters are dropped as they are typed', async () => {
    const harness = await mount(PasswordSettingsHarness, backend());
    await harness.startReset();
    await harness.enterCode('ab1c2d3');
    expect(harness.code.value).to.equal('123');
  });

  it('a code pasted with spaces is taken without them, and works', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.startReset();
    const code = lastSent(adapter, 'password_reset');
    await harness.paste(harness.code, ` ${code.slice(0, 3)} ${code.slice(3)} `);
    expect(harness.code.value).to.equal(code);
    await harness.fill(en.password.new, NEW_PASSWORD);
    await harness.save();
    await harness.announced(en.password.resetDone);
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });
});
