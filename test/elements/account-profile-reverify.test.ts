import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { text, until } from '../harness/element-harness.js';
import { mount } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

/** A profile whose backend wants the password again before a profile change, with a name typed and saved. */
async function savedIntoIdentityCheck() {
  const adapter = new RecordingAdapter({ reverify: ['updateProfile'] });
  const harness = await mount(AccountProfileHarness, adapter);
  await harness.rename('Ada King');
  await harness.waitForIdentityCheck();
  return { adapter, harness };
}

/** Types into the identity check's password field, as typing reaches it. */
async function typePassword(harness: AccountProfileHarness, value: string): Promise<void> {
  const input = harness.find<HTMLInputElement>('#identity-check-password');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await harness.element.updateComplete;
}

describe('<account-profile> identity check before saving', () => {
  it('opens the identity dialog, asking for the current password', async () => {
    const { harness, adapter } = await savedIntoIdentityCheck();
    const dialog = harness.identityCheck!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(dialog.querySelector('#identity-check-heading'))).to.equal(en.reverify.heading);
    const password = harness.find<HTMLInputElement>('#identity-check-password');
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(adapter.sent('updateProfile')).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('starts in the password field, so the person can type at once', async () => {
    const { harness } = await savedIntoIdentityCheck();
    await until(
      () => harness.root.activeElement === harness.find('#identity-check-password'),
      'focus is elsewhere',
    );
  });

  it('shows a wrong password in the dialog and keeps it open', async () => {
    const { harness, adapter } = await savedIntoIdentityCheck();
    await typePassword(harness, 'not my password 1');
    harness.button(en.reverify.confirm, harness.identityCheck!).click();
    const error = await harness.waitFor('#identity-check-password-error', 'no error for the wrong password');
    expect(text(error)).to.equal(en.reverify.wrongPassword);
    expect(harness.find('#identity-check-password').getAttribute('aria-invalid')).to.equal('true');
    expect(harness.identityCheck!.open).to.equal(true);
    expect(adapter.sent('updateProfile')).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('replays the save after the right password', async () => {
    const { harness, adapter } = await savedIntoIdentityCheck();
    await typePassword(harness, 'not my password 1');
    harness.button(en.reverify.confirm, harness.identityCheck!).click();
    await harness.waitFor('#identity-check-password-error');

    await typePassword(harness, DEMO_PASSWORD);
    expect(harness.maybe('#identity-check-password-error')).to.equal(null);
    harness.button(en.reverify.confirm, harness.identityCheck!).click();
    await harness.announced(en.profile.saved);
    expect(harness.identityCheck!.open).to.equal(false);
    expect(adapter.sent('updateProfile')).to.deep.equal([{ name: 'Ada King' }, { name: 'Ada King' }]);
    expect((await adapter.getAccount()).name).to.equal('Ada King');
    expect(harness.nameInput.value).to.equal('Ada King');
  });

  it('Cancel closes it, saves nothing and keeps the input', async () => {
    const { harness, adapter } = await savedIntoIdentityCheck();
    await typePassword(harness, 'half typed');
    await harness.click(en.common.cancel, harness.identityCheck!);
    expect(harness.identityCheck!.open).to.equal(false);
    expect(harness.nameInput.value).to.equal('Ada King');
    await until(() => !harness.saveButton.hasAttribute('aria-busy'), 'the save stayed busy');
    expect(text(harness.alertRegion)).to.equal('');
    expect(text(harness.statusRegion)).to.equal('');
    expect(adapter.sent('updateProfile')).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');

    // The password typed into the closed dialog is not kept for next time.
    await harness.save();
    await harness.waitForIdentityCheck();
    expect(harness.find<HTMLInputElement>('#identity-check-password').value).to.equal('');
  });

  it('Escape closes it like Cancel', async () => {
    const { harness } = await savedIntoIdentityCheck();
    await sendKeys({ press: 'Escape' });
    await harness.element.updateComplete;
    expect(harness.identityCheck!.open).to.equal(false);
    expect(harness.nameInput.value).to.equal('Ada King');
    await until(() => !harness.saveButton.hasAttribute('aria-busy'), 'the save stayed busy');
  });
});
