import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { pngBlob } from '../support/images.js';
import {
  animationsDone,
  chooseFile,
  en,
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
import { SPACE } from '../support/browser.js';

describe('<account-profile> accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      async function profile(adapter: MemoryAdapter): Promise<AccountProfile> {
        return fixture<AccountProfile>(
          html`<account-profile .adapter=${adapter} theme=${theme}></account-profile>`,
        );
      }

      it('loading', async () => {
        const el = await profile(new MemoryAdapter({ latency: 5000 }));
        expect(part(el, 'section').getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it('ready', async () => {
        const el = await whenReady(await profile(new MemoryAdapter()));
        await expect(el).to.be.accessible();
      });

      it('ready, with a picture', async () => {
        const adapter = new MemoryAdapter();
        await adapter.uploadAvatar(await pngBlob(64, 64));
        const el = await whenReady(await profile(adapter));
        expect(maybe(el, 'img.avatar')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('load failed', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('network', { method: 'getAccount' });
        const el = await profile(adapter);
        await waitUntil(() => maybe(el, '.notice--error'));
        await expect(el).to.be.accessible();
      });

      it('no adapter', async () => {
        const el = await fixture<AccountProfile>(html`<account-profile theme=${theme}></account-profile>`);
        await expect(el).to.be.accessible();
      });

      it('field errors shown, the save failed, and a username is available', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('validation', { method: 'updateProfile', fields: { name: { code: 'too_long' } } });
        const el = await whenReady(await profile(adapter));
        await typeInto(el, '#name', 'Ada King');
        saveButton(el).click();
        await waitUntil(() => maybe(el, '#name-error'));
        await typeInto(el, '#username', 'x');
        expect(maybe(el, '#username-error')).to.exist;
        await expect(el).to.be.accessible();

        await typeInto(el, '#username', 'ada.k');
        await waitUntil(() => text(part(el, '.availability')) === en.profile.usernameAvailable);
        await expect(el).to.be.accessible();
      });

      it('a conflict, with the offer to load the latest', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('conflict', { method: 'updateProfile' });
        const el = await whenReady(await profile(adapter));
        await typeInto(el, '#name', 'Ada King');
        saveButton(el).click();
        await waitUntil(() => maybe(el, '[part~="conflict"]'));
        await expect(el).to.be.accessible();
      });

      it('saved', async () => {
        const el = await whenReady(await profile(new MemoryAdapter()));
        await typeInto(el, '#name', 'Ada King');
        saveButton(el).click();
        await waitUntil(() => text(politeStatus(el)) === en.profile.saved);
        await expect(el).to.be.accessible();
      });

      it('a refused file', async () => {
        const el = await whenReady(await profile(new MemoryAdapter()));
        await chooseFile(el, new File(['text'], 'a.png', { type: 'image/png' }));
        await waitUntil(() => maybe(el, '#picture-error'));
        await expect(el).to.be.accessible();
      });

      it('crop dialog open', async () => {
        const el = await whenReady(await profile(new MemoryAdapter()));
        await chooseFile(el, new File([await pngBlob(400, 300)], 'photo.png', { type: 'image/png' }));
        await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#crop-dialog')?.open);
        await el.updateComplete;
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });

      it('identity dialog open, with a wrong password', async () => {
        const el = await whenReady(await profile(new MemoryAdapter({ reverify: ['updateProfile'] })));
        await typeInto(el, '#name', 'Ada King');
        saveButton(el).click();
        await waitUntil(() => maybe<HTMLDialogElement>(el, '#identity-check')?.open);
        await el.updateComplete;
        await animationsDone(el);
        await expect(el).to.be.accessible();

        await typeInto(el, '#identity-check-password', 'wrong password 1');
        part(el, '#identity-check .button--primary').click();
        await waitUntil(() => maybe(el, '#identity-check-password-error'));
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('<account-profile> keyboard', () => {
  it('Tab goes through upload, name, username and Save, in that order', async () => {
    const adapter = new MemoryAdapter();
    const { root, el } = await profileIn(
      html`<div>
        <button id="before">Before</button><account-profile .adapter=${adapter}></account-profile>
      </div>`,
    );
    await whenReady(el);
    root.querySelector<HTMLButtonElement>('#before')!.focus();

    const reached: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      reached.push(active?.id || active?.getAttribute('part') || active?.localName);
    }
    expect(reached).to.deep.equal([
      'choose-picture',
      'name',
      'username',
      saveButton(el).getAttribute('part')!,
    ]);
    expect(deepActiveElement()).to.equal(saveButton(el));
  });

  it('Enter in a field submits the form', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    const name = part<HTMLInputElement>(el, '#name');
    name.focus();
    name.select();
    await sendKeys({ type: 'Ada King' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(politeStatus(el)) === en.profile.saved, 'Enter did not save');
    expect(adapter.updates).to.deep.equal([{ name: 'Ada King' }]);
  });

  it('Enter in the username field submits too, and a broken rule takes focus back to it', async () => {
    const adapter = new RecordingAdapter();
    const el = await readyProfile(adapter);
    const username = part<HTMLInputElement>(el, '#username');
    username.focus();
    username.select();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(adapter.updates).to.deep.equal([]);
    expect(username.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(username);
  });

  it('Enter or Space on the upload button opens the file picker', async () => {
    const el = await readyProfile(new MemoryAdapter());
    let opened = 0;
    part(el, '#picture-file').addEventListener('click', (event) => {
      // Stops the real picker, which a test cannot close.
      event.preventDefault();
      opened++;
    });
    part(el, '#choose-picture').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: SPACE });
    expect(opened).to.equal(2);
  });
});
