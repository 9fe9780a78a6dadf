import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { text, until } from '../harness/element-harness.js';
import { SPACE } from '../support/browser.js';
import { pngBlob } from '../support/images.js';
import { mount, mountIn } from '../support/mount.js';
import { RecordingAdapter } from '../support/recording-adapter.js';

describe('<account-profile> accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      function profile(adapter: MemoryAdapter | undefined, ready = true): Promise<AccountProfileHarness> {
        return mount(AccountProfileHarness, adapter, { theme, ready });
      }

      it('loading', async () => {
        const harness = await profile(new MemoryAdapter({ latency: 5000 }), false);
        expect(harness.find('section').getAttribute('aria-busy')).to.equal('true');
        await expect(harness.element).to.be.accessible();
      });

      it('ready', async () => {
        const harness = await profile(new MemoryAdapter());
        await expect(harness.element).to.be.accessible();
      });

      it('ready, with a picture', async () => {
        const adapter = new MemoryAdapter();
        await adapter.uploadAvatar(await pngBlob(64, 64));
        const harness = await profile(adapter);
        expect(harness.picture).to.exist;
        await expect(harness.element).to.be.accessible();
      });

      it('load failed', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('network', { method: 'getAccount' });
        const harness = await profile(adapter, false);
        await harness.waitFor('.notice--error');
        await expect(harness.element).to.be.accessible();
      });

      it('no adapter', async () => {
        const harness = await profile(undefined, false);
        await expect(harness.element).to.be.accessible();
      });

      it('field errors shown, the save failed, and a username is available', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('validation', { method: 'updateProfile', fields: { name: { code: 'too_long' } } });
        const harness = await profile(adapter);
        await harness.rename('Ada King');
        await until(() => harness.errorOf(en.profile.name), 'no error at the name');
        await harness.fill(en.profile.username, 'x');
        expect(harness.usernameError).not.to.equal('');
        await expect(harness.element).to.be.accessible();

        await harness.fill(en.profile.username, 'ada.k');
        await until(() => harness.availability === en.profile.usernameAvailable, 'not available');
        await expect(harness.element).to.be.accessible();
      });

      it('a conflict, with the offer to load the latest', async () => {
        const adapter = new MemoryAdapter();
        adapter.failNext('conflict', { method: 'updateProfile' });
        const harness = await profile(adapter);
        await harness.rename('Ada King');
        await harness.waitForButton(en.common.reload);
        await expect(harness.element).to.be.accessible();
      });

      it('saved', async () => {
        const harness = await profile(new MemoryAdapter());
        await harness.rename('Ada King');
        await harness.announced(en.profile.saved);
        await expect(harness.element).to.be.accessible();
      });

      it('a refused file', async () => {
        const harness = await profile(new MemoryAdapter());
        await harness.choosePicture(new File(['text'], 'a.png', { type: 'image/png' }));
        await until(() => harness.pictureError, 'the file was not refused');
        await expect(harness.element).to.be.accessible();
      });

      it('crop dialog open', async () => {
        const harness = await profile(new MemoryAdapter());
        await harness.openCrop(new File([await pngBlob(400, 300)], 'photo.png', { type: 'image/png' }));
        await harness.animationsDone();
        await expect(harness.element).to.be.accessible();
      });

      it('identity dialog open, with a wrong password', async () => {
        const harness = await profile(new MemoryAdapter({ reverify: ['updateProfile'] }));
        await harness.rename('Ada King');
        await harness.waitForIdentityCheck();
        await harness.animationsDone();
        await expect(harness.element).to.be.accessible();

        await harness.confirmIdentity('wrong password 1');
        await harness.waitFor('#identity-check-password-error');
        await harness.animationsDone();
        await expect(harness.element).to.be.accessible();
      });
    });
  }
});

describe('<account-profile> keyboard', () => {
  it('Tab goes through upload, name, username and Save, in that order', async () => {
    const adapter = new MemoryAdapter();
    const { root, harness } = await mountIn(
      AccountProfileHarness,
      html`<div>
        <button id="before">Before</button><account-profile .adapter=${adapter}></account-profile>
      </div>`,
    );
    root.querySelector<HTMLButtonElement>('#before')!.focus();

    const reached: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      reached.push(active?.id || text(active));
    }
    expect(reached).to.deep.equal(['choose-picture', 'name', 'username', en.common.save]);
    expect(deepActiveElement()).to.equal(harness.saveButton);
  });

  it('Enter in a field submits the form', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    const name = harness.nameInput;
    name.focus();
    name.select();
    await sendKeys({ type: 'Ada King' });
    await sendKeys({ press: 'Enter' });
    await harness.announced(en.profile.saved);
    expect(adapter.sent('updateProfile')).to.deep.equal([{ name: 'Ada King' }]);
  });

  it('Enter in the username field submits too, and a broken rule takes focus back to it', async () => {
    const adapter = new RecordingAdapter();
    const harness = await mount(AccountProfileHarness, adapter);
    const username = harness.usernameInput;
    username.focus();
    username.select();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Enter' });
    await harness.element.updateComplete;
    expect(adapter.sent('updateProfile')).to.deep.equal([]);
    expect(username.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(username);
  });

  it('Enter or Space on the upload button opens the file picker', async () => {
    const harness = await mount(AccountProfileHarness, new MemoryAdapter());
    let opened = 0;
    harness.find('#picture-file').addEventListener('click', (event) => {
      // Stops the real picker, which a test cannot close.
      event.preventDefault();
      opened++;
    });
    harness.choosePictureButton.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: SPACE });
    expect(opened).to.equal(2);
  });
});
