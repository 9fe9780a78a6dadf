import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { text, until } from '../harness/element-harness.js';
import { mount } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

describe('<account-profile> failed saves', () => {
  it('keeps the input and says what went wrong when the server cannot be reached', async () => {
    const adapter = new RecordingAdapter();
    adapter.failNext('network', { method: 'updateProfile' });
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.rename('Ada King');

    await harness.alerted(en.errors.network);
    // Said once: inside the card, above the Save button, not repeated elsewhere.
    expect(harness.root.textContent!.split(en.errors.network)).to.have.length(2);
    expect(harness.alertRegion.closest('form')).to.equal(harness.find('form'));
    expect(text(harness.statusRegion)).to.equal('');
    expect(harness.nameInput.value).to.equal('Ada King');
    expect(harness.saveButton.hasAttribute('aria-busy')).to.equal(false);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');

    // Trying again sends the same input and works.
    await harness.save();
    await harness.announced(en.profile.saved);
    expect(text(harness.alertRegion)).to.equal('');
    expect(adapter.sent('updateProfile')).to.deep.equal([{ name: 'Ada King' }, { name: 'Ada King' }]);
  });

  it('says a failure of the whole form even while a field shows a problem, and focuses that field', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.name, 'Ada King');
    await harness.fill(en.profile.username, 'grace');
    await until(() => harness.usernameError, 'the username was not found taken');
    adapter.failNext('network', { method: 'updateProfile' });
    await harness.save();
    await harness.alerted(en.errors.network);
    expect(deepActiveElement()).to.equal(harness.usernameInput);
    expect(harness.nameInput.value).to.equal('Ada King');
  });

  it('puts a server validation error at its field, in the server’s words when it has no code we know', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('validation', {
      method: 'updateProfile',
      fields: { name: { code: 'not_allowed', message: 'Names cannot contain that word.' } },
    });
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.rename('Ada Whatever');

    await until(() => harness.errorOf(en.profile.name), 'no error at the name field');
    const input = harness.nameInput;
    expect(harness.errorOf(en.profile.name)).to.equal('Names cannot contain that word.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('name-error');
    expect(input.value).to.equal('Ada Whatever');
    expect(deepActiveElement()).to.equal(input);
    // A field error is said at the field, not again as a message about the whole form.
    expect(text(harness.alertRegion)).to.equal('');

    // Typing again clears the server's complaint about the old value.
    await harness.fill(en.profile.name, 'Ada Other');
    expect(harness.maybe('#name-error')).to.equal(null);
  });

  it('uses the catalog for a server field error with a known code', async () => {
    const adapter = new MemoryAdapter();
    // A server's field error carries its limit, as the contract's own do.
    adapter.failNext('validation', {
      method: 'updateProfile',
      fields: { name: { code: 'too_long', max: 80 } },
    });
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.rename('Ada King');
    await until(() => harness.errorOf(en.profile.name), 'no error at the name field');
    expect(harness.errorOf(en.profile.name)).to.equal(en.fields.too_long(80));
  });

  it('offers to load the latest after a conflict, and keeps what was typed', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.name, 'Ada King');
    // Meanwhile, somewhere else, the username changes.
    await adapter.updateProfile({ username: 'ada.elsewhere' });
    adapter.failNext('conflict', { method: 'updateProfile' });
    await harness.save();

    const reload = await harness.waitForButton(en.common.reload, 'no offer to load the latest');
    expect(text(reload)).to.equal(en.common.reload);
    // The message comes first, then the way out.
    expect(text(harness.alertRegion)).to.equal(en.errors.conflict);
    expect(
      harness.alertRegion.compareDocumentPosition(reload) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    expect(harness.nameInput.value).to.equal('Ada King');

    const loadsBefore = adapter.count('getAccount');
    reload.click();
    await until(() => !harness.hasButton(en.common.reload), 'the offer to load the latest stayed');
    expect(text(harness.alertRegion)).to.equal('');
    await harness.element.updateComplete;
    expect(adapter.count('getAccount')).to.equal(loadsBefore + 1);
    expect(harness.nameInput.value).to.equal('Ada King');
    // The field not edited here shows the latest value.
    expect(harness.usernameInput.value).to.equal('ada.elsewhere');

    await harness.save();
    await harness.announced(en.profile.saved);
    expect(adapter.sent('updateProfile').at(-1)).to.deep.equal({ name: 'Ada King' });
    const saved = await adapter.getAccount();
    expect([saved.name, saved.username]).to.deep.equal(['Ada King', 'ada.elsewhere']);
  });

  it('cannot be submitted twice at once', async () => {
    const adapter = new RecordingAdapter({ latency: 100 });
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.name, 'Ada King');
    const save = harness.saveButton;
    save.click();
    save.click();
    await harness.element.updateComplete;
    save.click();
    harness.find<HTMLFormElement>('form').requestSubmit();
    await harness.announced(en.profile.saved);
    expect(adapter.sent('updateProfile')).to.have.length(1);
  });
});
