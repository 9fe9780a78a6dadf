import { expect, html, oneEvent } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { configure } from '../../src/core/configure.js';
import '../../src/elements/account-provider/account-provider.js';
import { AccountProfileUpdatedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { SKELETON, text } from '../harness/element-harness.js';
import { mount, mountIn } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

describe('<account-profile> states', () => {
  it('shows a skeleton in a busy section while the account loads, then the form', async () => {
    const adapter = new MemoryAdapter({ latency: 200 });
    const harness = await mount(AccountProfileHarness, adapter, { ready: false });

    const section = harness.find('section');
    expect(section.getAttribute('aria-busy')).to.equal('true');
    expect(harness.skeleton).to.exist;
    expect(text(harness.find(`${SKELETON} .visually-hidden`))).to.equal(en.common.loading);
    expect(harness.maybe('form')).to.equal(null);

    await harness.ready(AccountProfileHarness.readySelector);
    expect(section.hasAttribute('aria-busy')).to.equal(false);
    expect(harness.skeleton).to.equal(null);
  });

  it('shows the loaded name and username, and the heading', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
    expect(harness.usernameInput.value).to.equal('ada');
    expect(text(harness.heading)).to.equal(en.profile.heading);
    expect(harness.heading.localName).to.equal('h2');
    // Without a picture, the initials stand in, named for assistive technology.
    const avatar = harness.avatar;
    expect(text(avatar)).to.equal('AL');
    expect(avatar.getAttribute('aria-label')).to.equal(en.profile.noPicture);
  });

  it('keeps its status inside the card, taking no room while it has nothing to say', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    const status = harness.statusRegion.parentElement!;
    expect(harness.find('section').contains(status)).to.equal(true);
    expect(status.getBoundingClientRect().height).to.equal(0);
    // Neither it nor the silent availability note adds a row: the actions follow the username by one gap.
    const gap = parseFloat(getComputedStyle(harness.find('form')).rowGap);
    const actions = harness.find('.actions').getBoundingClientRect();
    const username = harness.usernameInput.closest('.field')!.getBoundingClientRect();
    expect(actions.top - username.bottom).to.equal(gap);
    expect(actions.height).to.equal(harness.saveButton.getBoundingClientRect().height);
    expect(harness.saveButton.getBoundingClientRect().right).to.equal(actions.right);
  });

  it('shows the role: admin or member', async () => {
    const admin = await mount(AccountProfileHarness, new MemoryAdapter());
    expect(text(admin.find('#account-role'))).to.equal(en.profile.roleAdmin);
    const member = await mount(AccountProfileHarness, new MemoryAdapter({ user: 'member' }));
    expect(text(member.find('#account-role'))).to.equal(en.profile.roleMember);
  });

  it('puts the heading at the level it is given', async () => {
    const adapter = new MemoryAdapter();
    const { harness } = await mountIn(
      AccountProfileHarness,
      html`<account-profile .adapter=${adapter} heading-level="3"></account-profile>`,
    );
    expect(harness.heading.localName).to.equal('h3');
  });

  it('saves: the button is busy while saving, then "Profile saved." is announced and the event fired', async () => {
    const adapter = new MemoryAdapter({ latency: 100 });
    const { root, harness } = await mountIn(
      AccountProfileHarness,
      html`<div><account-profile .adapter=${adapter}></account-profile></div>`,
    );
    await harness.fill(en.profile.name, 'Ada King');

    const updated = oneEvent<AccountProfileUpdatedEvent>(root, AccountProfileUpdatedEvent.eventName);
    await harness.save();
    expect(harness.saveButton.getAttribute('aria-busy')).to.equal('true');
    expect(harness.saveButton.getAttribute('aria-disabled')).to.equal('true');
    expect(text(harness.saveButton.querySelector('.visually-hidden'))).to.equal(en.common.saving);

    const event = await updated;
    expect(event).to.be.instanceOf(AccountProfileUpdatedEvent);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.account.name).to.equal('Ada King');
    expect(event.account.username).to.equal('ada');

    await harness.announced(en.profile.saved);
    expect(harness.saveButton.hasAttribute('aria-busy')).to.equal(false);
    expect(harness.nameInput.value).to.equal('Ada King');
    expect((await adapter.getAccount()).name).to.equal('Ada King');
  });

  it('sends only the fields that changed', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.rename('Ada King');
    await harness.announced(en.profile.saved);
    expect(adapter.sent('updateProfile')).to.deep.equal([{ name: 'Ada King' }]);
  });

  it('offers Cancel while edited, which brings back the saved values', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    expect(() => harness.button(en.common.cancel, harness.find('form'))).to.throw();
    await harness.fill(en.profile.name, 'Someone Else');
    await harness.click(en.common.cancel, harness.find('form'));
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
    expect(() => harness.button(en.common.cancel, harness.find('form'))).to.throw();
  });

  it('is clean after a save the server normalises back to the current value', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    // The schema trims, so this saves "Ada Lovelace": the value already stored.
    await harness.rename('Ada Lovelace ');
    await harness.announced(en.profile.saved);
    await harness.element.updateComplete;
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
    expect(() => harness.button(en.common.cancel, harness.find('form'))).to.throw();
  });

  it('takes a save made elsewhere into the fields not being edited, and keeps the edited ones', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.fill(en.profile.name, 'Ada Byron');
    const other = await mount(AccountProfileHarness, adapter);
    await other.fill(en.profile.username, 'ada.b');
    await other.save();
    await other.announced(en.profile.saved);
    await harness.element.updateComplete;
    expect(harness.nameInput.value).to.equal('Ada Byron');
    expect(harness.usernameInput.value).to.equal('ada.b');

    // Saving now changes the name only; it does not undo the other element's username.
    await harness.save();
    await harness.announced(en.profile.saved);
    expect(adapter.sent('updateProfile').at(-1)).to.deep.equal({ name: 'Ada Byron' });
    expect((await adapter.getAccount()).username).to.equal('ada.b');
  });

  it('says what went wrong when the account cannot be loaded, and its retry works', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('network', { method: 'getAccount' });
    const harness = await mount(AccountProfileHarness, adapter, { ready: false });
    await harness.waitFor('.notice--error', 'no error was shown');

    const notice = harness.find('.notice--error');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice.querySelector('p'))).to.equal(en.errors.network);
    expect(harness.maybe('form')).to.equal(null);
    expect(harness.find('section').hasAttribute('aria-busy')).to.equal(false);

    harness.button(en.common.retry, notice).click();
    await harness.ready(AccountProfileHarness.readySelector);
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
    expect(harness.maybe('.notice--error')).to.equal(null);
  });

  it('tells the integrator when there is no adapter anywhere', async () => {
    const harness = await mount(AccountProfileHarness, undefined);
    expect(harness.notice).to.equal(en.errors.noAdapter);
    expect(harness.maybe('form')).to.equal(null);
    expect(harness.skeleton).to.equal(null);
  });

  it('finds its adapter through <account-provider>', async () => {
    const adapter = new RecordingAdapter();
    const { harness } = await mountIn(
      AccountProfileHarness,
      html`<account-provider .adapter=${adapter}
        ><div><account-profile></account-profile></div
      ></account-provider>`,
    );
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
    expect(adapter.count('getAccount')).to.equal(1);
  });

  it('prefers its own adapter over the provider’s', async () => {
    const provided = new MemoryAdapter();
    const own = new MemoryAdapter({ user: 'member' });
    const { harness } = await mountIn(
      AccountProfileHarness,
      html`<account-provider .adapter=${provided}
        ><account-profile .adapter=${own}></account-profile
      ></account-provider>`,
    );
    expect(harness.nameInput.value).to.equal('Grace Hopper');
  });

  describe('with configure({ adapter })', () => {
    afterEach(() => configure({ adapter: undefined }));

    it('uses the page-wide adapter', async () => {
      configure({ adapter: new MemoryAdapter() });
      const harness = await mount(AccountProfileHarness, undefined, { ready: true });
      expect(harness.nameInput.value).to.equal('Ada Lovelace');
    });

    it('picks up an adapter configured after it was put on the page', async () => {
      const harness = await mount(AccountProfileHarness, undefined);
      expect(harness.notice).to.equal(en.errors.noAdapter);
      configure({ adapter: new MemoryAdapter({ user: 'member' }) });
      await harness.ready(AccountProfileHarness.readySelector);
      expect(harness.nameInput.value).to.equal('Grace Hopper');
    });
  });

  it('shows the new adapter’s account when given another, not the old one’s or the input made for it', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    await harness.fill(en.profile.name, 'Typed for Ada');
    const member = new RecordingAdapter({ user: 'member' });
    const release = member.hold('getAccount');
    harness.element.adapter = member;
    await harness.element.updateComplete;
    expect(harness.skeleton, 'loading the new account').to.exist;
    expect(harness.maybe('#name')).to.equal(null);
    release();
    await harness.ready(AccountProfileHarness.readySelector);
    expect(harness.nameInput.value).to.equal('Grace Hopper');
    expect(harness.usernameInput.value).to.equal('grace');
    expect(() => harness.button(en.common.cancel, harness.find('form'))).to.throw();
  });

  it('finishes loading when it is moved elsewhere in the page while loading', async () => {
    const adapter = new RecordingAdapter();
    const release = adapter.hold('getAccount');
    const { root, harness } = await mountIn(
      AccountProfileHarness,
      html`<div>
        <div id="a"><account-profile .adapter=${adapter}></account-profile></div>
        <div id="b"></div>
      </div>`,
      { ready: false },
    );
    expect(harness.skeleton).to.exist;
    // Moving disconnects and connects again in one go; the load it aborted must start again.
    root.querySelector('#b')!.append(harness.element);
    release();
    await harness.ready(AccountProfileHarness.readySelector);
    expect(harness.nameInput.value).to.equal('Ada Lovelace');
  });
});

