import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AVATAR_MAX_BYTES, detectImageType } from '../../src/api/index.js';
import { OUTPUT_SIZE } from '../../src/elements/account-profile/crop.js';
import { AccountAvatarUpdatedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { AccountProfileHarness, backendWithPicture } from '../harness/account-profile.js';
import { text, until } from '../harness/element-harness.js';
import { pressWithShift } from '../support/browser.js';
import { PNG_SIGNATURE, pngBlob } from '../support/images.js';
import { mount } from '../support/mount.js';
import type { RecordingAdapter } from '../support/recording-adapter.js';

/** A profile whose account already has a picture, so a test can see that it is kept. */
async function profileWithPicture(): Promise<{
  harness: AccountProfileHarness;
  adapter: RecordingAdapter;
  src: string;
}> {
  const adapter = await backendWithPicture();
  const harness = await mount(AccountProfileHarness, adapter);
  const src = harness.picture!.src;
  expect(src).to.match(/^blob:/);
  return { harness, adapter, src };
}

async function expectRefused(file: File, message: string): Promise<void> {
  const { harness, adapter, src } = await profileWithPicture();
  await harness.choosePicture(file);
  const problem = await harness.waitFor('#picture-error', `no message for ${file.name}`);
  expect(text(problem)).to.equal(message);
  expect(problem.getAttribute('role')).to.equal('alert');
  expect(harness.cropOpen).to.equal(false);
  expect(harness.picture!.src).to.equal(src);
  expect(adapter.sent('uploadAvatar')).to.have.length(0);
}

describe('<account-profile> picture: files it refuses', () => {
  it('a .png that is really text', async () => {
    const file = new File(['just some words, not an image'], 'holiday.png', { type: 'image/png' });
    await expectRefused(file, en.profile.fileNotImage);
  });

  it('an empty file', async () => {
    await expectRefused(new File([], 'empty.png', { type: 'image/png' }), en.profile.fileEmpty);
  });

  it('a file over the size limit, even with a real PNG header', async () => {
    const file = new File([PNG_SIGNATURE, new Uint8Array(AVATAR_MAX_BYTES)], 'huge.png', {
      type: 'image/png',
    });
    expect(file.size).to.be.greaterThan(AVATAR_MAX_BYTES);
    await expectRefused(file, en.profile.fileTooLarge(AVATAR_MAX_BYTES / (1024 * 1024)));
    expect(en.profile.fileTooLarge(5)).to.contain('5 MB');
  });

  it('a BMP', async () => {
    const bmp = new Uint8Array(64);
    bmp.set([0x42, 0x4d]); // "BM"
    await expectRefused(new File([bmp], 'old.bmp', { type: 'image/bmp' }), en.profile.fileNotImage);
  });

  it('an SVG, even named .png', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    await expectRefused(new File([svg], 'logo.png', { type: 'image/png' }), en.profile.fileNotImage);
  });

  it('a PNG header over bytes that do not decode', async () => {
    const broken = new File([PNG_SIGNATURE, new Uint8Array(256).fill(7)], 'broken.png', {
      type: 'image/png',
    });
    await expectRefused(broken, en.profile.fileUnreadable);
  });

  it('clears the message once a good file is chosen', async () => {
    const { harness } = await profileWithPicture();
    await harness.choosePicture(new File([], 'empty.png'));
    await harness.waitFor('#picture-error');
    await harness.openCrop(new File([await pngBlob(300, 300)], 'ok.png', { type: 'image/png' }));
    expect(harness.cropDialog.querySelector('[role="alert"]')).to.equal(null);
    await harness.click(en.common.cancel, harness.cropDialog);
    expect(harness.pictureError).to.equal(null);
  });
});

