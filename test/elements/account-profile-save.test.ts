import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import {
  alertStatus,
  en,
  maybe,
  part,
  politeStatus,
  readyProfile,
  RecordingAdapter,
  saveButton,
  text,
  typeInto,
} from './profile-helpers.js';

describe('<account-profile> failed saves', () => {
  it('keeps the input and says what went wrong when the server cannot be reached', async () => {
    const adapter = new RecordingAdapter();
    adapter.failNext('network', { method: 'updateProfile' });
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    saveButton(el).click();

    await waitUntil(() => text(alertStatus(el)) === en.errors.network, 'no message after the failed save');
    // Said once: inside the card, above the Save button, not repeated elsewhere.
    expect(el.shadowRoot!.textContent!.split(en.errors.network)).to.have.length(2);
    expect(alertStatus(el).closest('form')).to.equal(part(el, 'form'));
    expect(text(politeStatus(el))).to.equal('');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
    expect(saveButton(el).hasAttribute('aria-busy')).to.equal(false);
    expect((await adapter.getAccount()).name).to.equal('Ada Lovelace');

    // Trying again sends the same input and works.
    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    expect(text(alertStatus(el))).to.equal('');
    expect(adapter.updates).to.deep.equal([{ name: 'Ada King' }, { name: 'Ada King' }]);
  });

  it('says a failure of the whole form even while a field shows a problem, and focuses that field', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    await typeInto(el, '#username', 'grace');
    await waitUntil(() => maybe(el, '#username-error'), 'the username was not found taken');
    adapter.failNext('network', { method: 'updateProfile' });
    saveButton(el).click();
    await waitUntil(() => text(alertStatus(el)) === en.errors.network, 'the failure was not said');
    expect(deepActiveElement()).to.equal(part(el, '#username'));
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
  });

  it('puts a server validation error at its field, in the server’s words when it has no code we know', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('validation', {
      method: 'updateProfile',
      fields: { name: { code: 'not_allowed', message: 'Names cannot contain that word.' } },
    });
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada Whatever');
    saveButton(el).click();

    await waitUntil(() => maybe(el, '#name-error'), 'no error at the name field');
    const input = part<HTMLInputElement>(el, '#name');
    expect(text(part(el, '#name-error'))).to.equal('Names cannot contain that word.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('name-error');
    expect(input.value).to.equal('Ada Whatever');
    expect(deepActiveElement()).to.equal(input);
    // A field error is said at the field, not again as a message about the whole form.
    expect(text(alertStatus(el))).to.equal('');

    // Typing again clears the server's complaint about the old value.
    await typeInto(el, '#name', 'Ada Other');
    expect(maybe(el, '#name-error')).to.equal(null);
  });

  it('uses the catalog for a server field error with a known code', async () => {
    const adapter = new MemoryAdapter();
    // A server's field error carries its limit, as the contract's own do.
    adapter.failNext('validation', {
      method: 'updateProfile',
      fields: { name: { code: 'too_long', max: 80 } },
    });
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    saveButton(el).click();
    await waitUntil(() => maybe(el, '#name-error'));
    expect(text(part(el, '#name-error'))).to.equal(en.fields.too_long(80));
  });

  it('offers to load the latest after a conflict, and keeps what was typed', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    // Meanwhile, somewhere else, the username changes.
    await adapter.updateProfile({ username: 'ada.elsewhere' });
    adapter.failNext('conflict', { method: 'updateProfile' });
    saveButton(el).click();

    await waitUntil(() => maybe(el, '[part~="conflict"]'), 'no offer to load the latest');
    const reload = part<HTMLButtonElement>(el, '[part~="conflict"]');
    expect(text(reload)).to.equal(en.common.reload);
    // The message comes first, then the way out.
    expect(text(alertStatus(el))).to.equal(en.errors.conflict);
    expect(alertStatus(el).compareDocumentPosition(reload) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');

    const loadsBefore = adapter.getAccountCalls;
    reload.click();
    await waitUntil(() => !maybe(el, '[part~="conflict"]'), 'the offer to load the latest stayed');
    expect(text(alertStatus(el))).to.equal('');
    await el.updateComplete;
    expect(adapter.getAccountCalls).to.equal(loadsBefore + 1);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
    // The field not edited here shows the latest value.
    expect(part<HTMLInputElement>(el, '#username').value).to.equal('ada.elsewhere');

    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    expect(adapter.updates.at(-1)).to.deep.equal({ name: 'Ada King' });
    const saved = await adapter.getAccount();
    expect([saved.name, saved.username]).to.deep.equal(['Ada King', 'ada.elsewhere']);
  });

  it('cannot be submitted twice at once', async () => {
    const adapter = new RecordingAdapter({ latency: 100 });
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    const save = saveButton(el);
    save.click();
    save.click();
    await el.updateComplete;
    save.click();
    part<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    expect(adapter.updates).to.have.length(1);
  });
});