describe('<account-profile> renders user text as text', () => {
  const hostile = '<img src=x onerror="window.__aeInjected=true">';

  type Flagged = typeof globalThis & { __aeInjected?: boolean };
  afterEach(() => delete (globalThis as Flagged).__aeInjected);

  /** Gives any injected markup the chance to load its image and fail. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  function expectNoInjectedMarkup(harness: AccountProfileHarness): void {
    expect(harness.maybe('img[src="x"]')).to.equal(null);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    expect((globalThis as Flagged).__aeInjected).to.equal(undefined);
  }

  it('shows a seeded name with markup as text in the input and the initials', async () => {
    const harness = await mount(
      AccountProfileHarness,
      new MemoryAdapter({ seed: { admin: { name: hostile } } }),
    );
    await settle();
    expect(harness.nameInput.value).to.equal(hostile);
    // The first character of the first and last words, as characters.
    expect(text(harness.avatar)).to.equal('<O');
    expectNoInjectedMarkup(harness);
  });

  it('uses it as the picture’s alt text, not markup', async () => {
    const adapter = new MemoryAdapter({ seed: { admin: { name: hostile } } });
    const canvas = new OffscreenCanvas(8, 8);
    canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
    await adapter.uploadAvatar(await canvas.convertToBlob({ type: 'image/png' }));
    const harness = await mount(AccountProfileHarness, adapter);
    await settle();
    expect(harness.picture!.alt).to.equal(en.profile.pictureAlt(hostile));
    expectNoInjectedMarkup(harness);
  });

  it('saves such a name through the form and still shows it as text', async () => {
    const adapter = new MemoryAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    await harness.rename(hostile);
    await harness.announced(en.profile.saved);
    await settle();
    expect((await adapter.getAccount()).name).to.equal(hostile);
    expect(harness.nameInput.value).to.equal(hostile);
    expectNoInjectedMarkup(harness);
  });

  it('does not use a picture URL with a scheme it does not expect', async () => {
    const harness = await mount(
      AccountProfileHarness,
      new MemoryAdapter({ seed: { admin: { avatarUrl: 'javascript:alert(1)' } } }),
    );
    expect(harness.picture).to.equal(null);
    expect(text(harness.avatar)).to.equal('AL');
  });
});
