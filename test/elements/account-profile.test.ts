import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { configure } from '../../src/core/configure.js';
import '../../src/elements/account-provider/account-provider.js';
import { AccountProfileUpdatedEvent } from '../../src/events/index.js';
import {
  buttonByLabel,
  en,
  HeldAdapter,
  maybe,
  part,
  politeStatus,
  profileIn,
  readyProfile,
  RecordingAdapter,
  saveButton,
  text,
  typeInto,
  whenReady,
  type AccountProfile,
} from './profile-helpers.js';

describe('<account-profile> states', () => {
  it('shows a skeleton in a busy section while the account loads, then the form', async () => {
    const adapter = new MemoryAdapter({ latency: 200 });
    const el = await fixture<AccountProfile>(html`<account-profile .adapter=${adapter}></account-profile>`);

    const section = part(el, 'section');
    expect(section.getAttribute('aria-busy')).to.equal('true');
    expect(maybe(el, '[part="skeleton"]')).to.exist;
    expect(text(part(el, '[part="skeleton"] .visually-hidden'))).to.equal(en.common.loading);
    expect(maybe(el, 'form')).to.equal(null);

    await whenReady(el);
    expect(section.hasAttribute('aria-busy')).to.equal(false);
    expect(maybe(el, '[part="skeleton"]')).to.equal(null);
  });

  it('shows the loaded name and username, and the heading', async () => {
    const el = await readyProfile(new MemoryAdapter());
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect(part<HTMLInputElement>(el, '#username').value).to.equal('ada');
    expect(text(part(el, '#profile-heading'))).to.equal(en.profile.heading);
    expect(part(el, '#profile-heading').localName).to.equal('h2');
    // Without a picture, the initials stand in, named for assistive technology.
    const avatar = part(el, '[part~="avatar"]');
    expect(text(avatar)).to.equal('AL');
    expect(avatar.getAttribute('aria-label')).to.equal(en.profile.noPicture);
  });

  it('keeps its status inside the card, taking no room while it has nothing to say', async () => {
    const el = await readyProfile(new MemoryAdapter());
    const status = part(el, '[part~="status"]');
    expect(part(el, 'section').contains(status)).to.equal(true);
    expect(status.getBoundingClientRect().height).to.equal(0);
    // Neither it nor the silent availability note adds a row: the actions follow the username by one gap.
    const gap = parseFloat(getComputedStyle(part(el, 'form')).rowGap);
    const actions = part(el, '.actions').getBoundingClientRect();
    const username = part(el, '[part~="username-field"]').getBoundingClientRect();
    expect(actions.top - username.bottom).to.equal(gap);
    expect(actions.height).to.equal(saveButton(el).getBoundingClientRect().height);
    expect(saveButton(el).getBoundingClientRect().right).to.equal(actions.right);
  });

  it('shows the role: admin or member', async () => {
    const admin = await readyProfile(new MemoryAdapter());
    expect(text(part(admin, '[part="role"]'))).to.equal(en.profile.roleAdmin);
    const member = await readyProfile(new MemoryAdapter({ user: 'member' }));
    expect(text(part(member, '[part="role"]'))).to.equal(en.profile.roleMember);
  });

  it('puts the heading at the level it is given', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<AccountProfile>(
      html`<account-profile .adapter=${adapter} heading-level="3"></account-profile>`,
    );
    await whenReady(el);
    expect(part(el, '#profile-heading').localName).to.equal('h3');
  });

  it('saves: the button is busy while saving, then "Profile saved." is announced and the event fired', async () => {
    const adapter = new MemoryAdapter({ latency: 100 });
    const { root, el } = await profileIn(
      html`<div><account-profile .adapter=${adapter}></account-profile></div>`,
    );
    await whenReady(el);
    await typeInto(el, '#name', 'Ada King');

    const updated = oneEvent<AccountProfileUpdatedEvent>(root, AccountProfileUpdatedEvent.eventName);
    saveButton(el).click();
    await el.updateComplete;
    expect(saveButton(el).getAttribute('aria-busy')).to.equal('true');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(saveButton(el).querySelector('.visually-hidden'))).to.equal(en.common.saving);

    const event = await updated;
    expect(event).to.be.instanceOf(AccountProfileUpdatedEvent);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.account.name).to.equal('Ada King');
    expect(event.account.username).to.equal('ada');

    await waitUntil(() => text(politeStatus(el)) === en.profile.saved, 'the save was not announced');
    expect(saveButton(el).hasAttribute('aria-busy')).to.equal(false);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada King');
    expect((await adapter.getAccount()).name).to.equal('Ada King');
  });

  it('sends only the fields that changed', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada King');
    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    expect(adapter.updates).to.deep.equal([{ name: 'Ada King' }]);
  });

  it('offers Cancel while edited, which brings back the saved values', async () => {
    const el = await readyProfile(new MemoryAdapter());
    expect(() => buttonByLabel(part(el, 'form'), en.common.cancel)).to.throw();
    await typeInto(el, '#name', 'Someone Else');
    buttonByLabel(part(el, 'form'), en.common.cancel).click();
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect(() => buttonByLabel(part(el, 'form'), en.common.cancel)).to.throw();
  });

  it('is clean after a save the server normalises back to the current value', async () => {
    const adapter = new MemoryAdapter();
    const el = await readyProfile(adapter);
    // The schema trims, so this saves "Ada Lovelace": the value already stored.
    await typeInto(el, '#name', 'Ada Lovelace ');
    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect(() => buttonByLabel(part(el, 'form'), en.common.cancel)).to.throw();
  });

  it('takes a save made elsewhere into the fields not being edited, and keeps the edited ones', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', 'Ada Byron');
    const other = await readyProfile(adapter);
    await typeInto(other, '#username', 'ada.b');
    saveButton(other).click();
    await waitUntil(() => text(politeStatus(other)) === en.profile.saved);
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Byron');
    expect(part<HTMLInputElement>(el, '#username').value).to.equal('ada.b');

    // Saving now changes the name only; it does not undo the other element's username.
    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    expect(adapter.updates.at(-1)).to.deep.equal({ name: 'Ada Byron' });
    expect((await adapter.getAccount()).username).to.equal('ada.b');
  });

  it('says what went wrong when the account cannot be loaded, and its retry works', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('network', { method: 'getAccount' });
    const el = await fixture<AccountProfile>(html`<account-profile .adapter=${adapter}></account-profile>`);
    await waitUntil(() => maybe(el, '.notice--error'), 'no error was shown');

    const notice = part(el, '.notice--error');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice.querySelector('p'))).to.equal(en.errors.network);
    expect(maybe(el, 'form')).to.equal(null);
    expect(part(el, 'section').hasAttribute('aria-busy')).to.equal(false);

    buttonByLabel(notice, en.common.retry).click();
    await whenReady(el);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect(maybe(el, '.notice--error')).to.equal(null);
  });

  it('tells the integrator when there is no adapter anywhere', async () => {
    const el = await fixture<AccountProfile>(html`<account-profile></account-profile>`);
    expect(text(part(el, '[part="notice"]'))).to.equal(en.errors.noAdapter);
    expect(maybe(el, 'form')).to.equal(null);
    expect(maybe(el, '[part="skeleton"]')).to.equal(null);
  });

  it('finds its adapter through <account-provider>', async () => {
    const adapter = new RecordingAdapter();
    const { el } = await profileIn(
      html`<account-provider .adapter=${adapter}
        ><div><account-profile></account-profile></div
      ></account-provider>`,
    );
    await whenReady(el);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect(adapter.getAccountCalls).to.equal(1);
  });

  it('prefers its own adapter over the provider’s', async () => {
    const provided = new MemoryAdapter();
    const own = new MemoryAdapter({ user: 'member' });
    const { el } = await profileIn(
      html`<account-provider .adapter=${provided}
        ><account-profile .adapter=${own}></account-profile
      ></account-provider>`,
    );
    await whenReady(el);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Grace Hopper');
  });

  describe('with configure({ adapter })', () => {
    afterEach(() => configure({ adapter: undefined }));

    it('uses the page-wide adapter', async () => {
      configure({ adapter: new MemoryAdapter() });
      const el = await fixture<AccountProfile>(html`<account-profile></account-profile>`);
      await whenReady(el);
      expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    });

    it('picks up an adapter configured after it was put on the page', async () => {
      const el = await fixture<AccountProfile>(html`<account-profile></account-profile>`);
      expect(text(part(el, '[part="notice"]'))).to.equal(en.errors.noAdapter);
      configure({ adapter: new MemoryAdapter({ user: 'member' }) });
      await whenReady(el);
      expect(part<HTMLInputElement>(el, '#name').value).to.equal('Grace Hopper');
    });
  });

  it('shows the new adapter’s account when given another, not the old one’s or the input made for it', async () => {
    const el = await readyProfile(new MemoryAdapter());
    await typeInto(el, '#name', 'Typed for Ada');
    const member = new HeldAdapter({ user: 'member' });
    el.adapter = member;
    await el.updateComplete;
    expect(maybe(el, '[part="skeleton"]'), 'loading the new account').to.exist;
    expect(maybe(el, '#name')).to.equal(null);
    member.release();
    await whenReady(el);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Grace Hopper');
    expect(part<HTMLInputElement>(el, '#username').value).to.equal('grace');
    expect(() => buttonByLabel(part(el, 'form'), en.common.cancel)).to.throw();
  });

  it('finishes loading when it is moved elsewhere in the page while loading', async () => {
    const adapter = new HeldAdapter();
    const { root, el } = await profileIn(
      html`<div>
        <div id="a"><account-profile .adapter=${adapter}></account-profile></div>
        <div id="b"></div>
      </div>`,
    );
    expect(maybe(el, '[part="skeleton"]')).to.exist;
    // Moving disconnects and connects again in one go; the load it aborted must start again.
    root.querySelector('#b')!.append(el);
    adapter.release();
    await whenReady(el);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
  });
});

