import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AVATAR_MAX_BYTES, detectImageType } from '../../src/api/index.js';
import { OUTPUT_SIZE } from '../../src/elements/account-profile/crop.js';
import { AccountAvatarUpdatedEvent } from '../../src/events/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { pressWithShift } from '../support/browser.js';
import { pngBlob } from '../support/images.js';
import {
  buttonByLabel,
  chooseFile,
  en,
  maybe,
  part,
  PNG_SIGNATURE,
  politeStatus,
  readyProfile,
  RecordingAdapter,
  text,
  type AccountProfile,
} from './profile-helpers.js';

/** A profile whose account already has a picture, so a test can see that it is kept. */
async function profileWithPicture(): Promise<{ el: AccountProfile; adapter: RecordingAdapter; src: string }> {
  const adapter = new RecordingAdapter();
  await adapter.uploadAvatar(await pngBlob(64, 64));
  adapter.uploads.length = 0;
  const el = await readyProfile(adapter);
  const src = part<HTMLImageElement>(el, 'img.avatar').src;
  expect(src).to.match(/^blob:/);
  return { el, adapter, src };
}

function cropDialog(el: AccountProfile): HTMLDialogElement {
  return part<HTMLDialogElement>(el, '#crop-dialog');
}

/** The cropper is fetched with the first chosen picture: before that there is no dialog at all. */
function cropOpen(el: AccountProfile): boolean {
  return maybe<HTMLDialogElement>(el, '#crop-dialog')?.open ?? false;
}

async function expectRefused(file: File, message: string): Promise<void> {
  const { el, adapter, src } = await profileWithPicture();
  await chooseFile(el, file);
  await waitUntil(() => maybe(el, '#picture-error'), `no message for ${file.name}`);
  const problem = part(el, '#picture-error');
  expect(text(problem)).to.equal(message);
  expect(problem.getAttribute('role')).to.equal('alert');
  expect(cropOpen(el)).to.equal(false);
  expect(part<HTMLImageElement>(el, 'img.avatar').src).to.equal(src);
  expect(adapter.uploads).to.have.length(0);
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
    const { el } = await profileWithPicture();
    await chooseFile(el, new File([], 'empty.png'));
    await waitUntil(() => maybe(el, '#picture-error'));
    await chooseFile(el, new File([await pngBlob(300, 300)], 'ok.png', { type: 'image/png' }));
    await waitUntil(() => cropOpen(el), 'the crop dialog did not open');
    expect(cropDialog(el).querySelector('[role="alert"]')).to.equal(null);
    buttonByLabel(cropDialog(el), en.common.cancel).click();
    await el.updateComplete;
    expect(maybe(el, '#picture-error')).to.equal(null);
  });
});

