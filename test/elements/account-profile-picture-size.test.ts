import { expect } from '@open-wc/testing';
import { AVATAR_MAX_SIDE } from '../../src/api/index.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness, backendWithPicture } from '../harness/account-profile.js';
import { text } from '../harness/element-harness.js';
import { blackPng } from '../support/images.js';
import { mount } from '../support/mount.js';

/**
 * What the element hands to the decoder. The picture flow decodes with `createImageBitmap` alone,
 * so a file that never reaches it was never decoded.
 */
let decoded: ImageBitmapSource[] = [];
const realCreateImageBitmap = window.createImageBitmap;

function recordDecoding(): void {
  const decode = realCreateImageBitmap.bind(window);
  window.createImageBitmap = ((source: ImageBitmapSource) => {
    decoded.push(source);
    return decode(source);
  }) as typeof createImageBitmap;
}

describe('<account-profile> picture: judged by its header before it is decoded', () => {
  beforeEach(() => {
    decoded = [];
    recordDecoding();
  });

  afterEach(() => {
    window.createImageBitmap = realCreateImageBitmap;
  });

  it('refuses a 12000 × 12000 PNG of a few KB without decoding it', async () => {
    const bytes = await blackPng(12000, 12000);
    expect(bytes.length, 'a small file').to.be.below(20_000);
    const adapter = await backendWithPicture();
    const harness = await mount(AccountProfileHarness, adapter);
    const src = harness.picture!.src;

    await harness.choosePicture(new File([bytes], 'huge.png', { type: 'image/png' }));
    const problem = await harness.waitFor('#picture-error', 'no message for the huge picture');

    expect(text(problem)).to.equal(en.profile.pictureTooLarge(AVATAR_MAX_SIDE));
    expect(text(problem)).to.contain(AVATAR_MAX_SIDE.toLocaleString('en'));
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(decoded, 'the picture was decoded').to.have.length(0);
    expect(harness.cropOpen).to.equal(false);
    expect(harness.maybe('.crop-image')).to.equal(null);
    expect(harness.picture!.src).to.equal(src);
    expect(adapter.sent('uploadAvatar')).to.have.length(0);
  });

  it('refuses a PNG that starts right and is malformed after, without decoding it', async () => {
    const harness = await mount(AccountProfileHarness, await backendWithPicture());
    // Its IEND cut off: the structure ends too early, whatever a decoder would make of it.
    const whole = await blackPng(64, 64);
    const damaged = whole.slice(0, whole.length - 12);
    await harness.choosePicture(new File([damaged], 'damaged.png', { type: 'image/png' }));
    const problem = await harness.waitFor('#picture-error', 'no message for the damaged picture');
    expect(text(problem)).to.equal(en.profile.fileUnreadable);
    expect(decoded).to.have.length(0);
  });

  it('decodes a picture of the largest side allowed and opens the crop', async () => {
    const harness = await mount(AccountProfileHarness, await backendWithPicture());
    const file = new File([await blackPng(AVATAR_MAX_SIDE, 2)], 'wide.png', { type: 'image/png' });
    await harness.openCrop(file);
    expect(decoded).to.deep.equal([file]);
    expect(harness.pictureError).to.equal(null);
    await harness.click(en.common.cancel, harness.cropDialog);
  });
});