describe('<account-profile> renders user text as text', () => {
  const hostile = '<img src=x onerror="window.__aeInjected=true">';

  type Flagged = typeof globalThis & { __aeInjected?: boolean };
  afterEach(() => delete (globalThis as Flagged).__aeInjected);

  /** Gives any injected markup the chance to load its image and fail. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  function expectNoInjectedMarkup(el: AccountProfile): void {
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    expect((globalThis as Flagged).__aeInjected).to.equal(undefined);
  }

  it('shows a seeded name with markup as text in the input and the initials', async () => {
    const el = await readyProfile(new MemoryAdapter({ seed: { admin: { name: hostile } } }));
    await settle();
    expect(part<HTMLInputElement>(el, '#name').value).to.equal(hostile);
    // The first character of the first and last words, as characters.
    expect(text(part(el, '[part~="avatar"]'))).to.equal('<O');
    expectNoInjectedMarkup(el);
  });

  it('uses it as the picture’s alt text, not markup', async () => {
    const adapter = new MemoryAdapter({ seed: { admin: { name: hostile } } });
    const canvas = new OffscreenCanvas(8, 8);
    canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
    await adapter.uploadAvatar(await canvas.convertToBlob({ type: 'image/png' }));
    const el = await readyProfile(adapter);
    await settle();
    expect(part<HTMLImageElement>(el, 'img.avatar').alt).to.equal(en.profile.pictureAlt(hostile));
    expectNoInjectedMarkup(el);
  });

  it('saves such a name through the form and still shows it as text', async () => {
    const adapter = new MemoryAdapter();
    const el = await readyProfile(adapter);
    await typeInto(el, '#name', hostile);
    saveButton(el).click();
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
    await settle();
    expect((await adapter.getAccount()).name).to.equal(hostile);
    expect(part<HTMLInputElement>(el, '#name').value).to.equal(hostile);
    expectNoInjectedMarkup(el);
  });

  it('does not use a picture URL with a scheme it does not expect', async () => {
    const el = await readyProfile(
      new MemoryAdapter({ seed: { admin: { avatarUrl: 'javascript:alert(1)' } } }),
    );
    expect(maybe(el, 'img.avatar')).to.equal(null);
    expect(text(part(el, '[part~="avatar"]'))).to.equal('AL');
  });
});