describe('<account-profile> picture: crop, upload, remove', () => {
  async function openCrop(width = 1200, height = 800) {
    const setup = await profileWithPicture();
    // As after a click on the button that opened the file picker.
    setup.harness.choosePictureButton.focus();
    await setup.harness.openCrop(
      new File([await pngBlob(width, height)], 'photo.png', { type: 'image/png' }),
    );
    return setup;
  }

  function cropImage(harness: AccountProfileHarness): HTMLImageElement {
    return harness.find<HTMLImageElement>('.crop-image');
  }

  function cropValue(harness: AccountProfileHarness, name: '--_crop-x' | '--_crop-y' | '--_crop-w'): number {
    return parseFloat(cropImage(harness).style.getPropertyValue(name));
  }

  it('opens a modal crop dialog with the chosen picture, centred', async () => {
    const { harness } = await openCrop();
    const dialog = harness.cropDialog;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(dialog.querySelector('#crop-dialog-heading'))).to.equal(en.profile.cropHeading);
    expect(cropImage(harness).src).to.match(/^blob:/);
    // 1200×800 in a 240px square: the short side fills it, the long side overhangs evenly.
    expect(cropValue(harness, '--_crop-w')).to.equal(360);
    expect(cropValue(harness, '--_crop-x')).to.equal(-60);
    expect(cropValue(harness, '--_crop-y')).to.equal(0);
  });

  it('puts focus on the crop area when the crop opens', async () => {
    const { harness } = await openCrop();
    expect(harness.root.activeElement).to.equal(harness.find('.crop-area'));
  });

  it('moves and zooms with the keyboard on the crop area', async () => {
    const { harness } = await openCrop();
    harness.find('.crop-area').focus();

    await sendKeys({ press: 'ArrowLeft' });
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-x')).to.equal(-50);

    await pressWithShift('ArrowRight');
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-x')).to.equal(-90);

    // The edge holds: the picture always covers the square.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-x')).to.equal(-120);

    const width = cropValue(harness, '--_crop-w');
    await sendKeys({ press: '+' });
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-w')).to.be.greaterThan(width);
    expect(Number(harness.find<HTMLInputElement>('.crop-zoom input').value)).to.be.closeTo(1.1, 1e-9);
    await sendKeys({ press: 'ArrowDown' });
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-y')).to.be.lessThan(0);

    await sendKeys({ press: '-' });
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-w')).to.be.closeTo(width, 1e-6);
    expect(deepActiveElement()).to.equal(harness.find('.crop-area'));
  });

  it('zooms with the slider', async () => {
    const { harness } = await openCrop();
    const slider = harness.find<HTMLInputElement>('.crop-zoom input');
    slider.value = '2';
    slider.dispatchEvent(new Event('input'));
    await harness.element.updateComplete;
    expect(cropValue(harness, '--_crop-w')).to.equal(720);
  });

  it('"Use this picture" uploads a square of at most 512px and fires account-avatar-updated', async () => {
    const { harness, adapter, src } = await openCrop();
    const updated = oneEvent<AccountAvatarUpdatedEvent>(harness.element, AccountAvatarUpdatedEvent.eventName);
    harness.button(en.profile.usePicture, harness.cropDialog).click();
    const event = await updated;

    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.account.avatarUrl).to.match(/^blob:/);
    expect(adapter.sent('uploadAvatar')).to.have.length(1);
    const uploaded = adapter.sent('uploadAvatar')[0]!;
    expect(await detectImageType(uploaded)).to.be.oneOf(['image/webp', 'image/png']);
    const bitmap = await createImageBitmap(uploaded);
    expect(bitmap.width).to.equal(bitmap.height);
    expect(bitmap.width).to.equal(OUTPUT_SIZE);
    bitmap.close();

    await until(() => !harness.cropOpen, 'the crop dialog stayed open');
    await harness.announced(en.profile.pictureSaved);
    const shown = harness.picture!;
    expect(shown.src).to.equal(event.account.avatarUrl);
    expect(shown.src).not.to.equal(src);
    expect(shown.alt).to.equal(en.profile.pictureAlt('Ada Lovelace'));
    // Focus is back on the button that started it, now offering to change the picture.
    expect(deepActiveElement()).to.equal(harness.choosePictureButton);
    expect(text(harness.choosePictureButton)).to.equal(en.profile.changePicture);
  });

  it('keeps a small picture at its own size', async () => {
    const { harness, adapter } = await openCrop(200, 300);
    harness.button(en.profile.usePicture, harness.cropDialog).click();
    await until(
      () => adapter.count('uploadAvatar') === 1 && !harness.cropOpen,
      'the picture was not uploaded',
    );
    const bitmap = await createImageBitmap(adapter.sent('uploadAvatar')[0]!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([200, 200]);
    bitmap.close();
  });

  it('Cancel closes the crop dialog and changes nothing', async () => {
    const { harness, adapter, src } = await openCrop();
    await harness.click(en.common.cancel, harness.cropDialog);
    expect(harness.cropOpen).to.equal(false);
    expect(deepActiveElement()).to.equal(harness.choosePictureButton);
    expect(adapter.sent('uploadAvatar')).to.have.length(0);
    expect(harness.picture!.src).to.equal(src);
  });

  it('Cancel during an upload aborts it and keeps the current picture', async () => {
    const { harness, adapter, src } = await openCrop();
    adapter.hang('uploadAvatar');
    let fired = false;
    harness.element.addEventListener(AccountAvatarUpdatedEvent.eventName, () => (fired = true));
    harness.button(en.profile.usePicture, harness.cropDialog).click();
    await until(() => adapter.callsOf('uploadAvatar')[0]?.signal, 'the upload did not start');
    const { signal } = adapter.callsOf('uploadAvatar')[0]!;
    await harness.click(en.common.cancel, harness.cropDialog);
    expect(signal!.aborted).to.equal(true);
    expect(harness.cropOpen).to.equal(false);
    expect(fired).to.equal(false);
    expect(harness.picture!.src).to.equal(src);
    expect(harness.pictureError).to.equal(null);
  });

  it('shows a failed upload in the crop dialog and keeps it open', async () => {
    const { harness, adapter, src } = await openCrop();
    adapter.failNext('network', { method: 'uploadAvatar' });
    harness.button(en.profile.usePicture, harness.cropDialog).click();
    await until(() => harness.cropDialog.querySelector('[role="alert"]'), 'no message in the dialog');
    expect(text(harness.cropDialog.querySelector('[role="alert"]'))).to.equal(en.errors.network);
    expect(harness.cropOpen).to.equal(true);
    expect(harness.picture!.src).to.equal(src);
  });

  it('Remove clears the picture and fires account-avatar-updated', async () => {
    const { harness } = await profileWithPicture();
    const updated = oneEvent<AccountAvatarUpdatedEvent>(harness.element, AccountAvatarUpdatedEvent.eventName);
    harness.button(en.profile.removePicture).click();
    const event = await updated;
    expect(event.account.avatarUrl).to.equal(null);
    await until(() => !harness.picture, 'the picture is still shown');
    expect(text(harness.avatar)).to.equal('AL');
    expect(text(harness.statusRegion)).to.equal(en.profile.pictureRemoved);
    expect(() => harness.button(en.profile.removePicture)).to.throw();
    expect(text(harness.choosePictureButton)).to.equal(en.profile.choosePicture);
  });
});
