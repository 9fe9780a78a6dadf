import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import {
  alertStatus,
  buttonByLabel,
  en,
  maybe,
  part,
  politeStatus,
  readyProfile,
  RecordingAdapter,
  saveButton,
  text,
  type AccountProfile,
} from './profile-helpers.js';

function identityCheck(el: AccountProfile): HTMLDialogElement {
  return part<HTMLDialogElement>(el, '#identity-check');
}

async function typePassword(el: AccountProfile, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#identity-check-password');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** A profile whose backend wants the password again before a profile change, with a name typed and saved. */
async function savedIntoIdentityCheck() {
  const adapter = new RecordingAdapter({ reverify: ['updateProfile'] });
  const el = await readyProfile(adapter);
  const name = part<HTMLInputElement>(el, '#name');
  name.value = 'Ada King';
  name.dispatchEvent(new Event('input'));
  await el.updateComplete;
  saveButton(el).click();
  await waitUntil(
    () => maybe<HTMLDialogElement>(el, '#identity-check')?.open,
    'the identity check did not open',
  );
  await el.updateComplete;
  return { adapter, el };
}

describe('<account-profile> identity check before saving', () => {
  it('opens the identity dialog, asking for the current password', async () => {
    const { el, adapter } = await savedIntoIdentityCheck();
    const dialog = identityCheck(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(dialog.querySelector('#identity-check-heading'))).to.equal(en.reverify.heading);
    const password = part<HTMLInputElement>(el, '#identity-check-password');
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(adapter.updates).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('starts in the password field, so the person can type at once', async () => {
    const { el } = await savedIntoIdentityCheck();
    await waitUntil(
      () => el.shadowRoot!.activeElement === part(el, '#identity-check-password'),
      'focus is elsewhere',
    );
  });

  it('shows a wrong password in the dialog and keeps it open', async () => {
    const { el, adapter } = await savedIntoIdentityCheck();
    await typePassword(el, 'not my password 1');
    buttonByLabel(identityCheck(el), en.reverify.confirm).click();
    await waitUntil(() => maybe(el, '#identity-check-password-error'), 'no error for the wrong password');
    expect(text(part(el, '#identity-check-password-error'))).to.equal(en.reverify.wrongPassword);
    expect(part(el, '#identity-check-password').getAttribute('aria-invalid')).to.equal('true');
    expect(identityCheck(el).open).to.equal(true);
    expect(adapter.updates).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');
  });

  it('replays the save after the right password', async () => {
    const { el, adapter } = await savedIntoIdentityCheck();
    await typePassword(el, 'not my password 1');
    buttonByLabel(identityCheck(el), en.reverify.confirm).click();
    await waitUntil(() => maybe(el, '#identity-check-password-error'));

    await typePassword(el, DEMO_PASSWORD);
    expect(maybe(el, '#identity-check-password-error')).to.equal(null);
    buttonByLabel(identityCheck(el), en.reverify.confirm).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved, 'the save was not finished');
    expect(identityCheck(el).open).to.equal(false);
    expect(adapter.updates).to.deep.equal([{ name: 'Ada King' }, { name: 'Ada King' }]);
    expect((await adapter.getAccount()).name).to.equal('Ada King');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
  });

  it('Cancel closes it, saves nothing and keeps the input', async () => {
    const { el, adapter } = await savedIntoIdentityCheck();
    await typePassword(el, 'half typed');
    buttonByLabel(identityCheck(el), en.common.cancel).click();
    await el.updateComplete;
    expect(identityCheck(el).open).to.equal(false);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
    await waitUntil(() => !saveButton(el).hasAttribute('aria-busy'), 'the save stayed busy');
    expect(text(alertStatus(el))).to.equal('');
    expect(text(politeStatus(el))).to.equal('');
    expect(adapter.updates).to.have.length(1);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');

    // The password typed into the closed dialog is not kept for next time.
    saveButton(el).click();
    await waitUntil(() => identityCheck(el).open);
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#identity-check-password').value).to.equal('');
  });

  it('Escape closes it like Cancel', async () => {
    const { el } = await savedIntoIdentityCheck();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(identityCheck(el).open).to.equal(false);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
    await waitUntil(() => !saveButton(el).hasAttribute('aria-busy'), 'the save stayed busy');
  });
});