describe('<account-profile> picture: crop, upload, remove', () => {
  async function openCrop(width = 1200, height = 800) {
    const setup = await profileWithPicture();
    // As after a click on the button that opened the file picker.
    part(setup.el, '#choose-picture').focus();
    await chooseFile(setup.el, new File([await pngBlob(width, height)], 'photo.png', { type: 'image/png' }));
    await waitUntil(() => cropOpen(setup.el), 'the crop dialog did not open');
    await setup.el.updateComplete;
    return setup;
  }

  function cropImage(el: AccountProfile): HTMLImageElement {
    return part<HTMLImageElement>(el, '.crop-image');
  }

  function cropValue(el: AccountProfile, name: '--_crop-x' | '--_crop-y' | '--_crop-w'): number {
    return parseFloat(cropImage(el).style.getPropertyValue(name));
  }

  it('opens a modal crop dialog with the chosen picture, centred', async () => {
    const { el } = await openCrop();
    const dialog = cropDialog(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(dialog.querySelector('#crop-dialog-heading'))).to.equal(en.profile.cropHeading);
    expect(cropImage(el).src).to.match(/^blob:/);
    // 1200×800 in a 240px square: the short side fills it, the long side overhangs evenly.
    expect(cropValue(el, '--_crop-w')).to.equal(360);
    expect(cropValue(el, '--_crop-x')).to.equal(-60);
    expect(cropValue(el, '--_crop-y')).to.equal(0);
  });

  it('puts focus on the crop area when the crop opens', async () => {
    const { el } = await openCrop();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.crop-area'));
  });

  it('moves and zooms with the keyboard on the crop area', async () => {
    const { el } = await openCrop();
    part(el, '.crop-area').focus();

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(cropValue(el, '--_crop-x')).to.equal(-50);

    await pressWithShift('ArrowRight');
    await el.updateComplete;
    expect(cropValue(el, '--_crop-x')).to.equal(-90);

    // The edge holds: the picture always covers the square.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(cropValue(el, '--_crop-x')).to.equal(-120);

    const width = cropValue(el, '--_crop-w');
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(cropValue(el, '--_crop-w')).to.be.greaterThan(width);
    expect(Number(part<HTMLInputElement>(el, '.crop-zoom input').value)).to.be.closeTo(1.1, 1e-9);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(cropValue(el, '--_crop-y')).to.be.lessThan(0);

    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(cropValue(el, '--_crop-w')).to.be.closeTo(width, 1e-6);
    expect(deepActiveElement()).to.equal(part(el, '.crop-area'));
  });

  it('zooms with the slider', async () => {
    const { el } = await openCrop();
    const slider = part<HTMLInputElement>(el, '.crop-zoom input');
    slider.value = '2';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cropValue(el, '--_crop-w')).to.equal(720);
  });

  it('"Use this picture" uploads a square of at most 512px and fires account-avatar-updated', async () => {
    const { el, adapter, src } = await openCrop();
    const updated = oneEvent<AccountAvatarUpdatedEvent>(el, AccountAvatarUpdatedEvent.eventName);
    buttonByLabel(cropDialog(el), en.profile.usePicture).click();
    const event = await updated;

    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.account.avatarUrl).to.match(/^blob:/);
    expect(adapter.uploads).to.have.length(1);
    const uploaded = adapter.uploads[0]!;
    expect(await detectImageType(uploaded)).to.be.oneOf(['image/webp', 'image/png']);
    const bitmap = await createImageBitmap(uploaded);
    expect(bitmap.width).to.equal(bitmap.height);
    expect(bitmap.width).to.equal(OUTPUT_SIZE);
    bitmap.close();

    await waitUntil(() => !cropOpen(el), 'the crop dialog stayed open');
    await waitUntil(() => text(politeStatus(el)) === en.profile.pictureSaved);
    const shown = part<HTMLImageElement>(el, 'img.avatar');
    expect(shown.src).to.equal(event.account.avatarUrl);
    expect(shown.src).not.to.equal(src);
    expect(shown.alt).to.equal(en.profile.pictureAlt('Ada Lovelace'));
    // Focus is back on the button that started it, now offering to change the picture.
    expect(deepActiveElement()).to.equal(part(el, '#choose-picture'));
    expect(text(part(el, '#choose-picture'))).to.equal(en.profile.changePicture);
  });

  it('keeps a small picture at its own size', async () => {
    const { el, adapter } = await openCrop(200, 300);
    buttonByLabel(cropDialog(el), en.profile.usePicture).click();
    await waitUntil(() => adapter.uploads.length === 1 && !cropOpen(el));
    const bitmap = await createImageBitmap(adapter.uploads[0]!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([200, 200]);
    bitmap.close();
  });

  it('Cancel closes the crop dialog and changes nothing', async () => {
    const { el, adapter, src } = await openCrop();
    buttonByLabel(cropDialog(el), en.common.cancel).click();
    await el.updateComplete;
    expect(cropOpen(el)).to.equal(false);
    expect(deepActiveElement()).to.equal(part(el, '#choose-picture'));
    expect(adapter.uploads).to.have.length(0);
    expect(part<HTMLImageElement>(el, 'img.avatar').src).to.equal(src);
  });

  it('Cancel during an upload aborts it and keeps the current picture', async () => {
    const { el, adapter, src } = await openCrop();
    let signal: AbortSignal | undefined;
    adapter.uploadAvatar = (_image, options) =>
      new Promise((_resolve, reject) => {
        signal = options?.signal;
        signal?.addEventListener('abort', () => reject(signal!.reason));
      });
    let fired = false;
    el.addEventListener(AccountAvatarUpdatedEvent.eventName, () => (fired = true));
    buttonByLabel(cropDialog(el), en.profile.usePicture).click();
    await waitUntil(() => signal, 'the upload did not start');
    buttonByLabel(cropDialog(el), en.common.cancel).click();
    await el.updateComplete;
    expect(signal!.aborted).to.equal(true);
    expect(cropOpen(el)).to.equal(false);
    expect(fired).to.equal(false);
    expect(part<HTMLImageElement>(el, 'img.avatar').src).to.equal(src);
    expect(maybe(el, '#picture-error')).to.equal(null);
  });

  it('shows a failed upload in the crop dialog and keeps it open', async () => {
    const { el, adapter, src } = await openCrop();
    adapter.failNext('network', { method: 'uploadAvatar' });
    buttonByLabel(cropDialog(el), en.profile.usePicture).click();
    await waitUntil(() => cropDialog(el).querySelector('[role="alert"]'), 'no message in the dialog');
    expect(text(cropDialog(el).querySelector('[role="alert"]'))).to.equal(en.errors.network);
    expect(cropOpen(el)).to.equal(true);
    expect(part<HTMLImageElement>(el, 'img.avatar').src).to.equal(src);
  });

  it('Remove clears the picture and fires account-avatar-updated', async () => {
    const { el } = await profileWithPicture();
    const updated = oneEvent<AccountAvatarUpdatedEvent>(el, AccountAvatarUpdatedEvent.eventName);
    buttonByLabel(el.shadowRoot!, en.profile.removePicture).click();
    const event = await updated;
    expect(event.account.avatarUrl).to.equal(null);
    await waitUntil(() => !maybe(el, 'img.avatar'), 'the picture is still shown');
    expect(text(part(el, '[part~="avatar"]'))).to.equal('AL');
    expect(text(politeStatus(el))).to.equal(en.profile.pictureRemoved);
    expect(() => buttonByLabel(el.shadowRoot!, en.profile.removePicture)).to.throw();
    expect(text(part(el, '#choose-picture'))).to.equal(en.profile.choosePicture);
  });
});
